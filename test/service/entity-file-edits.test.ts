import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {CodeAction, TextDocumentEdit, TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {parseEntityFile} from '../../server/src/entities/load.js'
import {never, startService, uriOf} from '../helpers/service.js'

const ENTITY_FILE = '/desk/.brieflint/entities.yaml'
const BRIEFING = '---\ntitle: Talks\ndate: 2025-07-24\n---\n\n# Delegations\n\nDeputy head Taras Hrytsenko said little.\n'
const KEPT = {id: 'maria-kovalenko', kind: 'person', name: 'Maria Kovalenko'}

/** The "Add to the workspace entity list" action for the unknown person in `briefing`, against an entity file holding `existing`. */
async function addAction(existing: string, briefing = BRIEFING): Promise<{action: CodeAction | undefined; edited: () => string}> {
  const test = startService({folders: ['/desk'], files: {[ENTITY_FILE]: existing}})
  const uri = test.open(uriOf('/desk/talks.brief.md'), briefing)
  const diagnostic = (await test.diagnostics(uri)).find((item) => item.code === 'unknown-person')
  assert.ok(diagnostic, 'no unknown-person report')
  const actions = await test.service.codeActions(uri, [diagnostic], never)
  const action = actions.find((candidate) => candidate.title.startsWith('Add “'))
  const edited = () => {
    const [edit] = action!.edit!.documentChanges as TextDocumentEdit[]
    return TextDocument.applyEdits(TextDocument.create(edit!.textDocument.uri, 'yaml', 0, existing), edit!.edits as TextEdit[])
  }
  return {action, edited}
}

/** Applies the action and checks the file: valid, every entry it had still there, the new one added, the comments kept. */
async function addsCleanly(existing: string): Promise<string> {
  const {action, edited} = await addAction(existing)
  assert.ok(action, `no action for:\n${existing}`)
  const text = edited()
  const loaded = parseEntityFile(ENTITY_FILE, text)
  assert.deepEqual(loaded.problems, [], text)
  const ids = (loaded.file.entities ?? []).map((entity) => entity.id)
  assert.deepEqual(ids.sort(), [...(existing.includes(KEPT.id) ? [KEPT.id] : []), 'taras-hrytsenko'].sort(), text)
  for (const comment of existing.match(/#.*$/gm) ?? []) assert.ok(text.includes(comment), `lost ${comment}:\n${text}`)
  return text
}

describe('"Add to the workspace entity list" on entity files of every shape', () => {
  it('keeps a comment after `entities:`, and adds no second `entities:` key', async () => {
    const text = await addsCleanly('# The desk\'s people.\nentities: # checked weekly\n')
    assert.equal(text.match(/^entities:/gm)!.length, 1)
  })

  it('adds to a flow list, `entities: [{...}]`, in its own style', async () => {
    const text = await addsCleanly(`entities: [{id: ${KEPT.id}, kind: person, name: ${KEPT.name}}] # from the desk\n`)
    assert.match(text, /^entities: \[\{id: maria-kovalenko, kind: person, name: Maria Kovalenko\}, \{ ?id: taras-hrytsenko, kind: person, name: Taras Hrytsenko ?\}\] # from the desk\n$/)
  })

  it('adds to a flow list written over several lines, with a trailing comma', async () => {
    await addsCleanly(`entities: [\n  {id: ${KEPT.id}, kind: person, name: ${KEPT.name}},\n]\n`)
  })

  it('replaces an empty value (`~`, `[]`) with a block list, keeping the comment', async () => {
    await addsCleanly('entities: ~ # none yet\n')
    await addsCleanly('entities: []\nposts: [] # offices\n')
  })

  it('adds to a block list at its indentation, before a `posts:` list, with CRLF line endings kept', async () => {
    const text = await addsCleanly(`entities:\r\n# ours\r\n- id: ${KEPT.id}\r\n  kind: person\r\n  name: ${KEPT.name}\r\nposts: []\r\n`)
    assert.doesNotMatch(text.replaceAll('\r\n', ''), /\n/)
  })

  it('offers nothing for a file that is not valid YAML, or whose `entities` is not a list', async () => {
    assert.equal((await addAction('entities: [unclosed\n')).action, undefined)
    assert.equal((await addAction('entities: {taras: 1}\n')).action, undefined)
  })

  it('writes a name broken across lines with one space, and opens the file at the new entry', async () => {
    const existing = `# The desk's people.\nentities:\n  - id: ${KEPT.id}\n    kind: person\n    name: ${KEPT.name}\n`
    const {action, edited} = await addAction(existing, BRIEFING.replace('Taras Hrytsenko', 'Taras\nHrytsenko'))
    assert.equal(action?.title, 'Add “Taras Hrytsenko” to the workspace entity list')
    const text = edited()
    assert.match(text, /- id: taras-hrytsenko\n {4}kind: person\n {4}name: "Taras Hrytsenko"\n/)
    const [uri, position] = action!.command!.arguments as [string, {line: number; character: number}]
    assert.deepEqual([action!.command!.command, uri], ['brieflint.showEntry', uriOf(ENTITY_FILE)])
    assert.match(text.split('\n')[position.line]!.slice(position.character), /^ *- id: taras-hrytsenko$/)
  })
})
