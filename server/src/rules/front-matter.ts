import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
import {isMap, isScalar} from 'yaml'
import schema from '../../data/frontmatter.schema.json'
import {spanAtPath} from '../engine/front-matter.js'
import type {FrontMatter, Span} from '../engine/model.js'
import {defineRule, type Report} from '../engine/rule.js'
import {yamlData} from '../engine/yaml-path.js'
import {suggest} from './suggest.js'

// Our own schema, checked against the meta-schema by test/data/schemas.test.ts rather than at every start,
// and compiled when first needed: a CLI run that the cache answers whole never checks a front matter.
let validate: ValidateFunction | undefined
const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url']

export default defineRule({
  id: 'front-matter',
  severity: 'error',
  summary: 'The front matter is missing, unclosed, not valid YAML, or lacks a valid `title` and `date`.',
  sample: '`date: July 24, 2025`',
  description:
    'Every briefing starts with a YAML block that gives at least its `title` and the `date` it speaks as of; ' +
    'other checks (roles held on that date, weekdays) depend on it. Problems are reported where they are.',
  examples: [
    {title: 'A complete header', text: '---\ntitle: Istanbul talks, round three\ndate: 2025-07-24\n---\n\n# Istanbul talks\n', reports: []},
    {
      title: 'No date',
      text: '---\ntitle: Istanbul talks\n---\n\n# Istanbul talks\n',
      reports: ['1:1-1:4: Front matter has no `date`: add `date: YYYY-MM-DD`, the date the briefing speaks as of.']
    },
    {
      title: 'A date written out in words',
      text: '---\ntitle: Istanbul talks\ndate: July 24, 2025\n---\n',
      reports: ['3:7-3:20: `date` must be an ISO date (YYYY-MM-DD), not `July 24, 2025`.']
    },
    {
      title: 'Front matter that is never closed',
      text: '---\ntitle: Istanbul talks\ndate: 2025-07-24\n\n# Istanbul talks\n',
      reports: ['1:1-1:4: Front matter opened here is never closed: add a line `---` after the last field.']
    },
    {
      title: 'Invalid YAML',
      text: '---\ntitle: [Istanbul talks\ndate: 2025-07-24\n---\n',
      reports: ['3:1-3:2: Invalid YAML in front matter: Flow sequence in block collection must be sufficiently indented and end with a ]']
    }
  ],
  check({briefing, report}) {
    const frontMatter = briefing.frontMatter
    if (!frontMatter) {
      report({span: {start: 0, end: 0}, reason: 'Briefing has no front matter: start the file with a `---` block giving `title` and `date`.'})
      return
    }
    // The front matter is a part of its own, at the start: while it is unchanged, so are its problems.
    let problems = checked.get(frontMatter)
    if (!problems) checked.set(frontMatter, (problems = problemsOf(frontMatter)))
    for (const problem of problems) report(problem)
  }
})

const checked = new WeakMap<FrontMatter, Report[]>()

function problemsOf(frontMatter: FrontMatter): Report[] {
  const problems: Report[] = []
  const report = (problem: Report) => problems.push(problem)
  if (!frontMatter.closed) {
    report({span: frontMatter.span, reason: 'Front matter opened here is never closed: add a line `---` after the last field.'})
    return problems
  }
  for (const problem of frontMatter.problems) {
    report({span: problem.span, reason: `Invalid YAML in front matter: ${problem.message}`})
  }
  if (frontMatter.problems.length > 0) return problems
  const contents = frontMatter.document?.contents
  if (!isMap(contents)) {
    report({span: opening(frontMatter), reason: 'Front matter must be a mapping of fields such as `title: ...` and `date: ...`.'})
    return problems
  }
  reportDuplicateFields(frontMatter, report)
  const {data, problem} = yamlData(frontMatter.document!)
  if (problem) {
    const base = frontMatter.contentSpan.start
    report({span: {start: base + problem.span.start, end: base + problem.span.end}, reason: `Invalid YAML in front matter: ${problem.message}`})
    return problems
  }
  validate ??= new Ajv({allErrors: true, strict: false, validateSchema: false}).compile(schema)
  if (!validate(data)) for (const error of validate.errors ?? []) reportSchemaError(frontMatter, error, report)
  const date = frontMatter.fields.get('date')
  if (typeof date?.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date.value) && !isCalendarDate(date.value)) {
    report({span: date.valueSpan, reason: `\`date\` is not a day of the calendar: \`${date.value}\`.`})
  }
  return problems
}

