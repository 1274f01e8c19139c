import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {after, before, describe, it} from 'node:test'
import fc from 'fast-check'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {LspClient} from '../helpers/lsp.js'

const example = readFileSync(resolve(import.meta.dirname, '../../examples/istanbul-talks.brief.md'), 'utf8')
const runs = Number(process.env.FUZZ_RUNS ?? 12)
const seed = Number(process.env.FUZZ_SEED ?? 20251124)

/** Random edits as an editor sends them: a range in the current text replaced by a few characters. */
const edits = fc.array(
  fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), length: fc.nat(40), text: fc.constantFrom('', 'x', '\n', ' [@tass]', 'Kiev', '\r\n', '🇺🇦', '> ', '- ', '---\n', '"')}),
  {minLength: 1, maxLength: 15}
)

describe('incremental document sync', () => {
  let client: LspClient
  before(async () => {
    client = await LspClient.start()
  })
  after(() => client.stop())

  it('after any sequence of incremental edits, diagnostics equal those of a fresh open of the final text', async () => {
    let round = 0
    await fc.assert(
      fc.asyncProperty(edits, async (sequence) => {
        round++
        const uri = `file:///workspace/edited-${round}.brief.md`
        let document = TextDocument.create(uri, 'briefing', 1, example)
        await client.open(uri, example)
        for (const [index, edit] of sequence.entries()) {
          const text = document.getText()
          const start = Math.floor(edit.at * text.length)
          const range = {start: document.positionAt(start), end: document.positionAt(Math.min(text.length, start + edit.length))}
          document = TextDocument.update(document, [{range, text: edit.text}], index + 2)
          await client.change(uri, index + 2, [{range, text: edit.text}])
        }
        const edited = await client.diagnostics(uri)
        const fresh = `file:///workspace/fresh-${round}.brief.md`
        await client.open(fresh, document.getText())
        assert.deepEqual(edited, await client.diagnostics(fresh))
      }),
      {numRuns: runs, seed}
    )
    assert.ok(client.alive)
  })
})
