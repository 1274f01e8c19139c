import assert from 'node:assert/strict'
import {after, before, describe, it} from 'node:test'
import type {CodeAction, CodeLens, Hover} from 'vscode-languageserver-protocol'
import type {SourcesOutline} from '../../shared/protocol.js'
import {LspClient} from '../helpers/lsp.js'

const uri = 'file:///workspace/claims.brief.md'
const TEXT = `---
title: Istanbul talks
date: 2025-07-24
sources:
  izvestia: {title: Izvestia report}
---

At a press conference, Medinsky stated the following:

- Russia has offered to exchange at least 1,200 more prisoners of war.
- Kiev will consider the proposal.

The talks lasted just under an hour.

Sources say the next round will be in August.
`
const lines = TEXT.split('\n')

describe('claims over the protocol', () => {
  let client: LspClient
  before(async () => {
    client = await LspClient.start()
    await client.open(uri, TEXT)
  })
  after(() => client.stop())

  it('reports the unsourced claim and the vague one, and nothing the speaker said', async () => {
    const diagnostics = (await client.diagnostics(uri)).filter((item) => item.code !== 'entity-alias')
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.severity]), [
      ['unused-source', 4, 2],
      ['unsourced-claim', 12, 2],
      ['vague-attribution', 14, 3]
    ])
  })

  it('explains in a hover who a list item is attributed to, and through which line', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: 9, character: 10}})
    assert.equal((hover.contents as {value: string}).value, '**Claim** · Attributed to Medinsky, by the list introduced on line 8.')
  })

  it('offers "Add citation" to an editor that applies snippets: a citation before the full stop, its key a choice of the sources', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((item) => item.code === 'unsourced-claim')
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic!.range, context: {diagnostics: [diagnostic]}})
    const add = actions.find((action) => action.title === 'Add citation')!
    const character = lines[12]!.length - 1
    assert.deepEqual(add.edit!.documentChanges, [{textDocument: {uri, version: 1}, edits: [{range: {start: {line: 12, character}, end: {line: 12, character}}, snippet: {kind: 'snippet', value: ' [@${1|izvestia|}]'}}]}])
    assert.ok(actions.some((action) => action.title === 'Disable unsourced-claim for this line'))
  })

  it('puts claim counts on each section heading', async () => {
    const sections = 'file:///workspace/sections.brief.md'
    await client.open(sections, `${TEXT}\n## Reactions\n\nPeskov said the talks were useful.\n\nThe talks ended at noon.\n`)
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {textDocument: {uri: sections}})
    assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command!.title]), [[16, '2 claims · 1 unsourced']])
  })

  it('counts claims for the status bar', async () => {
    assert.deepEqual(await client.request('brieflint/claimCounts', {uri}), {claims: 5, unsourced: 1, vague: 1})
  })

  it('outlines the briefing for the Sources view: the uncited source, then the flagged claims by section', async () => {
    const outline = await client.request<SourcesOutline>('brieflint/sourcesOutline', {uri})
    assert.deepEqual(outline.sources.map((source) => [source.key, source.range?.start.line, source.claims.length]), [['izvestia', 4, 0]])
    assert.deepEqual(outline.sections.map((section) => [section.title, section.range, section.claims.map((claim) => [claim.attribution, claim.range.start.line, claim.text])]), [
      ['Before the first heading', undefined, [['unsourced', 12, 'The talks lasted just under an hour.'], ['vague', 14, 'Sources say the next round will be in August.']]]
    ])
    assert.equal(await client.request('brieflint/sourcesOutline', {uri: 'file:///workspace/closed.brief.md'}), null)
  })

  it('offers no "Add citation" to an editor that does not apply snippet edits, rather than leave an empty [@]', async () => {
    const plain = await LspClient.start({snippetEdits: false})
    try {
      await plain.open(uri, TEXT)
      const diagnostic = (await plain.diagnostics(uri)).find((item) => item.code === 'unsourced-claim')
      const actions = await plain.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic!.range, context: {diagnostics: [diagnostic]}})
      assert.deepEqual(actions.map((action) => action.title), ['Disable unsourced-claim for this line'])
    } finally {
      await plain.stop()
    }
  })
})