function reportDuplicateFields(frontMatter: FrontMatter, report: (report: Report) => void) {
  const seen = new Set<string>()
  const contents = frontMatter.document!.contents
  if (!isMap(contents)) return
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue
    const key = String(pair.key.value)
    if (seen.has(key) && key !== 'sources') {
      const start = frontMatter.contentSpan.start + pair.key.range[0]
      report({span: {start, end: start + key.length}, reason: `Field \`${key}\` is given twice; the last one wins. Remove one.`})
    }
    seen.add(key)
  }
}

function reportSchemaError(frontMatter: FrontMatter, error: ErrorObject, report: (report: Report) => void) {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
  const field = path.join('.')
  const at = (part: 'key' | 'value', target = path) => spanAtPath(frontMatter, target, part) ?? opening(frontMatter)
  const inSource = path[0] === 'sources' && path.length >= 2 ? `source \`${path[1]}\`` : ''
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty)
      if (path.length === 0) {
        const hint = missing === 'date' ? '`date: YYYY-MM-DD`, the date the briefing speaks as of' : '`title: <the briefing\'s title>`'
        report({span: opening(frontMatter), reason: `Front matter has no \`${missing}\`: add ${hint}.`})
      } else {
        report({span: at('key'), reason: `The ${inSource || field} has no \`${missing}\`: add one, so hovers and reports can name it.`})
      }
      return
    }
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty)
      const expected = suggest(extra, SOURCE_FIELDS, 1)
      report({
        span: at('key', [...path, extra]),
        reason: `Unknown field \`${extra}\` in ${inSource}: expected one of ${SOURCE_FIELDS.join(', ')}.`,
        ...(expected.length > 0 ? {expected} : {})
      })
      return
    }
    case 'propertyNames': {
      const key = String(error.params.propertyName)
      report({span: at('key', [...path, key]), reason: `Source key \`${key}\` cannot be cited: use letters, digits, \`_\`, and inner \`-\`, \`.\`, \`:\` or \`/\`.`})
      return
    }
    case 'pattern':
      reportPattern(frontMatter, path, at('value'), report)
      return
    default:
      report({span: at('value'), reason: `\`${field}\` ${error.message ?? 'is invalid'}.`})
  }
}

function reportPattern(frontMatter: FrontMatter, path: string[], span: Span, report: (report: Report) => void) {
  const value = String(frontMatter.document!.getIn(path) ?? '')
  const field = path.at(-1)!
  if (field === 'date') {
    const iso = path.length === 1 ? toIsoDate(value) : undefined
    const format = path.length === 1 ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'
    report({span, reason: `\`date\` must be an ISO date (${format}), not \`${value}\`.`, ...(iso ? {expected: [iso]} : {})})
  } else {
    report({span, reason: `\`${path.join('.')}\` is not a valid value: \`${value}\`.`})
  }
}

const MAX_DATE_WORDS = 60

/** The ISO form of a date written in words, when it names a whole day. */
function toIsoDate(value: string): string | undefined {
  // A date in words is short; the patterns below would be quadratic on a long value.
  if (value.length > MAX_DATE_WORDS) return undefined
  // recheck: the value is at most MAX_DATE_WORDS characters
  if (!/\b\d{4}\b/.test(value) || !/\d{1,2}\b.*\d{4}|\d{4}.*\b\d{1,2}\b/.test(value)) return undefined
  const time = Date.parse(`${value} 00:00 UTC`)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

function opening(frontMatter: FrontMatter): Span {
  return {start: frontMatter.span.start, end: frontMatter.span.start + 3}
}
