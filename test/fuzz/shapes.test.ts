import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import type {CodeAction, Diagnostic, Range, TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../server/src/engine/lint.js'
import type {BrieflintMessage} from '../../server/src/engine/rule.js'
import {buildIndex} from '../../server/src/entities/load.js'
import {codeActions} from '../../server/src/features/code-actions.js'
import {toDiagnostic} from '../../server/src/features/diagnostics.js'
import {rules} from '../../server/src/rules/index.js'

/**
 * The shapes of issue 15 — long lists, long lines of one character, odd line endings, tables — and
 * every quick fix on them: applied and linted again, a fix silences what it targets and changes
 * nothing else. `npm test` runs a few, small; `npm run fuzz` more, larger (FUZZ_SHAPE_RUNS, FUZZ_SCALE).
 */
const entities = buildIndex()
const runs = Number(process.env.FUZZ_SHAPE_RUNS ?? 12)
const seed = Number(process.env.FUZZ_SEED ?? 20251130)
const scale = Number(process.env.FUZZ_SCALE ?? 1)

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\nThe talks were held in Istanbul [@tass].\n\n'
/** Text that draws reports with quick fixes: unsourced and vague claims, a spelling with a replacement, an unknown source. */
const SENTENCES = [
  'The delegation of 12 arrived on Monday.', 'Sources say the talks will resume in August.', 'The talks in Kiev lasted an hour.',
  'Russia offered to exchange 1,200 prisoners [@missing].', 'Medinsky stated the following:', 'It is likely that the talks will fail.',
  'Fidan hosted the talks [@tass].', 'The `code` ends here.', 'See [the report](https://example.org "a title").', 'Peskov said the talks were difficult.'
]
const sentence = fc.constantFrom(...SENTENCES)
const CHARACTERS = [' ', '\t', '~', '`', '“', '„', '”', '"', 'A', '-', '|', '.', '>', '*', '[', '(', '\u00a0', '\u2028', '0']

const longList = fc.tuple(fc.constantFrom('-', '*', '1.'), fc.array(sentence, {minLength: 1, maxLength: 30}), fc.integer({min: 1, max: 60 * scale}))
  .map(([marker, items, times]) => Array.from({length: times}, () => items.map((item) => `${marker} ${item}\n`).join('')).join(''))
// U+2028 is no line end in Markdown, but editors show one: a long line may end in it.
const longLine = fc.tuple(fc.constantFrom(...CHARACTERS), fc.integer({min: 1, max: 3_000 * scale}), fc.constantFrom('', '\u2028'), sentence)
  .map(([character, length, end, after]) => `${character.repeat(length)}${end}\n${after}\n`)
const table = fc.array(fc.tuple(sentence, sentence), {minLength: 1, maxLength: 8})
  .map((rows) => `| Claim | Note |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`)
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 6}).map((sentences) => `${sentences.join(' ')}\n`)
const body = fc.array(fc.oneof(longList, longLine, table, paragraph), {minLength: 1, maxLength: 5}).map((blocks) => blocks.join('\n'))
const ending = fc.constantFrom('\n', '\r\n', '\r', 'mixed')
const document = fc.tuple(body, ending).map(([text, eol]) => {
  if (eol === 'mixed') return (HEADER + text).split('\n').map((line, index) => line + (['\n', '\r\n', '\r'][index % 3])).join('').slice(0, -1)
  return (HEADER + text).replaceAll('\n', eol)
})

/** A report as it should read after an edit: the rule, the reason, and where it is, moved past the edit. */
function key(message: BrieflintMessage, move: (offset: number, end: boolean) => number = (offset) => offset): string {
  const start = move(message.place.start.offset, false)
  // A line number in a reason moves when a fix adds a line.
  return `${message.ruleId}|${message.reason.replace(/\blines? \d+(?:–\d+)?/g, 'line #')}|${start}-${Math.max(start, move(message.place.end.offset, true))}`
}

/** The text after the edits, and how an offset before them maps to one after. */
function apply(text: string, edits: TextEdit[]): {text: string; move: (offset: number, end: boolean) => number} {
  const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
  const changes = edits.map((edit) => ({from: document.offsetAt(edit.range.start), to: document.offsetAt(edit.range.end), length: edit.newText.length}))
  const move = (offset: number, end: boolean) => {
    let moved = offset
    for (const {from, to, length} of changes) {
      if (offset > to || (offset === to && !(end && from === to))) moved += length - (to - from)
      else if (offset > from) moved = from + (end ? length : 0)
    }
    return moved
  }
  return {text: TextDocument.applyEdits(document, edits), move}
}

