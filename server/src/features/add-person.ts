import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {EntityIndex} from '../entities/entity-index.js'
import {addEntryEdit, overrideFields, personFields} from '../workspace/entity-files.js'

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
      const name = document.getText(diagnostic.range)
      actions.push(entityFileAction(target, `Add “${name}” to the workspace entity list`, diagnostic, personFields(name)))
    } else if (diagnostic.code === 'entity-as-of' && index && date) {
      const entityId = (diagnostic.data as {entityId?: string} | undefined)?.entityId
      const entity = entityId ? index.entities.get(entityId) : undefined
      if (!entity) continue
      actions.push(entityFileAction(target, `Record ${entity.name}'s posts as of ${date} in the workspace entity list`, diagnostic, overrideFields(entity, date, index.checked.get(entity.id))))
    }
  }
  return actions
}

function entityFileAction(target: EntityFileTarget, title: string, diagnostic: Diagnostic, fields: (indent: string) => string): CodeAction {
  const {offset, length, text} = addEntryEdit(fields, target.text)
  const file = TextDocument.create(pathToFileURL(target.path).href, 'yaml', 0, target.text ?? '')
  const range = {start: file.positionAt(offset), end: file.positionAt(offset + length)}
  const edit: TextDocumentEdit = {textDocument: {uri: file.uri, version: null}, edits: [{range, newText: text}]}
  const create: CreateFile = {kind: 'create', uri: file.uri, options: {ignoreIfExists: true}}
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: {documentChanges: target.text === undefined ? [create, edit] : [edit]}}
}
