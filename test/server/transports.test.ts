import assert from 'node:assert/strict'
import {fork} from 'node:child_process'
import {describe, it} from 'node:test'
import {createProtocolConnection, IPCMessageReader, IPCMessageWriter} from 'vscode-languageserver-protocol/node'
import {DocumentDiagnosticRequest, InitializeRequest, type DocumentDiagnosticReport} from 'vscode-languageserver-protocol'
import {BRIEFING, TASS_LINE} from '../helpers/fixtures.js'
import {CHILD_ENV} from '../helpers/child-env.js'
import {LspClient, SERVER} from '../helpers/lsp.js'

describe('transports and document sync', () => {
  it('speaks over node IPC, as the VS Code client starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], {silent: true, env: CHILD_ENV})
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    connection.listen()
    try {
      const result = await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: null, capabilities: {textDocument: {diagnostic: {}}}})
      assert.equal(result.serverInfo?.name, 'brieflint')
      await connection.sendNotification('initialized', {})
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///ipc.brief.md', languageId: 'briefing', version: 1, text: BRIEFING}})
      const report: DocumentDiagnosticReport = await connection.sendRequest(DocumentDiagnosticRequest.type, {textDocument: {uri: 'file:///ipc.brief.md'}})
      assert.ok(report.kind === 'full' && report.items.some((item) => item.code === 'unknown-source'))
    } finally {
      connection.dispose()
      child.kill()
    }
  })

  it('applies incremental edits: fixing the key in place clears the report', async () => {
    const client = await LspClient.start()
    const uri = 'file:///workspace/incremental.brief.md'
    try {
      await client.open(uri, BRIEFING)
      const line = BRIEFING.split('\n')[TASS_LINE]!
      const start = line.indexOf('; @tass]')
      await client.change(uri, 2, [{range: {start: {line: TASS_LINE, character: start}, end: {line: TASS_LINE, character: start + '; @tass'.length}}, text: ''}])
      const diagnostics = await client.diagnostics(uri)
      assert.ok(!diagnostics.some((item) => item.code === 'unknown-source'))
    } finally {
      await client.stop()
    }
  })
})