/** What a quick fix may silence: its diagnostic, and for a disable comment that rule's other reports on the line. */
function targets(action: CodeAction, diagnostic: Diagnostic, messages: BrieflintMessage[]): BrieflintMessage[] {
  if (action.title.startsWith('Disable ')) return messages.filter((message) => message.ruleId === diagnostic.code && message.place.start.line - 1 === diagnostic.range.start.line)
  return messages.filter((message) => message.ruleId === diagnostic.code && message.reason === diagnostic.message && message.place.start.line - 1 === diagnostic.range.start.line && message.place.start.column - 1 === diagnostic.range.start.character)
}

function checkFixes(text: string): void {
  const {briefing, messages} = lint(text, {rules, entities})
  const document = TextDocument.create('file:///t.brief.md', 'briefing', 1, text)
  const diagnostics = messages.map((message) => toDiagnostic(message, document))

  for (const [index, diagnostic] of diagnostics.entries()) {
    // Every diagnostic's fixes on small documents; a sample on large ones.
    if (messages.length > 12 && index % Math.ceil(messages.length / 12) !== 0) continue
    for (const action of codeActions(briefing, document, [diagnostic], undefined, entities, {snippetEdits: true})) {
      const documentEdits = (action.edit?.documentChanges ?? []).flatMap((change) => ('edits' in change ? change.edits : []))
      // "Add citation" is a snippet offering the defined sources: pick `tass`, as a writer picks one.
      const edits = [...(action.edit?.changes?.[document.uri] ?? []), ...documentEdits].map((edit) =>
        'snippet' in edit && edit.snippet ? {range: edit.range, newText: (edit.snippet as {value: string}).value.replace(/\$\{1(?:\|[^|]*\||:[^}]*)\}/, 'tass')} : (edit as {range: Range; newText: string})
      )
      const {text: fixed, move} = apply(text, edits)
      const after = lint(fixed, {rules, entities}).messages.map((message) => key(message))
      const silenced = new Set(targets(action, diagnostic, messages))
      const expected = messages.filter((message) => !silenced.has(message)).map((message) => key(message, move)).sort()
      const what = `${action.title} on ${diagnostic.code} at ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`
      const context = `${what}\n${JSON.stringify(text.slice(0, 400))}`
      if (action.title === 'Add citation') {
        // A cited sentence also sources what inherits from it (a list it introduces): those claims may go too, nothing may come.
        const claim = (item: string) => item.startsWith('unsourced-claim|') || item.startsWith('vague-attribution|')
        assert.deepEqual(after.filter((item) => !claim(item)).sort(), expected.filter((item) => !claim(item)), context)
        assert.ok(after.filter(claim).every((item) => expected.includes(item)), context)
      } else assert.deepEqual(after.sort(), expected, context)
    }
  }
}

describe('issue 15 shapes: long lists, long one-character lines, odd line endings, tables', () => {
  it('lints them, with ranges in the text, and cut into parts as whole', {timeout: 600_000}, () => {
    fc.assert(
      fc.property(document, (text) => {
        const cut = lint(text, {rules, entities}).messages
        for (const message of cut) assert.ok(message.place.start.offset >= 0 && message.place.end.offset <= text.length && message.place.start.offset <= message.place.end.offset)
        // A line of 100 `>` is 100 nested quotes, which is not prose; nothing else goes unanalysed.
        const unanalysed = cut.find((message) => message.ruleId === 'analysis' && !/nests quotes or lists/.test(message.reason))
        assert.equal(unanalysed, undefined, unanalysed?.reason)
        const whole = lint(text, {rules, entities, whole: true}).messages
        assert.deepEqual(cut.map((message) => key(message)), whole.map((message) => key(message)))
      }),
      {numRuns: runs, seed}
    )
  })

  it('applies every quick fix: it silences what it targets and changes nothing else', {timeout: 600_000}, () => {
    fc.assert(fc.property(document, (text) => checkFixes(text)), {numRuns: Math.ceil(runs / 2), seed})
  })
})
