import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {readConfigFile} from '../../server/src/configuration/file.js'
import {lint} from '../../server/src/engine/lint.js'
import type {Briefing} from '../../server/src/engine/model.js'
import {parseBriefing} from '../../server/src/engine/parse.js'
import {cutParts} from '../../server/src/engine/parts.js'
import {buildIndex, parseEntityFile} from '../../server/src/entities/load.js'
import {codeActions} from '../../server/src/features/code-actions.js'
import {toDiagnostic} from '../../server/src/features/diagnostics.js'
import {disableLineEdits} from '../../server/src/features/disable-comment.js'
import {completeEntityNames} from '../../server/src/features/entities.js'
import {semanticTokens} from '../../server/src/features/semantic-tokens.js'
import {rules} from '../../server/src/rules/index.js'
import {addEntryEdit, personFields} from '../../server/src/workspace/entity-files.js'

/** Every sentence of the briefing, at its offset in the whole text. */
const sentencesOf = (briefing: Briefing) =>
  briefing.parts.flatMap(({start, part}) => part.sentences.map((sentence) => ({...sentence, span: {start: sentence.span.start + start, end: sentence.span.end + start}})))

// Issue 15: text that froze the server, or that it misread. Inputs are built here, at run time.
const entities = buildIndex()
const HEADER = '---\ntitle: Hostile text\ndate: 2025-07-24\n---\n\n'
/**
 * A bound only a super-linear step misses, for the slow patterns: each takes under a second when
 * linear and froze the server for 10 s to minutes before. Larger inputs get no time bound (they take
 * seconds on a busy machine even when linear); their figures come from scripts/bench-hostile.ts.
 */
const BOUND_MS = 8_000
const TIMEOUT = {timeout: 120_000}

function timed<T>(run: () => T): T {
  const started = performance.now()
  const result = run()
  const elapsed = performance.now() - started
  assert.ok(elapsed < BOUND_MS, `took ${Math.round(elapsed)} ms`)
  return result
}

const summary = (text: string, whole = false) => lint(text, {rules, entities, whole}).messages.map((message) => `${message.ruleId} ${message.place.start.offset}-${message.place.end.offset} ${message.reason}`)

describe('long lists', () => {
  it('cuts a list of 20,000 items into bounded parts and lints them all', TIMEOUT, () => {
    const text = HEADER + '- item\n'.repeat(20_000)
    const parts = cutParts(text)
    assert.ok(parts.length > 10, `${parts.length} parts`)
    assert.ok(parts.every((part) => part.end - part.start < 40_000), 'a part is unbounded')
    // Linear, but 20,000 blocks: seconds on a busy machine, so no time bound here (scripts/bench-hostile.ts has the figure for 40,000).
    const {briefing, messages} = lint(text, {rules, entities})
    assert.equal(sentencesOf(briefing).length, 20_000)
    assert.deepEqual(messages, [])
  })

  it('keeps a long list one list across parts: the speaker introducing it speaks for every item', TIMEOUT, () => {
    const items = Array.from({length: 2_500}, (_, n) => `- Russia has offered to exchange ${1_200 + n} more prisoners of war.\n`).join('')
    const text = `${HEADER}At a press conference, Vladimir Medinsky stated the following:\n\n${items}\nThe talks lasted an hour.\n`
    const briefing = parseBriefing(text)
    assert.ok(briefing.parts.length > 3, `${briefing.parts.length} parts`)
    const lists = new Set(briefing.blocks.filter((block) => block.kind === 'listItem').map((block) => JSON.stringify(block.list)))
    assert.equal(lists.size, 1)
    const messages = summary(text)
    // The claim after the list is the author's; none of the items is.
    assert.equal(messages.filter((message) => message.startsWith('unsourced-claim')).length, 1)
    assert.deepEqual(messages, summary(text, true))
  })

  it('stops at the analysis budget inside a part, reporting what it read', TIMEOUT, () => {
    const paragraph = 'Russia has offered to exchange more prisoners of war. '.repeat(5_000)
    // No front matter: that would be a part of its own, which the budget of 0 ms would end the analysis after.
    const text = `The talks lasted an hour.\n\n${paragraph}\n`
    assert.equal(cutParts(text).length, 1)
    const {briefing, messages} = lint(text, {rules, entities, budget: 0})
    assert.equal(briefing.gaps.length, 1)
    const gap = briefing.gaps[0]!
    assert.ok(gap.span.start > 0 && gap.span.start < text.length - 1_000, `the gap starts at ${gap.span.start}`)
    assert.match(gap.reason, /took longer than the budget of 0 ms/)
    assert.ok(sentencesOf(briefing).length > 0 && sentencesOf(briefing).every((sentence) => sentence.span.end <= gap.span.start))
    assert.ok(messages.some((message) => message.ruleId === 'unsourced-claim' && message.place.start.offset === 0))
  })
})

