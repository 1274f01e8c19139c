import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {CancellationTokenSource, LSPErrorCodes, ResponseError, type WorkspaceDocumentDiagnosticReport} from 'vscode-languageserver'
import type {Rule} from '../../server/src/engine/rule.js'
import {rules} from '../../server/src/rules/index.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {never, startService, uriOf} from '../helpers/service.js'

const FIXED = BRIEFING.replace('; @tass]', ']')

/**
 * A large briefing: a claim without a source in every paragraph, and `peskov-0723` cited only at the end,
 * so a first look at its start must not call that source unused.
 */
const LARGE = BRIEFING.replace('; @tass]', ']').replace('[@peskov-0723]', '') +
  Array.from({length: 2500}, (_, index) => `The delegations met for the ${index + 1}th time in the palace.\n\n`).join('') +
  'Peskov confirmed the schedule [@peskov-0723].\n'
/** Every paragraph's claim, and Peskov's expectation, whose citation moved to the end. */
const LARGE_UNSOURCED = 2501
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1
const codes = (items: {code?: number | string}[]) => items.map((item) => item.code).sort()
const itemsOf = (report: WorkspaceDocumentDiagnosticReport | undefined) => (report?.kind === 'full' ? report.items : undefined)

describe('pulled diagnostics', () => {
  it('reports an open briefing, with a result id for its version', async () => {
    const {service, open} = startService()
    const uri = open('file:///workspace/talks.brief.md', BRIEFING)
    const report = await service.diagnostics(uri, undefined, never)
    assert.equal(report.kind, 'full')
    assert.deepEqual(codes(report.kind === 'full' ? report.items : []), ['unknown-source'])
    assert.match(String(report.resultId), /^\d+:\d+$/)
  })

  it('answers unchanged when asked again with the result id of the current version', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/again.brief.md', BRIEFING)
    const first = await test.service.diagnostics(uri, undefined, never)
    const again = await test.service.diagnostics(uri, first.resultId, never)
    assert.deepEqual(again, {kind: 'unchanged', resultId: first.resultId})
    test.edit(uri, FIXED)
    const edited = await test.service.diagnostics(uri, first.resultId, never)
    assert.equal(edited.kind, 'full')
    assert.notEqual(edited.resultId, first.resultId)
  })

  it('refuses a version the editor has moved past, so that the editor asks again', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/edited.brief.md', BRIEFING + 'More on the talks, Peskov said.\n\n'.repeat(2000))
    const pending = test.service.diagnostics(uri, undefined, never)
    // The analysis has run its first step when the service first lets other work in: the edit arrives then.
    await new Promise((resolve) => setImmediate(resolve))
    test.edit(uri, FIXED)
    await assert.rejects(pending, (error: ResponseError<unknown>) => error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled)
    assert.deepEqual(await test.diagnostics(uri), [])
  })

  it('with brieflint.run = onSave, keeps the report through edits until the file is saved', async () => {
    const test = startService({settings: {run: 'onSave'}})
    const uri = test.open('file:///workspace/saved.brief.md', BRIEFING)
    const first = await test.service.diagnostics(uri, undefined, never)
    test.edit(uri, FIXED)
    const edited = await test.service.diagnostics(uri, first.resultId, never)
    assert.deepEqual({kind: edited.kind, resultId: edited.resultId}, {kind: 'unchanged', resultId: first.resultId})
    await test.service.save(uri)
    assert.equal(test.counts.refreshes, 1)
    assert.deepEqual(await test.diagnostics(uri), [])
  })

  it('checks plain Markdown only with brieflint.lintMarkdown, and nothing with brieflint.enable off', async () => {
    const off = startService()
    const on = startService({settings: {lintMarkdown: true}})
    const disabled = startService({settings: {enable: false}})
    assert.deepEqual(await off.diagnostics(off.open('file:///workspace/notes.md', BRIEFING, 'markdown')), [])
    assert.deepEqual(codes(await on.diagnostics(on.open('file:///workspace/notes.md', BRIEFING, 'markdown'))), ['unknown-source'])
    assert.deepEqual(await disabled.diagnostics(disabled.open('file:///workspace/talks.brief.md', BRIEFING)), [])
  })

  it('skips a file over brieflint.maxFileSize with one information diagnostic', async () => {
    const test = startService({settings: {maxFileSize: 1000}})
    const [skipped] = await test.diagnostics(test.open('file:///workspace/large.brief.md', BRIEFING.repeat(3)))
    assert.deepEqual([skipped!.code, skipped!.severity], ['max-file-size', 3])
    assert.match(String(skipped!.message), /more than brieflint\.maxFileSize \(1,000\): Brieflint skipped it/)
  })

  it('answers an empty report for a document that is not open', async () => {
    const {diagnostics} = startService()
    assert.deepEqual(await diagnostics('file:///workspace/closed.brief.md'), [])
  })

  it('contains a rule that throws: one diagnostic names it, the log has its stack, the other rules run', async () => {
    const broken: Rule = {...rules[1]!, id: 'broken', check: () => {
      throw new Error('boom')
    }}
    const test = startService({rules: [broken, ...rules]})
    const diagnostics = await test.diagnostics(test.open('file:///workspace/talks.brief.md', BRIEFING))
    assert.deepEqual(codes(diagnostics), ['broken', 'unknown-source'])
    assert.match(test.logs.find((log) => log.level === 'error')!.message, /^Rule broken threw: Error: boom\n\s+at /)
  })
})

