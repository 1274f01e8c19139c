import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import Ajv from 'ajv'

const folder = join(import.meta.dirname, '../../server/data')

// The server and the CLI compile these without checking them against the meta-schema (a cold start
// saves about 40 ms): this is where a broken one is caught.
describe('the bundled JSON Schemas', () => {
  const ajv = new Ajv({allErrors: true, strict: false})
  const names = readdirSync(folder).filter((name) => name.endsWith('.schema.json'))

  it('are all valid draft-07 schemas', () => {
    assert.deepEqual(names.sort(), ['config.schema.json', 'entity.schema.json', 'frontmatter.schema.json'])
    for (const name of names) {
      const schema = JSON.parse(readFileSync(join(folder, name), 'utf8'))
      assert.equal(ajv.validateSchema(schema), true, `${name}: ${ajv.errorsText(ajv.errors)}`)
    }
  })

  it('would catch a broken one', () => {
    const schema = JSON.parse(readFileSync(join(folder, 'frontmatter.schema.json'), 'utf8'))
    schema.properties.title.type = 'text'
    assert.equal(ajv.validateSchema(schema), false)
  })
})
