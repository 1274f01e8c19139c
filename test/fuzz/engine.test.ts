import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {lint, type LintOptions} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {buildIndex} from '../../server/src/entities/load.js'
import {applyEdits} from '../helpers/edits.js'

const ROOT = resolve(import.meta.dirname, '../..')
const example = readFileSync(resolve(ROOT, 'examples/istanbul-talks.brief.md'), 'utf8')
const entities = buildIndex()
/** A fixed seed and a bounded count keep `npm test` repeatable; `npm run fuzz` runs many more. */
const runs = Number(process.env.FUZZ_RUNS ?? 150)
const seed = Number(process.env.FUZZ_SEED ?? 20251124)

/** Pieces of briefings, to be shuffled and broken: front matter, lists, quotes, tables, citations. */
const pieces = [
  '---\n', 'title: Talks\n', 'date: 2025-07-24\n', 'sources:\n', '  tass: {title: TASS}\n', '---\n', '# Heading\n', '## Section\n',
  'Medinsky stated the following:\n', '- An item [@tass].\n', '1. Numbered\n', '> A quote "with marks\n', '| a | b |\n|---|---|\n| c | d |\n',
  'Peskov said the talks were difficult. ', 'He added that ', '(his term expired in May 2024) ', 'Sources say ', '[@', ']', '[^1]', '[^1]: note\n',
  '<!-- brieflint-disable-next-line unsourced-claim -->', '<!-- brieflint-disable -->', '```\ncode\n```\n', '\n', '\r\n', '\r', '\u0000', '\uFEFF',
  '\uD800', '🇺🇦', 'Çırağan', 'Kiev', 'On Thursday, July 23, ', 'Assessment: could be ', '"evacuated" ', 'Fomin ', 'Umerov’s ', '**', '*', '_', '\\', '  \n'
]
const briefing = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 12}), fc.string({unit: 'binary', maxLength: 6})), {maxLength: 60}).map((parts) => parts.join(''))
const mutated = fc
  .tuple(fc.nat(example.length), fc.nat(200), fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'binary', maxLength: 20})))
  .map(([at, remove, insert]) => example.slice(0, at) + insert + example.slice(Math.min(example.length, at + remove)))

function checkLint(text: string): void {
  const {messages} = lint(text, {rules, entities})
  for (const message of messages) {
    const {start, end} = message.place
    assert.ok(start.offset >= 0 && end.offset <= text.length && start.offset <= end.offset, `range outside the text: ${message.reason}`)
    assert.doesNotMatch(message.reason, /failed on this document/, message.reason)
  }
}

describe('the engine on random and broken briefings', () => {
  it('never throws, reports ranges inside the text, and no rule crashes', () => {
    fc.assert(fc.property(briefing, (text) => checkLint(text)), {numRuns: runs, seed})
  })

  it('copes with the example briefing cut and spliced at random', () => {
    fc.assert(fc.property(mutated, (text) => checkLint(text)), {numRuns: runs, seed})
  })

  it('is deterministic: the same text gives the same messages', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const first = lint(text, {rules, entities}).messages.map((message) => `${message.ruleId} ${JSON.stringify(message.place)} ${message.reason}`)
        const second = lint(text, {rules, entities}).messages.map((message) => `${message.ruleId} ${JSON.stringify(message.place)} ${message.reason}`)
        assert.deepEqual(second, first)
      }),
      {numRuns: Math.ceil(runs / 3), seed}
    )
  })
})

const summary = (text: string, options: Partial<LintOptions> = {}) =>
  lint(text, {rules, entities, ...options}).messages.map((message) => `${message.ruleId} ${JSON.stringify(message.place)} ${message.reason}`)

describe('incremental analysis', () => {
  it('cutting a briefing into parts gives the messages of analysing it whole', () => {
    fc.assert(fc.property(fc.oneof(briefing, mutated), (text) => assert.deepEqual(summary(text), summary(text, {whole: true}))), {numRuns: runs, seed})
  })

  it('after any sequence of edits, reusing the unchanged parts gives the messages of a fresh analysis', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(120), fc.oneof(fc.constantFrom(...pieces, '\n\n', '\n\nA new paragraph by Peskov.\n\n'), fc.string({maxLength: 8})))
    fc.assert(
      fc.property(fc.array(edit, {minLength: 1, maxLength: 12}), (edits) => {
        const cache = new Map()
        summary(example, {cache})
        applyEdits(example, edits, (text) => assert.deepEqual(summary(text, {cache}), summary(text)))
      }),
      {numRuns: Math.ceil(runs / 3), seed}
    )
  })
})
