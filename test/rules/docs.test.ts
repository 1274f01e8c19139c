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