describe('a large briefing opened', () => {
  it('reports its start at once, then asks the editor to pull the whole', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/large.brief.md', LARGE)
    const first = await test.service.diagnostics(uri, undefined, never)
    assert.equal(first.kind, 'full')
    assert.match(String(first.resultId), /:first-look$/)
    const firstItems = first.kind === 'full' ? first.items : []
    assert.ok(firstItems.length > 10, `${firstItems.length} problems at the start`)
    assert.ok(firstItems.every((item) => item.code === 'unsourced-claim' && item.range.start.line < 1000), JSON.stringify(firstItems.at(-1)))
    // The editor is told to pull again once the whole is analysed; it then gets every problem.
    while (test.counts.refreshes === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    const whole = await test.service.diagnostics(uri, first.resultId, never)
    assert.match(String(whole.resultId), /^\d+:\d+$/)
    const items = whole.kind === 'full' ? whole.items : []
    assert.equal(items.filter((item) => item.code === 'unsourced-claim').length, LARGE_UNSOURCED)
    assert.deepEqual(firstItems, items.slice(0, firstItems.length))
    assert.equal(items.at(-1)!.range.start.line, lineOf(LARGE, LARGE.lastIndexOf('The delegations met')))
  })

  it('pushes its start, then the whole, to an editor without pull', async () => {
    const test = startService({pull: false})
    const uri = test.open('file:///workspace/large.brief.md', LARGE)
    const first = await test.nextPublished(uri)
    const whole = await test.nextPublished(uri, (params) => params !== first)
    assert.ok(first.diagnostics.length > 10 && first.diagnostics.length < 200, `${first.diagnostics.length} problems first`)
    assert.equal(whole.diagnostics.length, LARGE_UNSOURCED)
    assert.equal(test.published.length, 2)
  })

  it('an edit after the open is analysed as a whole, with no first look', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/large.brief.md', LARGE)
    await test.service.diagnostics(uri, undefined, never)
    while (test.counts.refreshes === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    test.edit(uri, LARGE.replace('the 7th time', 'the seventh time'))
    const edited = await test.service.diagnostics(uri, undefined, never)
    assert.match(String(edited.resultId), /^\d+:\d+$/)
    assert.equal(edited.kind === 'full' ? edited.items.length : 0, LARGE_UNSOURCED)
  })
})

describe('pushed diagnostics (editors without pull support)', () => {
  it('publishes on open and after an edit, for the latest version', async () => {
    const test = startService({pull: false})
    const uri = test.open('file:///workspace/pushed.brief.md', BRIEFING)
    const opened = await test.nextPublished(uri)
    assert.deepEqual(codes(opened.diagnostics), ['unknown-source'])
    test.edit(uri, BRIEFING)
    test.edit(uri, FIXED)
    const fixed = await test.nextPublished(uri, (params) => params.diagnostics.length === 0)
    assert.equal(fixed.version, opened.version! + 2)
    const versions = test.published.map((params) => params.version!)
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b))
  })

  it('with brieflint.run = onSave, publishes an edit only once it is saved', async () => {
    const test = startService({pull: false, settings: {run: 'onSave'}})
    const uri = test.open('file:///workspace/saved.brief.md', BRIEFING)
    await test.nextPublished(uri)
    test.edit(uri, FIXED)
    // A request for the same document is answered after the edit is taken in: nothing was published for it.
    await test.service.hover(uri, {line: 0, character: 0}, never)
    assert.equal(test.published.length, 1)
    await test.service.save(uri)
    assert.deepEqual((await test.nextPublished(uri, (params) => params.version !== 1)).diagnostics, [])
  })

  it('clears a closed document\'s diagnostics, and publishes problems in configuration files too', async () => {
    const test = startService({pull: false})
    const uri = test.open('file:///workspace/pushed.brief.md', BRIEFING)
    await test.nextPublished(uri)
    test.service.close(uri)
    assert.deepEqual(test.published.at(-1), {uri, diagnostics: []})
    const rc = test.open('file:///workspace/.brieflintrc.yaml', 'rules:\n  unused-source: of\n', 'yaml')
    assert.deepEqual(codes((await test.nextPublished(rc)).diagnostics), ['configuration'])
  })
})

