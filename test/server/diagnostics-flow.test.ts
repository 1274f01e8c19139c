import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {tempFolder} from '../helpers/temp.js'
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  LSPErrorCodes,
  WorkspaceDiagnosticRequest,
  type DocumentDiagnosticReport,
  type ResponseError,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport
} from 'vscode-languageserver-protocol'
import {BRIEFING} from '../helpers/fixtures.js'
import {fileUri, LspClient} from '../helpers/lsp.js'

const uri = 'file:///workspace/flow.brief.md'
const codes = (items: {code?: number | string}[]) => items.map((item) => item.code).sort()
const itemsOf = (report: WorkspaceDocumentDiagnosticReport | undefined) => (report?.kind === 'full' ? report.items : undefined)

describe('a long first analysis', () => {
  /** About 600 KB of briefing: its first analysis takes seconds, long enough to be overtaken. */
  const LONG = BRIEFING + Array.from({length: 4000}, (_, n) => `Round ${n}: the delegations met in Istanbul, Peskov said.\n\n`).join('')

  /**
   * A client whose settings and entity list the server already holds, with the document at version 1:
   * the next request for it starts its analysis at once, before the server reads another message.
   */
  async function warm(): Promise<LspClient> {
    const client = await LspClient.start()
    await client.open(uri, BRIEFING)
    await client.diagnostics(uri)
    return client
  }

  it('answers other requests while it runs', async () => {
    const client = await warm()
    try {
      await client.change(uri, 2, [{text: LONG}])
      const order: string[] = []
      const diagnostics = client.diagnostics(uri).then(() => order.push('diagnostics'))
      await client.connection.sendRequest('workspace/symbol', {query: 'Medinsky'}).then(() => order.push('symbols'))
      await diagnostics
      assert.deepEqual(order, ['symbols', 'diagnostics'])
    } finally {
      await client.stop()
    }
  })

  it('is dropped when an edit arrives, and only the new version is reported', async () => {
    const client = await warm()
    try {
      await client.change(uri, 2, [{text: LONG}])
      const dropped = client.diagnostics(uri)
      await client.change(uri, 3, [{text: LONG.replace('; @tass]', ']')}])
      await assert.rejects(dropped, (error: ResponseError<unknown>) => error.code === LSPErrorCodes.ServerCancelled)
      assert.ok(!(await client.diagnostics(uri)).some((item) => item.code === 'unknown-source'))
    } finally {
      await client.stop()
    }
  })
})

describe('diagnostics for editors without pull support (publishDiagnostics)', () => {
  it('publishes on open, then for the latest version after a burst of edits, never an older version last', async () => {
    const client = await LspClient.start({pull: false})
    try {
      await client.open(uri, BRIEFING)
      const first = await client.waitForPublished(uri, (params) => params.version === 1)
      assert.deepEqual(codes(first.diagnostics), ['unknown-source'])
      const fixed = BRIEFING.replace('; @tass]', ']')
      for (let version = 2; version <= 6; version++) await client.change(uri, version, [{text: version === 6 ? fixed : BRIEFING}])
      const last = await client.waitForPublished(uri, (params) => params.version === 6)
      assert.deepEqual(last.diagnostics, [])
      // Intermediate versions are published only if analysed before the next edit arrived, and in order.
      const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version!)
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b))
      assert.equal(new Set(versions).size, versions.length)
      assert.equal(versions.at(-1), 6)
    } finally {
      await client.stop()
    }
  })

  it('with brieflint.run = onSave, edits publish nothing until the file is saved', async () => {
    const client = await LspClient.start({pull: false, settings: {run: 'onSave'}})
    try {
      await client.open(uri, BRIEFING)
      await client.waitForPublished(uri, (params) => params.version === 1)
      await client.change(uri, 2, [{text: BRIEFING.replace('; @tass]', ']')}])
      // The server answers after taking in the edit: had the edit been checked, its report would be here.
      await client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})
      assert.equal(client.published.filter((params) => params.version === 2).length, 0)
      await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
      const saved = await client.waitForPublished(uri, (params) => params.version === 2)
      assert.deepEqual(saved.diagnostics, [])
    } finally {
      await client.stop()
    }
  })
})

