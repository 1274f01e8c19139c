import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../server/src/engine/lint.js'
import type {Rule, RuleContext} from '../../server/src/engine/rule.js'
import {rules} from '../../server/src/rules/index.js'

const HEADER = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n---\n\n'
const reported = (body: string, header = HEADER) =>
  lint(header + body, {rules}).messages.map((message) => `${message.ruleId}@${message.place.start.line}`)

describe('control comments', () => {
  it('disable-next-line on its own line silences that rule on the next line only', () => {
    assert.deepEqual(reported('[@tass]\n\n<!-- brieflint-disable-next-line unknown-source -->\nOne [@a].\nTwo [@b].\n'), ['unknown-source@12'])
  })

  it('disable-next-line at the end of a paragraph line covers the following line', () => {
    assert.deepEqual(reported('[@tass] First line. <!-- brieflint-disable-next-line unknown-source -->\nSecond line [@a].\n'), [])
  })

  it('does not silence other rules', () => {
    assert.deepEqual(reported('<!-- brieflint-disable-next-line unused-source -->\nOne [@a].\n'), ['unused-source@5', 'unknown-source@9'])
  })

  it('disable and enable bracket a region; no ids means every rule', () => {
    const body = '[@tass]\n\n<!-- brieflint-disable -->\n\nOne [@a].\n\n<!-- brieflint-enable -->\n\nTwo [@b].\n'
    assert.deepEqual(reported(body), ['unknown-source@16'])
  })

  it('enable for one rule leaves the others disabled', () => {
    const body = '<!-- brieflint-disable -->\n\nOne [@a].\n\n<!-- brieflint-enable unknown-source -->\n\nTwo [@b].\n'
    // The front matter lies before the comment, so unused-source is still reported there.
    assert.deepEqual(reported(body), ['unused-source@5', 'unknown-source@14'])
  })

  it('accepts a YAML comment inside the front matter', () => {
    const header = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  # brieflint-disable-next-line unused-source\n  tass: {title: TASS}\n---\n\n'
    assert.deepEqual(reported('# Talks\n', header), [])
  })
})

describe('rule isolation', () => {
  it('reports a rule that throws as one message, returns its error for the caller to log, and still runs the others', () => {
    const broken: Rule = {
      id: 'broken', severity: 'warning', summary: '', sample: '', description: '', examples: [],
      check() {
        throw new Error('boom')
      }
    }
    const counting: Rule = {...broken, id: 'counting', check: ({report}: RuleContext<object>) => report({span: {start: 0, end: 3}, reason: 'still here'})}
    const {messages, failures} = lint(HEADER, {rules: [broken, counting]})
    assert.deepEqual(messages.map((message) => [message.ruleId, message.reason]), [
      ['broken', 'Rule `broken` failed on this document: Error: boom'],
      ['counting', 'still here']
    ])
    assert.deepEqual(failures.map((failure) => [failure.ruleId, String(failure.error)]), [['broken', 'Error: boom']])
  })
})