describe('patterns that backtracked', () => {
  it('lints 150,000 quotation marks in one paragraph, opening or closing', TIMEOUT, () => {
    for (const marks of ['“'.repeat(150_000), '„'.repeat(75_000) + '”'.repeat(75_000), '“'.repeat(75_000) + ' "a'.repeat(25_000)]) {
      timed(() => lint(`${HEADER}The minister said ${marks} and left.\n`, {rules, entities}))
    }
  })

  it('lints a line of 200,000 tildes ending in U+2028', TIMEOUT, () => {
    timed(() => lint(`${HEADER}${'~'.repeat(200_000)}\u2028\n\nThe talks lasted an hour.\n`, {rules, entities}))
  })

  it('lints a table cell of 200,000 spaces', TIMEOUT, () => {
    const {briefing} = timed(() => lint(`${HEADER}| Round | Result |\n|---|---|\n| first${' '.repeat(200_000)}x | talks |\n`, {rules, entities}))
    assert.ok(sentencesOf(briefing).some((sentence) => sentence.text.startsWith('first')))
  })

  it('checks a 300 KB front matter date of digits and letters', TIMEOUT, () => {
    const {messages} = timed(() => lint(`---\ntitle: T\ndate: ${'0000A.'.repeat(50_000)}0000\n---\n\nThe talks lasted an hour.\n`, {rules, entities}))
    assert.ok(messages.some((message) => message.ruleId === 'front-matter' && /date/i.test(message.reason)))
  })

  it('completes at the end of a line of 150,000 capitals', TIMEOUT, () => {
    const line = `${'A'.repeat(150_000)}. Hakan Fi`
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, `${HEADER}${line}`)
    const items = timed(() => completeEntityNames(entities, document, {line: 5, character: line.length}))
    assert.ok(items.some((item) => item.label === 'Hakan Fidan'), items.map((item) => item.label).join(', '))
  })

  it('offers the disable quick fix after a line of 150,000 spaces', TIMEOUT, () => {
    const previous = `The talks${' '.repeat(150_000)}went on`
    const text = `${HEADER}${previous}\nfor an hour [@missing].\n`
    const briefing = parseBriefing(text)
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    const edits = timed(() => disableLineEdits(briefing, document, 6, 'unknown-source'))!
    assert.deepEqual(edits.map((edit) => edit.range.start), [{line: 5, character: previous.length}])
  })

  it('adds a person to an entity file whose `entities:` line runs on in 100,000 tabs', TIMEOUT, () => {
    const existing = `entities:${'\t'.repeat(100_000)}\n  - name: Olena Kovalenko\n`
    const edit = timed(() => addEntryEdit(personFields('Taras Hrytsenko'), existing))!
    assert.equal(edit.offset, existing.indexOf('  - name'))
    // Whatever runs on after `entities:` (here `x`, so not a list), the file is read in bounded time, and left alone.
    assert.equal(timed(() => addEntryEdit(personFields('Taras Hrytsenko'), `entities:${'\t'.repeat(100_000)}x\n`)), undefined)
  })
})

