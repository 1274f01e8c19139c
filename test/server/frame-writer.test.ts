import assert from 'node:assert/strict'
import {PassThrough, Writable} from 'node:stream'
import {describe, it} from 'node:test'
import {StreamMessageReader, type Message} from 'vscode-jsonrpc/node'
import {FrameWriter} from '../../server/src/frame-writer.js'

const notification = (text: string): Message => ({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a.brief.md', diagnostics: [{message: text}]}} as Message)

/** A stream that keeps each write's bytes, and its callback until `flush` is called. */
function heldStream() {
  const chunks: Buffer[] = []
  const held: ((error?: Error | null) => void)[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      held.push(callback)
    }
  })
  return {stream, chunks, flush: (error?: Error) => held.splice(0).forEach((callback) => callback(error))}
}

describe('the stdio writer', () => {
  it('writes each message as one frame whose length counts bytes, which the library reader reads back', async () => {
    const pipe = new PassThrough()
    const writes: number[] = []
    const write = pipe.write.bind(pipe)
    pipe.write = ((...args: Parameters<typeof write>) => (writes.push(1), write(...args))) as typeof pipe.write
    const writer = new FrameWriter(pipe)
    const sent = [notification('“Sources say” is vague 🇺🇦'), notification('x'.repeat(200_000))]
    const received: Message[] = []
    new StreamMessageReader(pipe).listen((message) => received.push(message))
    for (const message of sent) await writer.write(message)
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(writes.length, 2)
    assert.deepEqual(received, sent)
  })

  it('resolves a write only once the stream has taken the frame, so publications wait for a client that stopped reading', async () => {
    const {stream, chunks, flush} = heldStream()
    const writer = new FrameWriter(stream)
    let done = false
    const written = writer.write(notification('a')).then(() => (done = true))
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(chunks.length, 1)
    assert.match(chunks[0]!.toString('utf8'), /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0"/)
    assert.equal(done, false)
    flush()
    await written
    assert.equal(done, true)
  })

  it('ends the stream when the connection ends, and reports its closing', async () => {
    const pipe = new PassThrough()
    const writer = new FrameWriter(pipe)
    let closed = false
    writer.onClose(() => (closed = true))
    writer.end()
    pipe.resume()
    await new Promise((resolve) => pipe.on('close', resolve))
    assert.equal(pipe.writableEnded, true)
    assert.equal(closed, true)
  })

  it('rejects a message that is not JSON, reports it, and still sends the next', async () => {
    const pipe = new PassThrough()
    const writer = new FrameWriter(pipe)
    const errors: Error[] = []
    writer.onError(([error]) => errors.push(error))
    const received: Message[] = []
    new StreamMessageReader(pipe).listen((message) => received.push(message))
    await assert.rejects(writer.write({...notification('a'), params: {big: 1n}} as Message), TypeError)
    assert.equal(errors.length, 1)
    await writer.write(notification('b'))
    await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(received, [notification('b')])
  })

  it('rejects a write the stream fails, and reports the error', async () => {
    const {stream, flush} = heldStream()
    const writer = new FrameWriter(stream)
    const errors: Error[] = []
    writer.onError(([error]) => errors.push(error))
    const written = writer.write(notification('a'))
    await new Promise((resolve) => setImmediate(resolve))
    flush(new Error('EPIPE'))
    await assert.rejects(written, /EPIPE/)
    assert.equal(errors[0]?.message, 'EPIPE')
  })
})
