import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {it} from 'node:test'
import {readmeWithTable, rulesMarkdown} from '../../scripts/rules-doc.js'

const ROOT = resolve(import.meta.dirname, '../..')

it('docs/rules.md is generated from the current rules (run `npm run docs`)', () => {
  assert.equal(readFileSync(resolve(ROOT, 'docs/rules.md'), 'utf8'), rulesMarkdown())
})

it('the README rules table is generated from the current rules (run `npm run docs`)', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
  assert.equal(readme, readmeWithTable(readme))
})

it('the configuration schema names every rule (regenerate server/data/config.schema.json when adding one)', async () => {
  const {rules} = await import('../../server/src/rules/index.js')
  const schema = JSON.parse(readFileSync(resolve(ROOT, 'server/data/config.schema.json'), 'utf8'))
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules.map((rule) => rule.id).sort())
})