describe('big paragraphs', () => {
  it('analyses a paragraph of 12,000 sentences instead of calling it nested', TIMEOUT, () => {
    const text = HEADER + 'The delegations met in Istanbul and talked. '.repeat(12_000)
    const {briefing, messages} = lint(text, {rules, entities})
    assert.deepEqual(briefing.gaps, [])
    assert.equal(sentencesOf(briefing).length, 12_000)
    assert.equal(messages.filter((message) => message.ruleId === 'unsourced-claim').length, 12_000)
  })

  it('splits a paragraph of 200,000 sentences, more than a spread call takes arguments', TIMEOUT, () => {
    const briefing = parseBriefing(HEADER + 'Ab cd. '.repeat(200_000))
    assert.deepEqual(briefing.gaps, [])
    assert.equal(sentencesOf(briefing).length, 200_000)
  })

  it('analyses a paragraph of 100,000 one-letter lines', TIMEOUT, () => {
    const {briefing, messages} = lint(HEADER + 'a\n'.repeat(100_000), {rules, entities})
    assert.deepEqual(briefing.gaps, [])
    assert.ok(messages.every((message) => message.ruleId !== 'analysis'))
  })
})

describe('text nested too deep to analyse', () => {
  it('reports the front matter, as a document analysed whole does, and calls no source unused that the unread text cites', () => {
    const text = `---\ntitle: T\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n  ria: {title: RIA}\n---\n\nThe talks were held in Istanbul [@tass].\n\n${'>'.repeat(101)}\nThe delegation arrived.\n`
    const messages = summary(text)
    assert.deepEqual(messages, summary(text, true))
    assert.ok(messages.some((message) => message.startsWith('analysis ') && /nests quotes or lists more than 100 deep/.test(message)))
    assert.deepEqual(messages.filter((message) => message.startsWith('unused-source ')).map((message) => message.split(' ').slice(2).join(' ')), ['Source `ria` is defined but never cited: cite it as `[@ria]` or remove it.'])
  })

  it('calls no required section missing whose heading is in the unread text', () => {
    const config = {rules: {'required-sections': {severity: 'warning' as const, sections: ['Summary', 'Assessment']}}}
    const text = `---\ntitle: T\ndate: 2025-07-24\n---\n\n## Summary  ##\n${'>'.repeat(101)}\nThe delegation arrived.\n\n## Outlook\n\nMore talks.\n`
    const reasons = lint(text, {rules, entities, config}).messages.filter((message) => message.ruleId === 'required-sections').map((message) => message.reason)
    assert.deepEqual(reasons, ['The briefing has no “Assessment” section: add “## Assessment”.'])
  })

  it('leaves unread only the blocks around the nested line, however the document was cut, and offers no fix that would hide it', () => {
    // Found by `npm run fuzz` (seed 0): the whole part around the line went unread, so what was read depended on where cuts fell.
    const claim = 'The delegation of 12 arrived in the city.'
    const rounds = (from: number) => Array.from({length: 40}, (_, n) => `Round ${from + n} of the talks was held in Istanbul [@tass].\n\n`).join('')
    const text = `---\ntitle: T\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\n${rounds(0)}The talks were held in Istanbul [@tass].\n\n${'>'.repeat(101)}\n${claim}\n\n${claim}\n\n- ${claim}\n\n${rounds(40)}`
    assert.ok(cutParts(text).length > 4, 'the text is not cut around the nested line')
    const messages = summary(text)
    assert.deepEqual(messages, summary(text, true))
    const lines = text.split('\n')
    assert.deepEqual(messages.filter((message) => message.startsWith('analysis ')).map((message) => message.split(' ').slice(2).join(' ')), [`Brieflint could not analyse lines ${lines.indexOf('The talks were held in Istanbul [@tass].') + 1}–${lines.indexOf(claim) + 1}: it nests quotes or lists more than 100 deep.`])
    // The paragraph and the list item after the unread block are read.
    const claims = messages.filter((message) => message.startsWith('unsourced-claim '))
    assert.deepEqual(claims.map((message) => Number(message.split(' ')[1]!.split('-')[0])), [text.indexOf(`\n\n${claim}`) + 2, text.indexOf(`- ${claim}`) + 2])

    // Edited, the pieces are kept and the rest reused: the same as a fresh analysis.
    const cache = new Map()
    lint(text, {rules, entities, cache})
    for (const edited of [text.replace('Round 60 ', 'Round sixty '), text.replace('Round 3 ', 'Round three '), text.replace('>'.repeat(101), '>')]) {
      assert.deepEqual(lint(edited, {rules, entities, cache}).messages, lint(edited, {rules, entities}).messages)
    }

    const {briefing, messages: found} = lint(text, {rules, entities})
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    const analysis = toDiagnostic(found.find((message) => message.ruleId === 'analysis')!, document)
    assert.deepEqual(codeActions(briefing, document, [analysis], undefined).map((action) => action.title), [])
  })
})

