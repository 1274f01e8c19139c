import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {fixtureIndex} from '../helpers/entities.js'
import {formatReport} from '../helpers/format.js'

const entities = fixtureIndex()

// Each rule's documented examples are its specification: the docs show them, this runs them.
for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    it('documents at least one example that passes and one that is reported', () => {
      assert.ok(rule.examples.some((example) => example.reports.length === 0))
      assert.ok(rule.examples.some((example) => example.reports.length > 0))
    })
    for (const example of rule.examples) {
      it(example.title, () => {
        const {messages} = lint(example.text, {}, {entities})
        const actual = messages.filter((message) => message.ruleId === rule.id).map(formatReport)
        assert.deepEqual(actual, example.reports)
      })
    }
  })
}