describe('pulled diagnostics with brieflint.run = onSave', () => {
  it('keep the last report through edits until the file is saved', async () => {
    const client = await LspClient.start({settings: {run: 'onSave'}})
    try {
      await client.open(uri, BRIEFING)
      const first: DocumentDiagnosticReport = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {textDocument: {uri}})
      await client.change(uri, 2, [{text: BRIEFING.replace('; @tass]', ']')}])
      const edited = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {textDocument: {uri}, previousResultId: first.resultId})
      assert.deepEqual({kind: edited.kind, resultId: edited.resultId}, {kind: 'unchanged', resultId: first.resultId})
      await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
      await client.roundTrip()
      assert.equal(client.refreshes, 1)
      assert.deepEqual(await client.diagnostics(uri), [])
    } finally {
      await client.stop()
    }
  })
})

describe('settings and configuration files', () => {
  it('turns a rule off through the brieflint.rules setting', async () => {
    const client = await LspClient.start({settings: {rules: {'unknown-source': 'off'}}})
    try {
      await client.open(uri, BRIEFING)
      assert.deepEqual(await client.diagnostics(uri), [])
    } finally {
      await client.stop()
    }
  })

  it('reads severities from the nearest .brieflintrc.yaml', async () => {
    const folder = tempFolder('rc')
    writeFileSync(join(folder, '.brieflintrc.yaml'), 'rules:\n  unknown-source: info\n')
    const client = await LspClient.start({workspaceFolder: folder})
    try {
      const path = fileUri(join(folder, 'talks.brief.md'))
      await client.open(path, BRIEFING)
      const diagnostics = await client.diagnostics(path)
      assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['unknown-source', 3]])
    } finally {
      await client.stop()
    }
  })

  it('leaves plain Markdown alone unless brieflint.lintMarkdown is on', async () => {
    const markdownUri = 'file:///workspace/notes.md'
    const off = await LspClient.start()
    const on = await LspClient.start({settings: {lintMarkdown: true}})
    try {
      await off.open(markdownUri, BRIEFING, 'markdown')
      await on.open(markdownUri, BRIEFING, 'markdown')
      assert.deepEqual(await off.diagnostics(markdownUri), [])
      assert.deepEqual(codes(await on.diagnostics(markdownUri)), ['unknown-source'])
    } finally {
      await Promise.all([off.stop(), on.stop()])
    }
  })
})

describe('workspace diagnostics', () => {
  it('reports briefings that are not open, and reports again when a file they depend on changes', async () => {
    const folder = tempFolder('ws')
    writeFileSync(join(folder, 'a.brief.md'), BRIEFING)
    writeFileSync(join(folder, 'b.briefing'), BRIEFING.replace('; @tass]', ']'))
    writeFileSync(join(folder, 'README.md'), 'Not a briefing [@nothing].\n')
    const client = await LspClient.start({workspaceFolder: folder})
    try {
      const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {previousResultIds: []})
      const byName = (report: WorkspaceDiagnosticReport) => new Map(report.items.map((item) => [item.uri.split('/').pop(), item]))
      const reports = byName(first)
      assert.deepEqual([...reports.keys()].sort(), ['a.brief.md', 'b.briefing'])
      assert.deepEqual(codes(itemsOf(reports.get('a.brief.md'))!), ['unknown-source'])
      assert.deepEqual(itemsOf(reports.get('b.briefing')), [])

      // Nothing changed: the next pull waits; a new configuration file wakes it with fresh results.
      const previousResultIds = first.items.map((item) => ({uri: item.uri, value: item.resultId!}))
      const second = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {previousResultIds})
      let settled = false
      void second.then(() => (settled = true))
      await client.roundTrip()
      assert.equal(settled, false)
      writeFileSync(join(folder, '.brieflintrc.json'), '{"rules": {"unknown-source": "off"}}')
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{uri: fileUri(join(folder, '.brieflintrc.json')), type: FileChangeType.Created}]
      })
      const after = byName(await second)
      assert.equal(after.get('a.brief.md')!.kind, 'full')
      assert.deepEqual(itemsOf(after.get('a.brief.md')), [])
    } finally {
      await client.stop()
    }
  })
})
