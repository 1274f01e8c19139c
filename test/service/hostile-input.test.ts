import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {stringify} from 'yaml'
import {mergeConfigs} from '../../server/src/engine/config.js'
import {lint} from '../../server/src/engine/lint.js'
import {rules} from '../../server/src/rules/index.js'
import {FIXTURE_LIST} from '../helpers/entities.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {never, startService, uriOf} from '../helpers/service.js'

const FIXED = BRIEFING.replace('; @tass]', ']')
const UNSOURCED = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nThe talks lasted just under an hour.\n'
const codes = (items: {code?: number | string}[]) => items.map((item) => item.code).sort()

describe('a client that sends new text under the version it already sent', () => {
  it('gets the new text analysed, not the report of the old one', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/talks.brief.md', BRIEFING)
    assert.deepEqual(codes(await test.diagnostics(uri)), ['unknown-source'])
    test.service.change({uri, version: 1}, [{text: FIXED}])
    assert.deepEqual(await test.diagnostics(uri), [])
  })
})

describe('rule settings keyed __proto__', () => {
  const hostile = () => JSON.parse('{"__proto__": {"unsourced-claim": "off"}, "unknown-source": "off"}') as Record<string, never>

  it('do not turn rules off through the prototype when configurations are merged', () => {
    const codesOf = (config: ReturnType<typeof mergeConfigs>) => lint(UNSOURCED, {rules, config}).messages.map((message) => message.ruleId)
    assert.deepEqual(codesOf(mergeConfigs({rules: hostile()}, {rules: {}})), ['unsourced-claim'])
    assert.deepEqual(codesOf({rules: Object.setPrototypeOf({}, {'unsourced-claim': 'off'})}), ['unsourced-claim'])
  })

  it('in a .brieflintrc and in brieflint.rules, are reported and leave the rules on', async () => {
    const test = startService({
      folders: ['/desk'],
      files: {'/desk/.brieflintrc.yaml': 'rules: {__proto__: {unsourced-claim: off}}\n'},
      settings: {rules: hostile()}
    })
    const uri = test.open(uriOf('/desk/talks.brief.md'), UNSOURCED)
    assert.deepEqual(codes(await test.diagnostics(uri)), ['unsourced-claim'])
    assert.ok(test.logs.some((log) => /Unknown rule `__proto__`/.test(log.message)))
  })
})

describe('mistyped settings', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['entityFiles as a string', {entityFiles: 'people.yaml'}],
    ['entityFiles as null', {entityFiles: null}],
    ['entityFiles with a number in it', {entityFiles: ['people.yaml', 3]}],
    ['maxFileSize as null', {maxFileSize: null}],
    ['maxFileSize as a string', {maxFileSize: '10'}],
    ['maxFileSize negative', {maxFileSize: -1}],
    ['analysisBudget as a string', {analysisBudget: '15000'}],
    ['rules as a string', {rules: 'off'}],
    ['run misspelt', {run: 'onTyping'}],
    ['enable as a string', {enable: 'false'}]
  ]
  for (const [name, settings] of cases) {
    it(`${name}: the default is used for that key, the others still apply, and it is logged once`, async () => {
      const test = startService({folders: ['/desk'], files: {'/desk/people.yaml': stringify(FIXTURE_LIST)}, settings: {...settings, lintMarkdown: true}})
      const first = test.open(uriOf('/desk/talks.brief.md'), UNSOURCED)
      const second = test.open(uriOf('/desk/notes.md'), UNSOURCED, 'markdown')
      assert.deepEqual(codes(await test.diagnostics(first)), ['unsourced-claim'])
      // lintMarkdown, set correctly beside the mistake, still applies.
      assert.deepEqual(codes(await test.diagnostics(second)), ['unsourced-claim'])
      await test.service.references(first, {line: 5, character: 5}, true, never)
      const warnings = test.logs.filter((log) => log.level === 'warn')
      if (settings[Object.keys(settings)[0]!] === null) assert.deepEqual(warnings, [])
      else assert.equal(warnings.length, 1, JSON.stringify(test.logs))
    })
  }
})

describe('Find References across the workspace', () => {
  const mentions = (count: number) => '---\ntitle: Notes\ndate: 2025-07-24\n---\n\n' + 'Rustem Umerov met the delegation in the morning and spoke to reporters.\n\n'.repeat(count)
  const PEOPLE = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nRustem Umerov led the delegation.\n'

  function desk(onDisk: Record<string, string>, settings: Record<string, unknown> = {}) {
    const test = startService({folders: ['/desk'], files: {'/desk/.brieflint/entities.yaml': stringify(FIXTURE_LIST), ...onDisk}, settings})
    return {...test, uri: test.open(uriOf('/desk/talks.brief.md'), PEOPLE)}
  }

  it('does not read a briefing over brieflint.maxFileSize, counted in characters', async () => {
    const small = mentions(3)
    // Two-byte characters: under the limit in characters, over it in bytes.
    const cyrillic = small.replace('Notes', 'Заметки '.repeat(40))
    const test = desk({'/desk/small.brief.md': small, '/desk/large.brief.md': mentions(40), '/desk/cyrillic.brief.md': cyrillic}, {maxFileSize: cyrillic.length})
    const found = await test.service.references(test.uri, {line: 5, character: 3}, false, never)
    const files = [...new Set(found.map((location) => location.uri.slice(location.uri.lastIndexOf('/') + 1)))].sort()
    assert.deepEqual(files, ['cyrillic.brief.md', 'small.brief.md', 'talks.brief.md'])
  })

  it('lets other requests in while it reads a large briefing that is not open', async () => {
    const test = desk({'/desk/large.brief.md': mentions(4000)})
    await test.diagnostics(test.uri)
    const order: string[] = []
    const references = test.service.references(test.uri, {line: 5, character: 3}, false, never).then((found) => {
      order.push('references')
      return found
    })
    // A request that arrives once the search has started.
    await new Promise((resolve) => setImmediate(resolve))
    await test.service.hover(test.uri, {line: 5, character: 3}, never).then(() => order.push('hover'))
    const found = await references
    assert.deepEqual(order, ['hover', 'references'])
    assert.equal(found.filter((location) => location.uri.endsWith('large.brief.md')).length, 4000)
  })
})
