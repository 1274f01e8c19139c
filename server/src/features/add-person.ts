import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit, type CreateFile} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {addPersonEdit, WORKSPACE_ENTITY_FILES} from '../workspace/entity-files.js'

/**
 * "Add to the workspace entity list" for unknown-person reports: a workspace edit on
 * `.brieflint/entities.yaml` (created when missing), applied only if the user picks it.
 */
export function addPersonActions(folder: string, document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'unknown-person') continue
    const name = document.getText(diagnostic.range)
    const existingPath = WORKSPACE_ENTITY_FILES.map((file) => join(folder, file)).find((path) => existsSync(path))
    const path = existingPath ?? join(folder, WORKSPACE_ENTITY_FILES[0]!)
    if (path.endsWith('.json')) continue
    const existing = existingPath ? readFileSync(existingPath, 'utf8') : undefined
    const {offset, length, text} = addPersonEdit(name, existing)
    const target = TextDocument.create(pathToFileURL(path).href, 'yaml', 0, existing ?? '')
    const range = {start: target.positionAt(offset), end: target.positionAt(offset + length)}
    const edit: TextDocumentEdit = {textDocument: {uri: target.uri, version: null}, edits: [{range, newText: text}]}
    const create: CreateFile = {kind: 'create', uri: target.uri, options: {ignoreIfExists: true}}
    actions.push({
      title: `Add “${name}” to the workspace entity list`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {documentChanges: existing === undefined ? [create, edit] : [edit]}
    })
  }
  return actions
}
