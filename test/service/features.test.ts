import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'
import type {CodeAction, Diagnostic, TextDocumentEdit, TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {stringify} from 'yaml'
import {FIXTURE_LIST} from '../helpers/entities.js'
import {BRIEFING, TASS_CHARACTER, TASS_LINE} from '../helpers/fixtures.js'
import {never, startService, uriOf} from '../helpers/service.js'

const lines = BRIEFING.split('\n')
const at = (line: number, text: string, offset = 1) => ({line, character: lines[line]!.indexOf(text) + offset})

const PEOPLE = `---
title: Istanbul talks
date: 2025-07-24
---

# Delegations

Turkish Foreign Minister Hakan Fidan hosted the talks in Kiev.
Ukrainian Defence Minister Rustem Umerov led Ukraine's delegation. Umerov spoke first.
Fomin joined the delegation. Deputy head Taras Hrytsenko said little.
`
const people = PEOPLE.split('\n')
const inPeople = (line: number, text: string) => ({line, character: people[line]!.indexOf(text) + 1})

/** A desk's workspace: its own entity list (the seed's hard cases) and a second briefing on disk. */
function desk(entityFile = stringify(FIXTURE_LIST)) {
  const test = startService({
    folders: ['/desk'],
    files: {'/desk/.brieflint/entities.yaml': entityFile, '/desk/other.brief.md': '---\ntitle: Other\ndate: 2025-07-24\n---\n\nRustem Umerov arrived.\n'}
  })
  return {...test, uri: test.open(uriOf('/desk/talks.brief.md'), PEOPLE)}
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'briefing', 1, text), edits)
}

async function actionsFor(test: ReturnType<typeof startService>, uri: string, code: string, about = ''): Promise<{diagnostic: Diagnostic; actions: CodeAction[]}> {
  const diagnostic = (await test.diagnostics(uri)).find((item) => item.code === code && String(item.message).includes(about))!
  return {diagnostic, actions: await test.service.codeActions(uri, [diagnostic], never)}
}