describe('configuration and entity files, as they are typed', () => {
  it('reports a bad severity where it is, in the same words as the CLI', async () => {
    const test = startService()
    const [problem] = await test.diagnostics(test.open('file:///workspace/.brieflintrc.yaml', 'rules:\n  unused-source: of\n', 'yaml'))
    assert.deepEqual([problem!.code, problem!.severity, problem!.range], ['configuration', 1, {start: {line: 1, character: 17}, end: {line: 1, character: 19}}])
    assert.equal(problem!.message, '`of` is not a severity: use error, warning, info, hint or off. The rest of the file, and the defaults, still apply.')
  })

  it('reports options of the wrong type and unknown options', async () => {
    const test = startService()
    const rc = test.open('file:///workspace/.brieflintrc.json', '{"rules": {"required-sections": {"sections": "Summary", "section": []}}}', 'json')
    assert.deepEqual((await test.diagnostics(rc)).map((item) => [item.severity, String(item.message).replace(/ The rest of the file.*$/, '')]), [
      [2, 'Rule `required-sections` has no option `section`: did you mean `sections`?'],
      [1, 'Option `sections` of `required-sections` must be array.']
    ])
  })

  it('reports an entity file\'s problems where they are', async () => {
    const test = startService({folders: ['/desk']})
    const uri = test.open(uriOf('/desk/.brieflint/entities.yaml'), 'entities:\n  - id: Not An Id\n    kind: person\n    name: Someone\n', 'yaml')
    const problems = await test.diagnostics(uri)
    assert.deepEqual(problems.map((item) => [item.code, item.range.start.line]), [['entity-file', 1]])
    assert.match(String(problems[0]!.message), /Brieflint uses the valid entries of this file and the bundled list meanwhile\.$/)
  })
})

describe('workspace diagnostics', () => {
  const files = {'/desk/a.brief.md': BRIEFING, '/desk/b.briefing': FIXED, '/desk/README.md': 'Not a briefing [@nothing].\n', '/desk/node_modules/x/c.brief.md': BRIEFING}

  it('reports the briefings that are not open, and holds the next pull until something changes', async () => {
    const test = startService({folders: ['/desk'], files})
    test.open(uriOf('/desk/b.briefing'), FIXED)
    const first = await test.service.workspaceDiagnostics([], never)
    assert.deepEqual(first.items.map((item) => [item.uri, codes(itemsOf(item)!)]), [[uriOf('/desk/a.brief.md'), ['unknown-source']]])

    const previous = first.items.map((item) => ({uri: item.uri, value: item.resultId!}))
    let answered = false
    const second = test.service.workspaceDiagnostics(previous, never).then((report) => ((answered = true), report))
    await test.service.hover(uriOf('/desk/b.briefing'), {line: 0, character: 0}, never)
    assert.equal(answered, false)
    test.workspace.write('/desk/a.brief.md', FIXED)
    await test.service.filesChanged([{uri: uriOf('/desk/a.brief.md'), type: 2}])
    assert.deepEqual((await second).items.map((item) => [item.kind, itemsOf(item)]), [['full', []]])
  })

  it('a held pull answers once cancelled', async () => {
    const test = startService({folders: ['/desk'], files})
    const first = await test.service.workspaceDiagnostics([], never)
    const source = new CancellationTokenSource()
    const held = test.service.workspaceDiagnostics(first.items.map((item) => ({uri: item.uri, value: item.resultId!})), source.token)
    source.cancel()
    assert.deepEqual(await held, {items: []})
  })

  it('stops reading the workspace as soon as it is cancelled', async () => {
    const many = Object.fromEntries(Array.from({length: 20}, (_, index) => [`/desk/archive/${String(index).padStart(2, '0')}.brief.md`, BRIEFING]))
    const test = startService({folders: ['/desk'], files: many})
    const source = new CancellationTokenSource()
    const pull = test.service.workspaceDiagnostics([], source.token)
    source.cancel()
    assert.deepEqual(await pull, {items: []})
    assert.ok(test.workspace.reads.filter((path) => path.endsWith('.brief.md')).length <= 1, test.workspace.reads.join(' '))
  })

  it('leaves out a folder with brieflint.enable off, and says a file over brieflint.maxFileSize was skipped', async () => {
    const off = startService({folders: ['/desk'], files, settings: {enable: false}})
    assert.deepEqual((await off.service.workspaceDiagnostics([], never)).items, [])
    // Over the limit in characters but read (within three times it in bytes), too large to read at all, and within it.
    const limit = BRIEFING.length - 1
    const small = startService({folders: ['/desk'], files: {'/desk/a.brief.md': BRIEFING, '/desk/b.brief.md': BRIEFING.repeat(4), '/desk/c.brief.md': BRIEFING.slice(0, limit)}, settings: {maxFileSize: limit}})
    const report = await small.service.workspaceDiagnostics([], never)
    const byName = new Map(report.items.map((item) => [item.uri.split('/').at(-1), itemsOf(item)!]))
    const skipped = (size: string) => [`This file has ${size}, more than brieflint.maxFileSize (${limit.toLocaleString('en')}): Brieflint skipped it.`]
    assert.deepEqual(byName.get('a.brief.md')!.map((diagnostic) => diagnostic.message), skipped(`${BRIEFING.length.toLocaleString('en')} characters`))
    assert.deepEqual(byName.get('b.brief.md')!.map((diagnostic) => diagnostic.message), skipped(`${Buffer.byteLength(BRIEFING.repeat(4)).toLocaleString('en')} bytes`))
    assert.deepEqual(codes(byName.get('c.brief.md')!), ['unknown-source'])
  })
})
