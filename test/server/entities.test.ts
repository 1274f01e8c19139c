import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {tempFolder} from '../helpers/temp.js'
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CodeAction,
  type DocumentHighlight,
  type Hover,
  type Location,
  type SemanticTokens,
  type TextDocumentEdit,
  type WorkspaceSymbol
} from 'vscode-languageserver-protocol'
import {stringify} from 'yaml'
import {parseEntityFile} from '../../server/src/entities/load.js'
import {FIXTURE_LIST} from '../helpers/entities.js'
import {fileUri, LspClient} from '../helpers/lsp.js'

const BRIEFING = `---
title: Istanbul talks
date: 2025-07-24
---

# Delegations

Turkish Foreign Minister Hakan Fidan hosted the talks in Kiev.
Ukrainian Defence Minister Rustem Umerov led Ukraine's delegation. Umerov spoke first.
Fomin joined the delegation. Deputy head Taras Hrytsenko said little.
`
const lines = BRIEFING.split('\n')
const at = (line: number, text: string) => ({line, character: lines[line]!.indexOf(text) + 1})

describe('entities over the protocol', () => {
  let client: LspClient
  let folder: string
  let uri: string
  before(async () => {
    folder = tempFolder('entities')
    mkdirSync(join(folder, '.brieflint'))
    // The workspace's own list: the seed's hard cases, overriding any bundled entries by id.
    writeFileSync(join(folder, '.brieflint/entities.yaml'), stringify(FIXTURE_LIST))
    writeFileSync(join(folder, 'other.brief.md'), '---\ntitle: Other\ndate: 2025-07-24\n---\n\nRustem Umerov arrived.\n')
    uri = fileUri(join(folder, 'talks.brief.md'))
    writeFileSync(join(folder, 'talks.brief.md'), BRIEFING)
    client = await LspClient.start({workspaceFolder: folder})
    await client.open(uri, BRIEFING)
  })
  after(() => client.stop())

  it('reports a variant spelling, an ambiguous surname, a stale title and an unknown person', async () => {
    const diagnostics = (await client.diagnostics(uri)).filter((item) => ['entity-alias', 'ambiguous-entity', 'stale-role', 'unknown-person'].includes(String(item.code)))
    assert.deepEqual(diagnostics.map((item) => [item.code, item.range.start.line, lines[item.range.start.line]!.slice(item.range.start.character, item.range.end.character)]), [
      ['entity-alias', 7, 'Kiev'],
      ['stale-role', 8, 'Ukrainian Defence Minister'],
      ['ambiguous-entity', 9, 'Fomin'],
      ['unknown-person', 9, 'Taras Hrytsenko']
    ])
  })

  it('shows the entity card with the role held on the briefing date and earlier roles', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: at(8, 'Umerov spoke')})
    const value = (hover.contents as {value: string}).value
    assert.match(value, /^\*\*Rustem Umerov\*\* · person/)
    assert.match(value, /On 2025-07-24: Secretary of the National Security and Defense Council of Ukraine since 2025-07-17/)
    assert.match(value, /Other roles: Minister of Defence of Ukraine \(2023-09-06 – 2025-07-17\)/)
  })

  it('shows the named person\'s card, with the post, on a title written before the name', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: at(7, 'Turkish Foreign')})
    const value = (hover.contents as {value: string}).value
    assert.match(value, /^\*\*Minister of Foreign Affairs of Turkey\*\*, written as the title of Hakan Fidan\./)
    assert.match(value, /\*\*Hakan Fidan\*\* · person/)
    assert.doesNotMatch(value, /no single holder/)
  })

  it('says how old the list\'s knowledge is for a briefing dated after the entry was checked, and offers to record the posts', async () => {
    const later = fileUri(join(folder, 'later.brief.md'))
    const text = '---\ntitle: Later\ndate: 2031-03-02\n---\n\nRussian Foreign Minister Sergey Lavrov spoke in Geneva. Lavrov left.\n'
    await client.open(later, text)
    const diagnostics = (await client.diagnostics(later)).filter((item) => item.code === 'entity-as-of')
    assert.equal(diagnostics.length, 1)
    assert.match(String(diagnostics[0]!.message), /knows Sergey Lavrov's posts only to \d{4}-\d{2}-\d{2}: check that the title still applied on 2031-03-02/)
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri: later}, position: {line: 5, character: 35}})
    assert.match((hover.contents as {value: string}).value, /Minister of Foreign Affairs of Russia since 2004-03-09 — held as of \d{4}-\d{2}-\d{2}, when this entry was checked; the list does not know about 2031-03-02\./)
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: later}, range: diagnostics[0]!.range, context: {diagnostics}})
    const record = actions.find((action) => action.title === 'Record Sergey Lavrov\'s posts as of 2031-03-02 in the workspace entity list')!
    const [edit] = record.edit!.documentChanges as TextDocumentEdit[]
    assert.equal(edit!.textDocument.uri, fileUri(join(folder, '.brieflint/entities.yaml')))
    const entry = (edit!.edits[0] as {newText: string}).newText
    assert.match(entry, /- id: sergey-lavrov\n {4}kind: person\n {4}name: "Sergey Lavrov"\n {4}country: RU\n/)
    assert.match(entry, /checked: 2031-03-02\n {4}roles:\n {6}- \{post: "ru-foreign-minister", from: "2004-03-09"/)
    assert.match(entry, /# - \{post: post-id, from: 2031-03-02, source: "decree or URL"\}/)
    const current = readFileSync(join(folder, '.brieflint/entities.yaml'), 'utf8')
    assert.doesNotMatch(current, /lavrov/)
    // Applied, the entry is a valid override: the file still validates and now holds Lavrov, dated.
    const range = edit!.edits[0]!.range
    const lines = current.split('\n')
    const offset = lines.slice(0, range.start.line).reduce((sum, line) => sum + line.length + 1, 0) + range.start.character
    const applied = parseEntityFile('entities.yaml', current.slice(0, offset) + entry + current.slice(offset))
    assert.deepEqual(applied.problems, [])
    assert.equal(applied.file.entities!.find((entity) => entity.id === 'sergey-lavrov')?.checked, '2031-03-02')
  })

  it('goes to the entity\'s entry in the workspace file', async () => {
    const [location] = await client.request<Location[]>('textDocument/definition', {textDocument: {uri}, position: at(7, 'Hakan Fidan')})
    assert.equal(location!.uri, fileUri(join(folder, '.brieflint/entities.yaml')))
    const entityLines = readFileSync(join(folder, '.brieflint/entities.yaml'), 'utf8').split('\n')
    assert.match(entityLines[location!.range.start.line]!, /id: hakan-fidan/)
  })

  it('goes to a bundled entity\'s entry as a read-only brieflint-bundled: document, not the installed file', async () => {
    const bundled = fileUri(join(folder, 'lavrov.brief.md'))
    await client.open(bundled, '---\ntitle: Geneva\ndate: 2025-07-24\n---\n\nSergey Lavrov spoke in Geneva.\n')
    const [location] = await client.request<Location[]>('textDocument/definition', {textDocument: {uri: bundled}, position: {line: 5, character: 3}})
    assert.equal(location!.uri, 'brieflint-bundled:/core.yaml')
    const entryLines = readFileSync(join(import.meta.dirname, '../../server/data/entities/core.yaml'), 'utf8').split('\n')
    assert.match(entryLines[location!.range.start.line]!.slice(location!.range.start.character), /^sergey-lavrov/)
  })

  it('finds references in every briefing of the workspace', async () => {
    const locations = await client.request<Location[]>('textDocument/references', {textDocument: {uri}, position: at(8, 'Rustem Umerov'), context: {includeDeclaration: false}})
    assert.deepEqual(locations.map((location) => `${location.uri.split('/').pop()}:${location.range.start.line}`).sort(), ['other.brief.md:5', 'talks.brief.md:8', 'talks.brief.md:8'])
  })

  it('highlights every mention of the same person in the document', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {textDocument: {uri}, position: at(8, 'Umerov spoke')})
    assert.equal(highlights.length, 2)
  })

  it('marks people, places and titles with semantic tokens', async () => {
    const {data} = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {textDocument: {uri}})
    const tokens: [number, number, number, number][] = []
    let line = 0
    let character = 0
    for (let index = 0; index < data.length; index += 5) {
      line += data[index]!
      character = data[index]! === 0 ? character + data[index + 1]! : data[index + 1]!
      tokens.push([line, character, data[index + 2]!, data[index + 3]!])
    }
    const text = tokens.map(([tokenLine, start, length, type]) => `${['person', 'organization', 'place', 'role'][type]}:${lines[tokenLine]!.slice(start, start + length)}`)
    assert.deepEqual(text.slice(0, 4), ['role:Turkish Foreign Minister', 'person:Hakan Fidan', 'place:Kiev', 'role:Ukrainian Defence Minister'])
  })

  it('lists linked names with who they are, for the Markdown preview', async () => {
    const names = await client.request<{surface: string; title: string}[]>('brieflint/linkedNames', {uri})
    assert.deepEqual(names.find((name) => name.surface === 'Hakan Fidan'), {surface: 'Hakan Fidan', title: 'Hakan Fidan, Minister of Foreign Affairs of Turkey'})
  })

  it('lists entities as workspace symbols', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'fomin'})
    assert.deepEqual(symbols.map((symbol) => symbol.name).sort(), ['Alexander Fomin', 'Andrei Fomin'])
  })

  it('offers to add an unknown person to the workspace entity file, and does not write it itself', async () => {
    const diagnostic = (await client.diagnostics(uri)).find((item) => item.code === 'unknown-person')!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
    const add = actions.find((action) => action.title === 'Add “Taras Hrytsenko” to the workspace entity list')!
    const [edit] = add.edit!.documentChanges as TextDocumentEdit[]
    assert.equal(edit!.textDocument.uri, fileUri(join(folder, '.brieflint/entities.yaml')))
    assert.match((edit!.edits[0] as {newText: string}).newText, /- id: taras-hrytsenko\n {4}kind: person\n {4}name: "Taras Hrytsenko"\n/)
    assert.doesNotMatch(readFileSync(join(folder, '.brieflint/entities.yaml'), 'utf8'), /taras/)
  })

  it('reports problems inside a broken entity file where they are, and keeps linting', async () => {
    const entityUri = fileUri(join(folder, '.brieflint/entities.yaml'))
    await client.open(entityUri, 'entities:\n  - id: Not An Id\n    kind: person\n    name: Someone\n', 'yaml')
    const problems = await client.diagnostics(entityUri)
    assert.equal(problems[0]!.code, 'entity-file')
    assert.equal(problems[0]!.range.start.line, 1)
    assert.ok((await client.diagnostics(uri)).some((item) => item.code === 'entity-alias'))
  })
})

describe('a workspace entity file changed on disk', () => {
  it('is read again, without a restart', async () => {
    const folder = tempFolder('entities-reload')
    mkdirSync(join(folder, '.brieflint'))
    writeFileSync(join(folder, '.brieflint/entities.yaml'), stringify(FIXTURE_LIST))
    const client = await LspClient.start({workspaceFolder: folder})
    try {
      const uri = fileUri(join(folder, 'talks.brief.md'))
      await client.open(uri, BRIEFING)
      assert.ok((await client.diagnostics(uri)).some((item) => item.code === 'unknown-person'))
      writeFileSync(join(folder, '.brieflint/entities.yaml'), stringify({entities: [...FIXTURE_LIST.entities!, {id: 'taras-hrytsenko', kind: 'person', name: 'Taras Hrytsenko'}], posts: FIXTURE_LIST.posts}))
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: fileUri(join(folder, '.brieflint/entities.yaml')), type: FileChangeType.Changed}]})
      assert.ok(!(await client.diagnostics(uri)).some((item) => item.code === 'unknown-person'))
    } finally {
      await client.stop()
    }
  })
})