describe('sources and citations', () => {
  const test = startService()
  const uri = test.open('file:///workspace/istanbul.brief.md', BRIEFING)

  it('shows a citation\'s source, and says when it is missing', async () => {
    const found = await test.service.hover(uri, at(16, '@izvestia', 3), never)
    assert.match((found!.contents as {value: string}).value, /Oncoming traffic: the third round of negotiations has ended\*\*\n\nIzvestia, 2025-07-23\n\n<https:\/\/iz\.ru\/example>/)
    const missing = await test.service.hover(uri, {line: TASS_LINE, character: TASS_CHARACTER + 1}, never)
    assert.match((missing!.contents as {value: string}).value, /`tass` is not defined/)
  })

  it('goes from a citation to its key in the front matter, and finds every citation of a source', async () => {
    assert.deepEqual(await test.service.definition(uri, at(21, 'izvestia', 0), never), [{uri, range: {start: {line: 4, character: 2}, end: {line: 4, character: 10}}}])
    const citations = await test.service.references(uri, {line: 4, character: 4}, false, never)
    assert.deepEqual(citations.map((location) => location.range.start.line), [16, 21])
    const withDefinition = await test.service.references(uri, {line: 4, character: 4}, true, never)
    assert.deepEqual(withDefinition.map((location) => location.range.start.line), [4, 16, 21])
  })

  it('outlines the sources and sections, and folds them', async () => {
    const symbols = await test.service.documentSymbols(uri, never)
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children!.map((child) => child.name)]), [
      ['Front matter', ['@izvestia', '@peskov-0723']],
      ['Istanbul talks, third round', ['What was said', 'Delegations']]
    ])
    const folds = (await test.service.foldingRanges(uri, never)).map((range) => `${range.startLine}-${range.endLine}`)
    assert.ok(folds.includes('0-10') && folds.includes('14-17'), folds.join(' '))
  })

  it('completes source keys inside a citation, and names elsewhere', async () => {
    const typing = test.open('file:///workspace/typing.brief.md', `${BRIEFING}\nA new claim [@iz`)
    const last = BRIEFING.split('\n').length
    const keys = await test.service.completions(typing, {line: last, character: 16}, never)
    assert.deepEqual(keys.map((item) => [item.label, item.detail]), [['izvestia', 'Oncoming traffic: the third round of negotiations has ended'], ['peskov-0723', "Peskov's remarks to reporters"]])
    const naming = test.open('file:///workspace/naming.brief.md', `${BRIEFING}\nThe talks were hosted by Fida`)
    const names = await test.service.completions(naming, {line: last, character: 29}, never)
    assert.ok(names.some((item) => item.label === 'Hakan Fidan'))
  })

  it('offers the closest key, and a disable comment, as quick fixes', async () => {
    const misspelt = test.open('file:///workspace/misspelt.brief.md', BRIEFING.replace('[@izvestia, p. 2]', '[@izvestya, p. 2]'))
    const {diagnostic, actions} = await actionsFor(test, misspelt, 'unknown-source', '`izvestya`')
    assert.deepEqual(actions.map((action) => action.title), ['Change to `izvestia`', 'Disable unknown-source for this line'])
    assert.deepEqual(actions[0]!.edit!.changes![misspelt], [{range: diagnostic.range, newText: 'izvestia'}])
  })

  it('removes an uncited source\'s entry, whole lines, and leaves an entry in a flow mapping alone', async () => {
    const text = '---\ntitle: Talks\ndate: 2025-07-24\nsources:\n  tass: {title: TASS}\n  ria:\n    title: RIA report\n    date: 2025-07-22\n  izvestia: {title: Izvestia} # the live blog\n---\n\nPeskov spoke [@tass].\n'
    const test = startService()
    const uri = test.open('file:///workspace/sources.brief.md', text)
    const fixed = await Promise.all(['ria', 'izvestia'].map(async (key) => {
      const {actions} = await actionsFor(test, uri, 'unused-source', `\`${key}\``)
      const remove = actions.find((action) => action.title === `Remove the source \`${key}\``)!
      assert.notEqual(remove.isPreferred, true, 'auto fix must not delete a source')
      return applyEdits(text, remove.edit!.changes![uri]!)
    }))
    assert.equal(fixed[0], text.replace('  ria:\n    title: RIA report\n    date: 2025-07-22\n', ''))
    assert.equal(fixed[1], text.replace('  izvestia: {title: Izvestia} # the live blog\n', ''))
    const flow = test.open('file:///workspace/flow.brief.md', '---\ntitle: Talks\ndate: 2025-07-24\nsources: {tass: {title: TASS}, ria: {title: RIA}}\n---\n\nPeskov spoke [@tass].\n')
    const {actions} = await actionsFor(test, flow, 'unused-source')
    assert.ok(!actions.some((action) => action.title.startsWith('Remove')))
  })

  it('writes a relative month, day or year as the date it means', async () => {
    const text = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nThis month the talks moved to Istanbul; they resumed yesterday and may end by next year. Last year\'s talks failed.\n'
    const test = startService()
    const uri = test.open('file:///workspace/dates.brief.md', text)
    const fixes = await Promise.all(['This month', 'yesterday', 'next year', 'Last year'].map(async (phrase) => {
      const {actions} = await actionsFor(test, uri, 'relative-date', `“${phrase}”`)
      return actions.filter((action) => action.title.startsWith('Change to')).map((action) => action.title)
    }))
    // A possessive needs rewording, not a date dropped in.
    assert.deepEqual(fixes, [['Change to `In July 2025`'], ['Change to `on 23 July 2025`'], ['Change to `2026`'], []])
  })

  it('answers nothing for a document it does not have, or a request already cancelled', async () => {
    assert.equal(await test.service.hover('file:///workspace/closed.brief.md', {line: 0, character: 0}, never), null)
    const {CancellationTokenSource} = await import('vscode-languageserver')
    const cancelled = new CancellationTokenSource()
    cancelled.cancel()
    assert.deepEqual(await test.service.documentSymbols(uri, cancelled.token), [])
  })
})

