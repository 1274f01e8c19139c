import {AbstractMessageWriter, type Message, type MessageWriter} from 'vscode-jsonrpc'

/**
 * Writes each message to a stream as one frame, header and body in one write. The library's stream
 * writer writes the header, waits for it to be flushed (a turn of the event loop, after its queue's
 * own turn), then writes the body, so an edit arriving meanwhile is analysed before the body goes
 * out: typing in a 50 KB briefing came back 1–3 ms later over stdio than over node IPC (p50 / p95).
 * The promise still resolves only once the frame is flushed, which `latestPublications` relies on.
 */
export class FrameWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0

  constructor(private readonly stream: NodeJS.WritableStream) {
    super()
    stream.on('error', (error: Error) => this.fireError(error))
    stream.on('close', () => this.fireClose())
  }

  write(message: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => {
        this.fireError(error, message, ++this.errors)
        reject(error)
      }
      let json: string
      try {
        json = JSON.stringify(message)
      } catch (error) {
        // A message that is not JSON (a BigInt, a cycle) fails alone, as a write does, and the next is sent.
        return failed(error as Error)
      }
      // Encoded once, then the header put before it: measuring a long string's UTF-8 length costs about as much as
      // encoding it (curly quotes in messages make a 1 MB briefing's diagnostics a two-byte string), and
      // writing header and body as one string copied the body first.
      const body = Buffer.from(json, 'utf8')
      this.stream.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]), (error) => (error ? failed(error) : resolve()))
    })
  }

  end() {
    this.stream.end()
  }
}
