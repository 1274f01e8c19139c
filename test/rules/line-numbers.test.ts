import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'

const reasons = (text: string, ruleId: string) => lint(text, {rules}).messages.filter((message) => message.ruleId === ruleId).map((message) => message.reason)

// Two rules name the line of an earlier statement in their message: counted as editors count lines.
describe('line numbers in messages', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`number-consistency names the earlier line with ${name} line endings`, () => {
      const text = ['---', 'title: Talks', 'date: 2025-07-24', '---', '', 'The delegation of 12 arrived.', '', 'Talks began.', '', 'The delegation of 14 met.', '', 'The delegation of 16 spoke.', ''].join(eol)
      assert.deepEqual(reasons(text, 'number-consistency'), [
        'The delegation is 14 here but 12 on line 6, and no change is stated: check which is right.',
        'The delegation is 16 here but 14 on line 10, and no change is stated: check which is right.'
      ])
    })

    it(`duplicate-source names the first definition's line with ${name} line endings`, () => {
      const text = ['---', 'title: Talks', 'date: 2025-07-24', 'sources:', '  tass: {title: TASS}', '  ria: {title: RIA}', '  tass: {title: TASS again}', '  ria: {title: RIA again}', '---', '', 'See [@tass; @ria].', ''].join(eol)
      assert.deepEqual(reasons(text, 'duplicate-source'), [
        'Source `tass` is defined twice (first on line 5); only this later definition is kept. Remove or rename one.',
        'Source `ria` is defined twice (first on line 6); only this later definition is kept. Remove or rename one.'
      ])
    })
  }
})