describe('YAML aliases', () => {
  // Found by `npm run fuzz` (seed 20576): an alias with no anchor is no parse error for the yaml library, but reading the data throws.
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'

  it('reports an alias with no anchor, or too many aliases, in front matter where it is, instead of the rule failing', () => {
    const text = `---\ntitle: *Istanbul"\ndate: 2025-07-24\n---\n\nThe talks lasted an hour [@tass].\n`
    const messages = summary(text).filter((message) => message.startsWith('front-matter '))
    assert.deepEqual(messages, [`front-matter ${text.indexOf('*Istanbul')}-${text.indexOf('\ndate')} Invalid YAML in front matter: Unresolved alias (the anchor must be set before the alias): Istanbul"`])
    const bombed = summary(`---\ntitle: T\ndate: 2025-07-24\n${bomb}---\n\nText.\n`)
    assert.ok(bombed.some((message) => /^front-matter .*Invalid YAML in front matter: Excessive alias count/.test(message)), bombed.join('\n'))
    assert.ok(bombed.every((message) => !/failed on this document/.test(message)), bombed.join('\n'))
  })

  it('reports them in a configuration or entity file and reads nothing from it, and adds no entry to such an entity file', () => {
    const configText = 'rules:\n  unsourced-claim: *warning\n'
    const config = readConfigFile('/desk/.brieflintrc.yaml', configText, rules)
    assert.deepEqual(config.config, {})
    const at = configText.indexOf('*warning')
    assert.deepEqual(config.problems.map((problem) => [problem.message, problem.span]), [['Invalid configuration: Unresolved alias (the anchor must be set before the alias): warning', {start: at, end: at + '*warning'.length}]])
    const entitiesText = 'entities:\n  - id: kp\n    name: *name\n    kind: person\n'
    const file = parseEntityFile('/desk/entities.yaml', entitiesText)
    assert.deepEqual(file.problems.map((problem) => problem.span), [{start: entitiesText.indexOf('*name'), end: entitiesText.indexOf('*name') + 5}])
    assert.deepEqual(file.file.entities ?? [], [])
    assert.ok(parseEntityFile('/desk/entities.yaml', bomb).problems.some((problem) => /Excessive alias count/.test(problem.message)))
    assert.equal(addEntryEdit(personFields('Taras Hrytsenko'), entitiesText), undefined)
    // A merge key whose source is no mapping throws another error.
    assert.deepEqual(readConfigFile('/desk/.brieflintrc.yaml', '!!merge <<: 1\n', rules).problems.map((problem) => problem.message), ['Invalid configuration: Merge sources must be maps or map aliases'])
    assert.ok(summary('---\ntitle: T\ndate: 2025-07-24\n!!merge <<: 1\n---\n\nText.\n').some((message) => /^front-matter .*Invalid YAML in front matter: Merge sources/.test(message)))
  })

  it('reports an alias inside the collection its anchor names, which would make data that contains itself', () => {
    const inside = 'The alias *a is inside the collection its anchor names, which would contain itself'
    const configText = 'rules:\n  unsourced-claim: &a [*a]\n'
    const config = readConfigFile('/desk/.brieflintrc.yaml', configText, rules)
    assert.deepEqual(config.problems.map((problem) => [problem.message, problem.span.start]), [[`Invalid configuration: ${inside}`, configText.indexOf('*a')]])
    assert.deepEqual(parseEntityFile('/desk/entities.yaml', 'entities: &a [*a]\n').problems.map((problem) => problem.message), [inside])
    const text = '---\ntitle: &a [*a]\ndate: 2025-07-24\n---\n\nText.\n'
    assert.deepEqual(summary(text).filter((message) => message.startsWith('front-matter ')), [`front-matter ${text.indexOf('*a')}-${text.indexOf('*a') + 2} Invalid YAML in front matter: ${inside}`])
  })

  it('prints no warning of the yaml library for a key that is a collection', async () => {
    const warnings: string[] = []
    const listener = (warning: Error) => warnings.push(warning.message)
    process.on('warning', listener)
    try {
      lint('---\ntitle: T\ndate: 2025-07-24\n? [a]\n: b\n---\n\nText.\n', {rules, entities})
      readConfigFile('/desk/.brieflintrc.yaml', '? [a]\n: b\n', rules)
      // Node emits warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', listener)
    }
    assert.deepEqual(warnings, [])
  })
})

