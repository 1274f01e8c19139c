import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {EntityIndex} from '../entities/entity-index.js'
import {addEntryEdit, overrideFields, personFields} from '../workspace/entity-files.js'
import {COMMANDS} from '../../../shared/protocol.js'

/** The workspace entity file entries are added to, and its text (undefined: it does not exist yet). */
export interface EntityFileTarget {
  path: string
  text: string | undefined
}

/**
 * Quick fixes that write the workspace entity list, `.brieflint/entities.yaml` (created when
 * missing), through an edit the user applies: "Add to the workspace entity list" for
 * unknown-person, and "Record ... in the workspace entity list" for entity-as-of, which copies the
 * bundled entry, dated, for the desk to confirm or change.
 */
export function addPersonActions(target: EntityFileTarget, document: TextDocument, diagnostics: Diagnostic[], index?: EntityIndex, date?: string): CodeAction[] {
  // A JSON list would need JSON edits; the quick fixes only write YAML.
  if (target.path.endsWith('.json')) return []
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.code === 'unknown-person') {
      // A name broken across lines ("Barbara\nWoodward") is one name with one space.
      const name = document.getText(diagnostic.range).replace(/\s+/g, ' ').trim()
      const action = entityFileAction(target, `Add “${name}” to the workspace entity list`, diagnostic, personFields(name))
      if (action) actions.push(action)
    } else if (diagnostic.code === 'entity-as-of' && index && date) {
      const entityId = (diagnostic.data as {entityId?: string} | undefined)?.entityId
      const entity = entityId ? index.entities.get(entityId) : undefined
      if (!entity) continue
      const action = entityFileAction(target, `Record ${entity.name}'s posts as of ${date} in the workspace entity list`, diagnostic, overrideFields(entity, date, index.checked.get(entity.id)))
      if (action) actions.push(action)
    }
  }
  return actions
}

/** The action, which then opens the entity file at the new entry; undefined when the file cannot be edited safely. */
function entityFileAction(target: EntityFileTarget, title: string, diagnostic: Diagnostic, fields: (indent: string) => string): CodeAction | undefined {
  const found = addEntryEdit(fields, target.text)
  if (!found) return undefined
  const {offset, length, text, entryOffset} = found
  const file = TextDocument.create(pathToFileURL(target.path).href, 'yaml', 0, target.text ?? '')
  const range = {start: file.positionAt(offset), end: file.positionAt(offset + length)}
  const edit: TextDocumentEdit = {textDocument: {uri: file.uri, version: null}, edits: [{range, newText: text}]}
  const create: CreateFile = {kind: 'create', uri: file.uri, options: {ignoreIfExists: true}}
  const entry = TextDocument.applyEdits(file, [{range, newText: text}])
  const position = TextDocument.create(file.uri, 'yaml', 1, entry).positionAt(entryOffset)
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {documentChanges: target.text === undefined ? [create, edit] : [edit]},
    command: {title: 'Show the new entry', command: COMMANDS.showEntry, arguments: [file.uri, position]}
  }
}
