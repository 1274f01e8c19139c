import assert from 'node:assert/strict'
import {after, before, describe, it} from 'node:test'
import type {CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, Location} from 'vscode-languageserver-protocol'
import {BRIEFING, TASS_CHARACTER, TASS_LINE} from '../helpers/fixtures.js'
import {LspClient} from '../helpers/lsp.js'

const uri = 'file:///workspace/istanbul.brief.md'

describe('language server over stdio', () => {
  let client: LspClient
  before(async () => {
    client = await LspClient.start()
    await client.open(uri, BRIEFING)
  })
  after(() => client.stop())

  it('reports an undefined citation key at its exact range, with a rule code and docs link', async () => {
    const diagnostics = await client.diagnostics(uri)
    const unknown = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-source')
    assert.equal(unknown.length, 1)
    assert.deepEqual(unknown[0]!.range, {start: {line: TASS_LINE, character: TASS_CHARACTER}, end: {line: TASS_LINE, character: TASS_CHARACTER + 4}})
    assert.equal(unknown[0]!.source, 'brieflint')
    assert.match(unknown[0]!.codeDescription!.href, /rules\.md#unknown-source$/)
    assert.equal(unknown[0]!.severity, 1)
  })

  it('shows the source title, publisher and link when hovering a citation', async () => {
    const line = BRIEFING.split('\n')[16]!
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: 16, character: line.indexOf('@izvestia') + 3}})
    const value = (hover.contents as {value: string}).value
    assert.match(value, /Oncoming traffic: the third round of negotiations has ended/)
    assert.match(value, /Izvestia, 2025-07-23/)
    assert.match(value, /https:\/\/iz\.ru\/example/)
  })

  it('says so when hovering a citation whose source is missing', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: TASS_LINE, character: TASS_CHARACTER + 1}})
    assert.match((hover.contents as {value: string}).value, /`tass` is not defined/)
  })

  it('shows how a claim is sourced when hovering its prose', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: 16, character: 4}})
    assert.equal((hover.contents as {value: string}).value, '**Claim** · Cited.')
  })

  it('returns no hover on a heading', async () => {
    assert.equal(await client.request('textDocument/hover', {textDocument: {uri}, position: {line: 14, character: 5}}), null)
  })

  it('goes from a citation to its key in the front matter', async () => {
    const line = BRIEFING.split('\n')[21]!
    const locations = await client.request<Location[]>('textDocument/definition', {textDocument: {uri}, position: {line: 21, character: line.indexOf('izvestia')}})
    assert.deepEqual(locations, [{uri, range: {start: {line: 4, character: 2}, end: {line: 4, character: 10}}}])
  })

  it('finds every citation of a source from its definition', async () => {
    const locations = await client.request<Location[]>('textDocument/references', {textDocument: {uri}, position: {line: 4, character: 4}, context: {includeDeclaration: false}})
    assert.deepEqual(locations.map((location) => location.range.start.line), [16, 21])
  })

  it('outlines the front matter sources and the sections as a tree', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri}})
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Front matter', 'Istanbul talks, third round'])
    assert.deepEqual(symbols[0]!.children!.map((symbol) => symbol.name), ['@izvestia', '@peskov-0723'])
    assert.deepEqual(symbols[1]!.children!.map((symbol) => symbol.name), ['What was said', 'Delegations'])
    assert.deepEqual(symbols[1]!.children![0]!.range, {start: {line: 14, character: 0}, end: {line: 19, character: 0}})
  })

  it('folds the front matter and each section', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri}})
    const spans = ranges.map((range) => `${range.startLine}-${range.endLine}`)
    assert.ok(spans.includes('0-10'), `front matter fold missing in ${spans}`)
    assert.ok(spans.includes('14-17'), `section fold missing in ${spans}`)
  })

  it('completes source keys after [@', async () => {
    const typing = 'file:///workspace/typing.brief.md'
    const text = `${BRIEFING}\nA new claim [@`
    await client.open(typing, text)
    const lines = text.split('\n')
    const items = await client.request<CompletionItem[]>('textDocument/completion', {textDocument: {uri: typing}, position: {line: lines.length - 1, character: lines.at(-1)!.length}})
    assert.deepEqual(items.map((item) => item.label), ['izvestia', 'peskov-0723'])
    assert.equal(items[0]!.detail, 'Oncoming traffic: the third round of negotiations has ended')
  })

  it('offers the closest key and a disable comment as quick fixes', async () => {
    const misspeltUri = 'file:///workspace/misspelt.brief.md'
    await client.open(misspeltUri, BRIEFING.replace('[@izvestia, p. 2]', '[@izvestya, p. 2]'))
    const diagnostics = await client.diagnostics(misspeltUri)
    const misspelt = diagnostics.find((diagnostic) => String(diagnostic.message).includes('`izvestya`'))!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: misspeltUri}, range: misspelt.range, context: {diagnostics: [misspelt]}})
    assert.deepEqual(actions.map((action) => action.title), ['Change to `izvestia`', 'Disable unknown-source for this line'])
    assert.deepEqual(actions[0]!.edit!.changes![misspeltUri], [{range: misspelt.range, newText: 'izvestia'}])
    assert.deepEqual(actions[1]!.edit!.changes![misspeltUri], [{range: {start: {line: 21, character: 0}, end: {line: 21, character: 0}}, newText: '<!-- brieflint-disable-next-line unknown-source -->\n'}])
  })
})
