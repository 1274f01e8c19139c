import {isMap, isScalar, parseDocument} from 'yaml'
import {isSeverity} from '../engine/config.js'
import type {Span} from '../engine/model.js'
import {ruleIds} from '../rules/index.js'
import {suggest} from '../rules/suggest.js'

export interface ConfigProblem {
  message: string
  span: Span
  severity: 'error' | 'warning'
}

/**
 * Problems in a `.brieflintrc` file, where they are: YAML or JSON that does not parse, `rules` that is
 * not a mapping, unknown rule ids and unknown severities. The file's valid parts still apply.
 */
export function checkConfigText(text: string): ConfigProblem[] {
  const document = parseDocument(text, {prettyErrors: false})
  const problems: ConfigProblem[] = document.errors.map((error) => ({message: `Invalid configuration: ${error.message.split('\n')[0]}`, span: {start: error.pos[0], end: error.pos[1]}, severity: 'error'}))
  if (problems.length > 0 || document.contents === null) return problems
  const span = (range: [number, number, number?] | null | undefined): Span => ({start: range?.[0] ?? 0, end: range?.[1] ?? 0})
  if (!isMap(document.contents)) return [{message: 'A configuration file is a mapping with a `rules` field.', span: span(document.contents.range), severity: 'error'}]
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue
    if (pair.key.value !== 'rules') {
      problems.push({message: `Unknown field \`${String(pair.key.value)}\`: Brieflint configuration files have \`rules\`.`, span: span(pair.key.range), severity: 'warning'})
      continue
    }
    if (!isMap(pair.value)) {
      problems.push({message: '`rules` must map rule ids to a severity, e.g. `unused-source: off`.', span: span((pair.value as {range?: [number, number]} | null)?.range ?? pair.key.range), severity: 'error'})
      continue
    }
    for (const rule of pair.value.items) {
      if (!isScalar(rule.key)) continue
      const id = String(rule.key.value)
      if (!ruleIds.has(id)) {
        const close = suggest(id, ruleIds, 1)
        problems.push({message: `Unknown rule \`${id}\`${close.length > 0 ? `: did you mean \`${close[0]}\`?` : '.'}`, span: span(rule.key.range), severity: 'warning'})
      }
      const value = isScalar(rule.value) ? rule.value.value : isMap(rule.value) ? (rule.value.get('severity') ?? 'warning') : undefined
      if (!isSeverity(value)) {
        problems.push({message: `\`${String(value)}\` is not a severity: use error, warning, info, hint or off.`, span: span((rule.value as {range?: [number, number]} | null)?.range ?? rule.key.range), severity: 'error'})
      }
    }
  }
  return problems
}