describe('claims', () => {
  const TEXT = `---
title: Istanbul talks
date: 2025-07-24
sources:
  izvestia: {title: Izvestia report}
---

## Results

At a press conference, Medinsky stated the following [@izvestia]:

- Russia has offered to exchange at least 1,200 more prisoners of war.

The talks lasted just under an hour.

Sources say the next round will be in August.
`

  it('counts claims for the status bar and each section, and offers "Add citation"', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/claims.brief.md', TEXT)
    assert.deepEqual(await test.service.claimCounts(uri, never), {claims: 4, unsourced: 1, vague: 1})
    assert.deepEqual((await test.service.codeLenses(uri, never)).map((lens) => [lens.range.start.line, lens.command!.title]), [[7, '4 claims · 1 unsourced · 1 vague']])
    const {actions} = await actionsFor(test, uri, 'unsourced-claim')
    const add = actions.find((action) => action.title === 'Add citation')!
    const [edit] = add.edit!.documentChanges as TextDocumentEdit[]
    // A snippet whose key is a choice of the sources, filled in with the first: never an empty `[@]`.
    assert.deepEqual(edit!.edits, [{range: {start: {line: 13, character: 35}, end: {line: 13, character: 35}}, snippet: {kind: 'snippet', value: ' [@${1|izvestia|}]'}}])
  })

  it('offers no "Add citation" to an editor that cannot apply snippets, rather than leave an empty key', async () => {
    const test = startService({snippetEdits: false})
    const uri = test.open('file:///workspace/claims.brief.md', TEXT)
    const {actions} = await actionsFor(test, uri, 'unsourced-claim')
    assert.ok(actions.length > 0)
    assert.ok(!actions.some((action) => action.title === 'Add citation'))
  })

  it('says "1 claim", and counts neither a silenced report nor a rule turned off', async () => {
    const test = startService({settings: {rules: {'vague-attribution': 'off'}}})
    const silenced = TEXT.replace('The talks lasted', '<!-- brieflint-disable-next-line unsourced-claim -->\nThe talks lasted')
    const uri = test.open('file:///workspace/claims.brief.md', silenced)
    assert.deepEqual(await test.service.claimCounts(uri, never), {claims: 4, unsourced: 0, vague: 0})
    const one = test.open('file:///workspace/one.brief.md', '---\ntitle: One\ndate: 2025-07-24\n---\n\n## Results\n\nThe talks lasted just under an hour.\n')
    assert.deepEqual((await test.service.codeLenses(one, never)).map((lens) => lens.command!.title), ['1 claim · 1 unsourced'])
  })

  it('counts nothing for a file that is not a briefing', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/notes.md', TEXT, 'markdown')
    assert.equal(await test.service.claimCounts(uri, never), null)
  })
})

