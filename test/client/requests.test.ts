import assert from 'node:assert/strict'
import {PassThrough} from 'node:stream'
import {describe, it} from 'node:test'
import {createProtocolConnection, ResponseError, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'
import {askServer} from '../../client/src/requests.js'
import {ClaimCountsRequest} from '../../shared/protocol.js'

/** A client and a server connection speaking JSON-RPC to each other over two pipes. */
function connect(answer: () => unknown) {
  const up = new PassThrough()
  const down = new PassThrough()
  const server = createProtocolConnection(new StreamMessageReader(up), new StreamMessageWriter(down))
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up))
  server.onRequest(ClaimCountsRequest, answer as never)
  server.listen()
  client.listen()
  return {client, close: () => (server.dispose(), client.dispose())}
}

describe('the client asking the server', () => {
  it('passes on the answer', async () => {
    const {client, close} = connect(() => ({claims: 12, unsourced: 3, vague: 1}))
    const logged: string[] = []
    try {
      assert.deepEqual(await askServer(client, ClaimCountsRequest, {uri: 'file:///talks.brief.md'}, null, {warn: (message) => logged.push(message)}), {claims: 12, unsourced: 3, vague: 1})
      assert.deepEqual(logged, [])
    } finally {
      close()
    }
  })

  it('logs a failed request, then carries on with the fallback', async () => {
    const {client, close} = connect(() => {
      throw new ResponseError(-32603, 'the analysis failed')
    })
    const logged: string[] = []
    try {
      assert.equal(await askServer(client, ClaimCountsRequest, {uri: 'file:///talks.brief.md'}, null, {warn: (message) => logged.push(message)}), null)
      assert.deepEqual(logged, ['brieflint/claimCounts failed: the analysis failed'])
    } finally {
      close()
    }
  })
})
