import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {LintCache} from '../../server/src/cli-cache.js'
import {ANALYSIS_CODE, ruleUrl, type BrieflintMessage} from '../../server/src/engine/rule.js'
import {tempFolder} from '../helpers/temp.js'

const place = (line: number, offset: number) => ({start: {line, column: 3, offset}, end: {line, column: 9, offset: offset + 6}})

const MESSAGES: BrieflintMessage[] = [
  {reason: '“Kiev” is not the house spelling of Kyiv: write “Kyiv”.', ruleId: 'entity-alias', source: 'brieflint', severity: 'warning', place: place(7, 120), url: ruleUrl('entity-alias'), expected: ['Kyiv']},
  {reason: 'No source or attribution.', ruleId: 'unsourced-claim', source: 'brieflint', severity: 'error', place: place(9, 180), url: ruleUrl('unsourced-claim')},
  {reason: 'The rest was not analysed.', ruleId: ANALYSIS_CODE, source: 'brieflint', severity: 'info', place: place(11, 240)},
  {reason: 'See the desk’s guide.', ruleId: 'house-rule', source: 'brieflint', severity: 'hint', place: place(12, 300), url: 'https://desk.example/guide', expected: ['a', 'b']}
]

/** A cache holding MESSAGES for one file, saved. */
function savedCache() {
  const path = join(tempFolder('cache'), '.brieflintcache')
  const cache = new LintCache(path, 'salt')
  const key = cache.key('text', {rules: {}})
  cache.set('/desk/talks.brief.md', key, MESSAGES)
  cache.save()
  return {path, cache, key}
}

describe('the CLI cache file', () => {
  it('gives back each message as it was kept, with or without a link and fixes, in an ASCII file', () => {
    const {path, cache, key} = savedCache()
    assert.match(readFileSync(path, 'utf8'), /^[\0-\x7f]*$/)
    const read = new LintCache(path, 'salt')
    assert.deepEqual(read.get('/desk/talks.brief.md', key), MESSAGES)
    assert.equal(read.get('/desk/talks.brief.md', cache.key('text changed', {rules: {}})), undefined)
    assert.equal(new LintCache(path, 'another salt').get('/desk/talks.brief.md', key), undefined)
  })

  it('lints again a file whose entry was edited out of shape, instead of failing or reporting nonsense', () => {
    const {path, key} = savedCache()
    const good = JSON.parse(readFileSync(path, 'utf8'))
    const rows = good.files['/desk/talks.brief.md'].messages
    for (const broken of [{}, 'rows', [{reason: 'old layout'}], [[...rows[0].slice(0, 3), 'seven', ...rows[0].slice(4)]], [[...rows[0].slice(0, 2), 'fatal', ...rows[0].slice(3)]], [rows[0].slice(0, 8)], [[...rows[0].slice(0, 9), 0, ['Kyiv', 3]]]]) {
      writeFileSync(path, JSON.stringify({...good, files: {'/desk/talks.brief.md': {key, messages: broken}}}))
      assert.equal(new LintCache(path, 'salt').get('/desk/talks.brief.md', key), undefined, JSON.stringify(broken))
    }
    writeFileSync(path, JSON.stringify(good))
    assert.deepEqual(new LintCache(path, 'salt').get('/desk/talks.brief.md', key), MESSAGES)
  })
})
