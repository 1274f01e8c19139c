import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {LspClient} from '../helpers/lsp.js'

const uri = 'file:///workspace/stalled.brief.md'
// A thousand unsourced claims: each publication is about 300 KB, more than the pipe to the client holds.
const TEXT = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\n' + Array.from({length: 1000}, (_, index) => `Delegation ${index} met for ${index + 2} hours.\n`).join('\n')
const END = {line: TEXT.split('\n').length - 1, character: 0}
/**
 * A notification the server ignores, larger than the pipe to it: once it is written, the server has
 * read most of it, over many turns of its event loop, so it has analysed the edit sent before it.
 * This paces the edits by the server's own progress, not by a clock.
 */
const FILLER = 'x'.repeat(1_000_000)

describe('a client that stops reading the server\'s output', () => {
  it('is sent only the latest diagnostics of a document once it reads again, not every version edited meanwhile', async () => {
    const client = await LspClient.start({pull: false})
    try {
      await client.open(uri, TEXT)
      await client.waitForPublished(uri, (params) => params.version === 1)
      client.process.stdout.pause()
      const last = 25
      for (let version = 2; version <= last; version++) {
        await client.change(uri, version, [{range: {start: END, end: END}, text: '\n'}])
        await client.connection.sendNotification('$/filler', {text: FILLER})
      }
      // The last edit's analysis may still be running after its filler on a loaded machine (CI once saw 2, 23, 24, 25):
      // more filler lets it finish, paced the same way, so what is published after reading again is only the latest.
      for (let extra = 0; extra < 3; extra++) await client.connection.sendNotification('$/filler', {text: FILLER})
      client.process.stdout.resume()
      await client.waitForPublished(uri, (params) => params.version === last)
      // Everything the server sent before this answer has arrived.
      await client.roundTrip()
      const versions = client.published.filter((params) => params.uri === uri && params.version !== 1).map((params) => params.version)
      // At most: one that filled the pipe, one being written when the client stopped reading, and the latest.
      assert.ok(versions.length <= 3, `${versions.length} publications: ${versions.join(', ')}`)
      assert.equal(versions.at(-1), last)
    } finally {
      await client.stop()
    }
  })
})
