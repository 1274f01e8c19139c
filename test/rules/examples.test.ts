import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {buildIndex} from '../../server/src/entities/load.js'
import {formatReport} from '../helpers/format.js'

// The bundled list: the documented examples show what users get.
const entities = buildIndex()

// Each rule's documented examples are its specification: the docs show them, this runs them.
for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    it('documents at least one example that passes and one that is reported', () => {
      assert.ok(rule.examples.some((example) => example.reports.length === 0))
      assert.ok(rule.examples.some((example) => example.reports.length > 0))
    })
    for (const example of rule.examples) {
      it(example.title, () => {
        // Rules that are off by default are switched on to run their examples.
        const config = rule.severity === 'off' ? {rules: {[rule.id]: 'warning' as const}} : {}
        const {messages} = lint(example.text, {rules, config, entities})
        const actual = messages.filter((message) => message.ruleId === rule.id).map(formatReport)
        assert.deepEqual(actual, example.reports)
      })
    }
  })
}