describe('many reports', () => {
  it('names the earlier line in the 15,999 reports of 16,000 differing group sizes without counting lines from the start for each', TIMEOUT, () => {
    const text = HEADER + Array.from({length: 16_000}, (_, n) => `The delegation of ${n % 2 ? 12 : 14} arrived on day ${n}.\n\n`).join('')
    const briefing = parseBriefing(text)
    const rule = rules.find((each) => each.id === 'number-consistency')!
    const reasons: string[] = []
    // Only the rule is timed: parsing 700 KB takes seconds on a busy machine even when linear.
    timed(() => rule.check({briefing, options: {}, report: (report) => reasons.push(report.reason)}))
    assert.equal(reasons.length, 15_999)
    assert.equal(reasons.at(-1), 'The delegation is 12 here but 14 on line 32002, and no change is stated: check which is right.')
  })
})

describe('CR-only line endings', () => {
  const example = readFileSync(resolve(import.meta.dirname, '../../examples/istanbul-talks.brief.md'), 'utf8').replaceAll('\r\n', '\n')

  it('gives the example briefing the messages, at the same offsets, that it gets with LF', () => {
    const lf = summary(example)
    assert.ok(lf.length > 10)
    assert.deepEqual(summary(example.replaceAll('\n', '\r')), lf)
  })

  it('reads the front matter, its sources and its date', () => {
    const text = '---\rtitle: Istanbul talks\rdate: 2025-07-24\rsources:\r  izvestia: {title: Izvestia}\r---\r\rThe talks lasted an hour [@izvestia]. On Friday, July 24 the talks ended [@izvestia].\r'
    const {briefing, messages} = lint(text, {rules, entities})
    assert.deepEqual(briefing.frontMatter?.problems, [])
    assert.deepEqual(briefing.sources.map((source) => source.key), ['izvestia'])
    assert.deepEqual(messages.map((message) => message.ruleId), ['weekday-mismatch'])
  })

  it('ends the semantic token of a name split across lines at the line end', () => {
    const text = `${HEADER}The talks were hosted by Hakan\rFidan in Istanbul.\r`.replaceAll('\n', '\r')
    const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
    const data = semanticTokens(parseBriefing(text), entities, document)
    const line = 'The talks were hosted by Hakan'
    // [line delta, start character, length, type, modifiers]
    assert.deepEqual(data.slice(0, 3), [5, line.indexOf('Hakan'), 'Hakan'.length])
  })
})
