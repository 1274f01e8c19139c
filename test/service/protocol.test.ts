import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type DidChangeWatchedFilesRegistrationOptions,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SemanticTokens,
  type WorkspaceSymbol
} from 'vscode-languageserver-protocol'
import {LinkedNamesRequest, ClaimCountsRequest} from '../../shared/protocol.js'
import {BRIEFING} from '../helpers/fixtures.js'
import {fileUri, LspClient} from '../helpers/lsp.js'
import {tempFolder} from '../helpers/temp.js'

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string; contributes: {semanticTokenTypes: {id: string}[]}}
const TALKS = `---
title: Istanbul talks
date: 2025-07-24
sources:
  izvestia: {title: Izvestia report}
---

# Delegations

Turkish Foreign Minister Hakan Fidan hosted the talks [@izvestia]. Fidan spoke first [@izvestia].
Deputy head of the delegation Taras Hrytsenko said the talks would continue.
`
const line = (text: string) => TALKS.split('\n').findIndex((candidate) => candidate.includes(text))
const at = (text: string) => ({line: line(text), character: TALKS.split('\n')[line(text)]!.indexOf(text) + 1})

function desk(): string {
  const folder = tempFolder('in-process')
  mkdirSync(join(folder, 'people'))
  writeFileSync(join(folder, 'people/staff.yaml'), 'entities: []\n')
  writeFileSync(join(folder, 'closed.brief.md'), BRIEFING)
  return folder
}

// The server's own code, connected to a client over in-memory pipes: every handler server.ts wires, once.
describe('the language server, in process', () => {
  it('declares its capabilities, its version and the semantic token legend of the manifest', async () => {
    const client = await LspClient.inProcess()
    try {
      const {capabilities, serverInfo} = client.initialized
      assert.deepEqual(serverInfo, {name: 'brieflint', version: manifest.version})
      assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, manifest.contributes.semanticTokenTypes.map((type) => type.id))
      assert.deepEqual(capabilities.diagnosticProvider, {identifier: 'brieflint', interFileDependencies: true, workspaceDiagnostics: true})
    } finally {
      await client.stop()
    }
  })

  it('answers every feature request for a briefing', async () => {
    const folder = desk()
    const client = await LspClient.inProcess({workspaceFolder: folder})
    try {
      const uri = fileUri(join(folder, 'talks.brief.md'))
      await client.open(uri, TALKS)
      const textDocument = {uri}
      assert.deepEqual((await client.diagnostics(uri)).map((item) => item.code), ['unknown-person'])
      const hover = await client.request<Hover>('textDocument/hover', {textDocument, position: at('Fidan spoke')})
      assert.match((hover.contents as {value: string}).value, /^\*\*Hakan Fidan\*\*/)
      assert.equal((await client.request<Location[]>('textDocument/definition', {textDocument, position: at('izvestia]')}))[0]!.range.start.line, 4)
      assert.equal((await client.request<Location[]>('textDocument/references', {textDocument, position: at('Fidan spoke'), context: {includeDeclaration: false}})).length, 2)
      assert.equal((await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {textDocument, position: at('Fidan spoke')})).length, 2)
      assert.ok((await client.request<SemanticTokens>('textDocument/semanticTokens/full', {textDocument})).data.length > 0)
      assert.ok((await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'Fidan'})).some((symbol) => symbol.name === 'Hakan Fidan'))
      assert.deepEqual((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument})).map((symbol) => symbol.name), ['Front matter', 'Delegations'])
      assert.equal((await client.request<CodeLens[]>('textDocument/codeLens', {textDocument}))[0]!.command!.title, '3 claims · 0 unsourced')
      assert.ok((await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument})).length > 0)
      const completion = await client.request<CompletionItem[]>('textDocument/completion', {textDocument, position: {line: line('[@izvestia]'), character: TALKS.split('\n')[line('[@izvestia]')]!.indexOf('izvestia')}})
      assert.deepEqual(completion.map((item) => item.label), ['izvestia'])
      const diagnostic = (await client.diagnostics(uri))[0]!
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
      assert.equal(actions[0]!.title, 'Add “Taras Hrytsenko” to the workspace entity list')
      assert.deepEqual(await client.connection.sendRequest(ClaimCountsRequest, {uri}), {claims: 3, unsourced: 0, vague: 0})
      assert.ok((await client.connection.sendRequest(LinkedNamesRequest, {uri})).some((name) => name.surface === 'Hakan Fidan'))
      const workspace = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {previousResultIds: []})
      assert.deepEqual(workspace.items.map((item) => item.uri), [fileUri(join(folder, 'closed.brief.md'))])
    } finally {
      await client.stop()
    }
  })

  it('asks the editor to watch its files, relative to each folder or as absolute globs', async () => {
    const folder = desk()
    const watchers = async (relativePatterns: boolean) => {
      const client = await LspClient.inProcess({workspaceFolder: folder, settings: {entityFiles: ['people/staff.yaml']}, relativePatterns})
      try {
        const registered = await client.until(() => client.registrations.find((item) => item.method === 'workspace/didChangeWatchedFiles'), 'a watcher registration')
        return (registered.registerOptions as DidChangeWatchedFilesRegistrationOptions).watchers.map((watcher) => watcher.globPattern)
      } finally {
        await client.stop()
      }
    }
    assert.deepEqual((await watchers(true)).at(-1), {baseUri: fileUri(folder), pattern: 'people/staff.yaml'})
    assert.equal((await watchers(false)).at(-1), `${folder}/people/staff.yaml`)
  })

  it('takes in edits, saves, closes, settings and watched files', async () => {
    const folder = desk()
    const client = await LspClient.inProcess({workspaceFolder: folder})
    try {
      const uri = fileUri(join(folder, 'talks.brief.md'))
      await client.open(uri, TALKS)
      await client.change(uri, 2, [{text: TALKS.replace('Taras Hrytsenko', 'Dmitry Peskov')}])
      assert.deepEqual(await client.diagnostics(uri), [])
      await client.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {}})
      await client.roundTrip()
      assert.equal(client.refreshes, 1)
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: fileUri(join(folder, '.brieflintrc.yaml')), type: FileChangeType.Created}]})
      await client.roundTrip()
      assert.equal(client.refreshes, 2)
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
      assert.deepEqual(await client.diagnostics(uri), [])
    } finally {
      await client.stop()
    }
  })

  it('logs a failed settings request', async () => {
    const client = await LspClient.inProcess({failSettings: true})
    try {
      await client.open('file:///workspace/talks.brief.md', BRIEFING)
      assert.equal((await client.diagnostics('file:///workspace/talks.brief.md')).length, 1)
      assert.match(client.logs[0]!.message, /^Could not read the settings for file:\/\/\/workspace\/talks\.brief\.md, using the defaults: the editor could not read its settings/)
    } finally {
      await client.stop()
    }
  })

  it('pushes diagnostics to an editor that cannot pull them, and clears them on close', async () => {
    const client = await LspClient.inProcess({pull: false})
    try {
      const uri = 'file:///workspace/pushed.brief.md'
      await client.open(uri, BRIEFING)
      assert.deepEqual((await client.waitForPublished(uri, () => true)).diagnostics.map((item) => item.code), ['unknown-source'])
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
      await client.waitForPublished(uri, (params) => params.diagnostics.length === 0)
    } finally {
      await client.stop()
    }
  })
})
