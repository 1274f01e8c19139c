import assert from 'node:assert/strict'
import {after, before, describe, it} from 'node:test'
import type {Hover} from 'vscode-languageserver-protocol'
import {LspClient} from '../helpers/lsp.js'

const HEADER = '---\ntitle: Robustness\ndate: 2025-07-24\nsources:\n  izvestia: {title: Izvestia}\n---\n'

describe('language server on hostile input', () => {
  let client: LspClient
  let count = 0
  const open = async (text: string) => {
    const uri = `file:///workspace/hostile-${++count}.brief.md`
    await client.open(uri, text)
    return uri
  }
  before(async () => {
    client = await LspClient.start()
  })
  after(() => client.stop())

  it('answers for an empty file with a front-matter diagnostic, not an error', async () => {
    const diagnostics = await client.diagnostics(await open(''))
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['front-matter'])
  })

  it('reports invalid YAML inside the front matter where it is', async () => {
    const diagnostics = await client.diagnostics(await open('---\ntitle: [unclosed\ndate: 2025-07-24\n---\n\nText.\n'))
    assert.equal(diagnostics.length, 1)
    assert.equal(diagnostics[0]!.code, 'front-matter')
    assert.match(String(diagnostics[0]!.message), /^Invalid YAML in front matter/)
    assert.ok(diagnostics[0]!.range.start.line >= 1 && diagnostics[0]!.range.start.line <= 3)
  })

  it('points at the opening fence of front matter that is never closed', async () => {
    const diagnostics = (await client.diagnostics(await open('---\ntitle: Unclosed\ndate: 2025-07-24\n\n# Heading\n'))).filter((item) => item.code === 'front-matter')
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [
      ['front-matter', {start: {line: 0, character: 0}, end: {line: 0, character: 3}}]
    ])
  })

  it('keeps ranges right with CRLF line endings', async () => {
    const text = `${HEADER}\nA claim [@missing].\n`.replaceAll('\n', '\r\n')
    const [diagnostic] = (await client.diagnostics(await open(text))).filter((item) => item.code === 'unknown-source')
    assert.deepEqual(diagnostic!.range, {start: {line: 7, character: 10}, end: {line: 7, character: 17}})
  })

  it('keeps ranges right after a byte order mark', async () => {
    const diagnostics = await client.diagnostics(await open(`\uFEFF${HEADER}\nA claim [@missing].\n`))
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code).sort(), ['unknown-source', 'unused-source'])
    const unused = diagnostics.find((diagnostic) => diagnostic.code === 'unused-source')!
    assert.deepEqual(unused.range, {start: {line: 4, character: 2}, end: {line: 4, character: 10}})
  })

  it('counts UTF-16 code units after emoji and other astral characters', async () => {
    const diagnostics = await client.diagnostics(await open(`${HEADER}\n🇺🇦🇷🇺 𝒜 talks [@missing] [@izvestia].\n`))
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-source')!
    // Two flags (8 code units), a space, a mathematical script A (2), " talks [@" (9).
    assert.deepEqual(unknown.range, {start: {line: 7, character: 20}, end: {line: 7, character: 27}})
  })

  it('survives NUL bytes and lone surrogates', async () => {
    const diagnostics = await client.diagnostics(await open(`${HEADER}\nA claim\u0000 with \uD800 bytes [@nowhere].\n`))
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-source'))
  })

  it('lints a 5 MB briefing and keeps answering', async () => {
    const paragraph = 'The delegations met for under an hour at the palace and agreed to exchange prisoners [@izvestia].\n\n'
    const text = HEADER + '\n# Archive\n\n' + paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))
    const diagnostics = await client.diagnostics(await open(text))
    assert.deepEqual(diagnostics, [])
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri: `file:///workspace/hostile-${count}.brief.md`}, position: {line: 9, character: paragraph.indexOf('@izvestia') + 2}})
    assert.match((hover.contents as {value: string}).value, /Izvestia/)
  })

  it('is still up after all of the above', () => {
    assert.ok(client.alive, client.stderr)
  })
})
