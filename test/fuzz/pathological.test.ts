import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {buildIndex} from '../../server/src/entities/load.js'

const entities = buildIndex()
const HEADER = '---\ntitle: Pathological\ndate: 2025-07-24\n---\n\n'
/** Generous for a shared CI machine; quadratic backtracking on these inputs takes minutes, not seconds. */
const BUDGET_MS = 8_000

// Inputs built to make a careless regular expression backtrack: long runs with no terminator.
const INPUTS: Record<string, string> = {
  'one 200 KB line without spaces': 'x'.repeat(200_000),
  'unclosed citation brackets': '[@a; '.repeat(20_000),
  'brackets and at-signs': '[@'.repeat(40_000),
  'a reporting clause that never ends': `According to ${'the head of the '.repeat(8_000)}`,
  'passive reports with no agent': 'It was stated that '.repeat(8_000),
  'reporting verbs without subjects': 'said '.repeat(30_000),
  'open parentheses': '(was 12 '.repeat(20_000),
  'quotation marks': '"a '.repeat(40_000),
  'capitalised words forever': 'Deputy Chief Minister '.repeat(10_000),
  'weekday-like text': 'Wednesday evening, July '.repeat(8_000),
  'delegation sizes': 'the delegation of 12 '.repeat(10_000),
  'nested quotes': `${'> '.repeat(10_000)}quoted`,
  'nested lists': `${'- '.repeat(10_000)}item`,
  'control comment lookalikes': '<!-- brieflint-disable-next-line '.repeat(10_000)
}

describe('regular expressions and the parser on pathological input', () => {
  it('reports deeply nested documents as not analysed instead of failing', () => {
    const {messages} = lint(`${'> '.repeat(10_000)}quoted`, {rules, entities})
    assert.deepEqual(messages.map((message) => [message.ruleId, message.reason]), [['analysis', 'Brieflint could not analyse this document: it nests quotes or lists more than 100 deep.']])
    // The front matter is a part of its own, read as usual.
    const after = lint(`${HEADER}${'> '.repeat(10_000)}quoted`, {rules, entities}).messages
    assert.deepEqual(after.map((message) => message.reason), [`Brieflint could not analyse lines ${HEADER.split('\n').length - 1}–${HEADER.split('\n').length}: it nests quotes or lists more than 100 deep.`])
  })

  for (const [name, body] of Object.entries(INPUTS)) {
    it(`lints ${name} in bounded time`, () => {
      const started = performance.now()
      lint(HEADER + body, {rules, entities})
      const elapsed = performance.now() - started
      assert.ok(elapsed < BUDGET_MS, `${name}: ${Math.round(elapsed)} ms`)
    })
  }
})
