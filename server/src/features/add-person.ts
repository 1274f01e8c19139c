import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit, type CreateFile} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {EntityIndex} from '../entities/entity-index.js'
import {addEntryEdit, overrideFields, personFields, WORKSPACE_ENTITY_FILES} from '../workspace/entity-files.js'

/**
 * Quick fixes that write the workspace entity list, `.brieflint/entities.yaml` (created when
 * missing), through an edit the user applies: "Add to the workspace entity list" for
 * unknown-person, and "Record ... in the workspace entity list" for entity-as-of, which copies the
 * bundled entry, dated, for the desk to confirm or change.
 */
export function addPersonActions(folder: string, document: TextDocument, diagnostics: Diagnostic[], index?: EntityIndex, date?: string): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.code === 'unknown-person') {
      const name = document.getText(diagnostic.range)
      const action = entityFileAction(folder, `Add “${name}” to the workspace entity list`, diagnostic, personFields(name))
      if (action) actions.push(action)
    } else if (diagnostic.code === 'entity-as-of' && index && date) {
      const entityId = (diagnostic.data as {entityId?: string} | undefined)?.entityId
      const entity = entityId ? index.entities.get(entityId) : undefined
      if (!entity) continue
      const action = entityFileAction(folder, `Record ${entity.name}'s posts as of ${date} in the workspace entity list`, diagnostic, overrideFields(entity, date, index.checked.get(entity.id)))
      if (action) actions.push(action)
    }
  }
  return actions
}

function entityFileAction(folder: string, title: string, diagnostic: Diagnostic, fields: (indent: string) => string): CodeAction | undefined {
  const existingPath = WORKSPACE_ENTITY_FILES.map((file) => join(folder, file)).find((path) => existsSync(path))
  const path = existingPath ?? join(folder, WORKSPACE_ENTITY_FILES[0]!)
  if (path.endsWith('.json')) return undefined
  const existing = existingPath ? readFileSync(existingPath, 'utf8') : undefined
  const {offset, length, text} = addEntryEdit(fields, existing)
  const target = TextDocument.create(pathToFileURL(path).href, 'yaml', 0, existing ?? '')
  const range = {start: target.positionAt(offset), end: target.positionAt(offset + length)}
  const edit: TextDocumentEdit = {textDocument: {uri: target.uri, version: null}, edits: [{range, newText: text}]}
  const create: CreateFile = {kind: 'create', uri: target.uri, options: {ignoreIfExists: true}}
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: {documentChanges: existing === undefined ? [create, edit] : [edit]}}
}
