import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'
import {configSchemaText, manifestText, readmeWithTables, rulesMarkdown} from '../../scripts/generate.js'
import {checkConfig} from '../../server/src/configuration/check.js'
import {ruleOptions} from '../../server/src/engine/rule.js'
import {rules} from '../../server/src/rules/index.js'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')

// Each of these is written by `npm run docs` from the code's own definitions; run it after changing them.
describe('generated files are current (run `npm run docs`)', () => {
  it('docs/rules.md, from the rules', () => {
    assert.equal(read('docs/rules.md'), rulesMarkdown())
  })

  it('the README tables of rules, settings and diagnostic codes', () => {
    const readme = read('README.md')
    assert.equal(readme, readmeWithTables(readme))
  })

  it('server/data/config.schema.json, from the rules and their options', () => {
    assert.equal(read('server/data/config.schema.json'), configSchemaText())
  })

  it('the extension manifest: settings, their defaults and the rules schema, semantic tokens, schema associations', () => {
    const manifest = read('package.json')
    assert.equal(manifest, manifestText(manifest))
  })
})

describe('rule options', () => {
  it('every rule option has a description, and its default passes its own schema', () => {
    for (const rule of rules) {
      const options = ruleOptions(rule)
      for (const [name, schema] of options) assert.ok(schema.description, `${rule.id}.${name} has no description`)
      const defaults = Object.fromEntries(options.map(([name, schema]) => [name, schema.default]))
      assert.deepEqual(checkConfig({rules: {[rule.id]: defaults}}, rules).problems, [], rule.id)
    }
  })
})