describe('entities', () => {
  it('shows the card of a person with the role held on the briefing date', async () => {
    const {service, uri} = desk()
    const found = await service.hover(uri, inPeople(8, 'Umerov spoke'), never)
    assert.match((found!.contents as {value: string}).value, /^\*\*Rustem Umerov\*\* · person[\s\S]*On 2025-07-24: Secretary of the National Security and Defense Council of Ukraine/)
  })

  it('goes to the entry in the workspace\'s entity file, read once for every request', async () => {
    const test = desk()
    const [location] = await test.service.definition(test.uri, inPeople(7, 'Hakan Fidan'), never)
    assert.equal(location!.uri, uriOf('/desk/.brieflint/entities.yaml'))
    const entityLines = test.workspace.files.get('/desk/.brieflint/entities.yaml')!.text.split('\n')
    assert.match(entityLines[location!.range.start.line]!, /id: hakan-fidan/)
    await test.service.definition(test.uri, inPeople(8, 'Rustem Umerov'), never)
    await test.service.workspaceSymbols('fomin', never)
    assert.equal(test.workspace.reads.filter((path) => path === '/desk/.brieflint/entities.yaml').length, 2, 'once for the list, once as a document')
  })

  it('finds a person\'s mentions in every briefing of the workspace, open or not, and the entry with the declaration', async () => {
    const {service, uri} = desk()
    const locations = await service.references(uri, inPeople(8, 'Rustem Umerov'), false, never)
    assert.deepEqual(locations.map((location) => `${location.uri.split('/').pop()}:${location.range.start.line}`).sort(), ['other.brief.md:5', 'talks.brief.md:8', 'talks.brief.md:8'])
    const withEntry = await service.references(uri, inPeople(8, 'Rustem Umerov'), true, never)
    assert.equal(withEntry[0]!.uri, uriOf('/desk/.brieflint/entities.yaml'))
  })

  it('highlights every mention of the same person, and marks names and titles with semantic tokens', async () => {
    const {service, uri} = desk()
    assert.equal((await service.documentHighlights(uri, inPeople(8, 'Umerov spoke'), never)).length, 2)
    const data = await service.semanticTokens(uri, never)
    const first = data.slice(0, 5)
    assert.deepEqual(first, [7, 0, 'Turkish Foreign Minister'.length, 3, 0])
  })

  it('lists linked names with who they are, for the preview', async () => {
    const {service, uri} = desk()
    const names = await service.linkedNames(uri, never)
    assert.deepEqual(names.find((name) => name.surface === 'Hakan Fidan'), {surface: 'Hakan Fidan', title: 'Hakan Fidan, Minister of Foreign Affairs of Turkey'})
  })

  it('lists entities as workspace symbols, each once', async () => {
    const {service} = desk()
    const symbols = await service.workspaceSymbols('fomin', never)
    assert.deepEqual(symbols.map((symbol) => symbol.name).sort(), ['Alexander Fomin', 'Andrei Fomin'])
  })

  it('adds an unknown person to the existing entity file, under `entities:`, without writing it', async () => {
    const test = desk()
    const {actions} = await actionsFor(test, test.uri, 'unknown-person')
    const add = actions.find((action) => action.title === 'Add “Taras Hrytsenko” to the workspace entity list')!
    const [edit] = add.edit!.documentChanges as TextDocumentEdit[]
    assert.equal(edit!.textDocument.uri, uriOf('/desk/.brieflint/entities.yaml'))
    assert.match((edit!.edits[0] as {newText: string}).newText, /- id: taras-hrytsenko\n {4}kind: person\n {4}name: "Taras Hrytsenko"\n/)
    assert.doesNotMatch(test.workspace.files.get('/desk/.brieflint/entities.yaml')!.text, /taras/)
  })

  it('creates the entity file when the folder has none, and offers nothing for a JSON list', async () => {
    const bare = startService({folders: ['/desk']})
    const uri = bare.open(uriOf('/desk/talks.brief.md'), PEOPLE)
    const {actions} = await actionsFor(bare, uri, 'unknown-person')
    const changes = actions[0]!.edit!.documentChanges!
    assert.deepEqual(changes[0], {kind: 'create', uri: uriOf('/desk/.brieflint/entities.yaml'), options: {ignoreIfExists: true}})

    const json = startService({folders: ['/desk'], files: {'/desk/.brieflint/entities.json': '{"entities": []}'}})
    const jsonUri = json.open(uriOf('/desk/talks.brief.md'), PEOPLE)
    const offered = await actionsFor(json, jsonUri, 'unknown-person')
    assert.ok(!offered.actions.some((action) => action.title.startsWith('Add “')))
  })

  it('goes to a bundled entry as a read-only document, not the installed extension\'s file', async () => {
    const test = startService({folders: ['/desk']})
    const uri = test.open(uriOf('/desk/peskov.brief.md'), '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nDmitry Peskov spoke to reporters.\n')
    const [location] = await test.service.definition(uri, {line: 5, character: 3}, never)
    assert.equal(location!.uri, 'brieflint-bundled:/core.yaml')
    const bundled = readFileSync(resolve(import.meta.dirname, '../../server/data/entities/core.yaml'), 'utf8').split('\n')
    assert.match(bundled[location!.range.start.line]!, /id: dmitry-peskov/)
    const [symbol] = await test.service.workspaceSymbols('Dmitry Peskov', never)
    assert.equal((symbol!.location as {uri: string}).uri, 'brieflint-bundled:/core.yaml')
  })

  it('names a speaker once when the subject runs two names together', async () => {
    const test = startService()
    const uri = test.open('file:///workspace/moscow.brief.md', '---\ntitle: Talks\ndate: 2025-07-24\n---\n\nIn Moscow Russia said the talks would continue.\n\nDmitry Peskov said the talks would continue.\n')
    const hoverAt = async (line: number) => ((await test.service.hover(uri, {line, character: 30}, never))!.contents as {value: string}).value
    assert.equal(await hoverAt(5), '**Claim** · Attributed to Russia.')
    assert.equal(await hoverAt(7), '**Claim** · Attributed to Dmitry Peskov.')
  })

  it('outside any workspace folder, uses the bundled list and offers no entity file', async () => {
    const test = startService({folders: ['/desk']})
    const uri = test.open('untitled:Untitled-1', PEOPLE)
    const {actions} = await actionsFor(test, uri, 'unknown-person')
    assert.ok(!actions.some((action) => action.title.startsWith('Add “')))
  })
})
