import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {addPersonEdit} from '../workspace/entity-files.js'

/** The workspace entity file a person is added to, and its text (undefined: it does not exist yet). */
export interface EntityFileTarget {
  path: string
  text: string | undefined
}

/**
 * "Add to the workspace entity list" for unknown-person reports: a workspace edit on the folder's
 * `.brieflint/entities.yaml` (created when missing), applied only if the user picks it.
 */
export function addPersonActions(target: EntityFileTarget, document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  // A JSON list would need JSON edits; the quick fix only writes YAML.
  if (target.path.endsWith('.json')) return []
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'unknown-person') continue
    const name = document.getText(diagnostic.range)
    const {offset, length, text} = addPersonEdit(name, target.text)
    const file = TextDocument.create(pathToFileURL(target.path).href, 'yaml', 0, target.text ?? '')
    const range = {start: file.positionAt(offset), end: file.positionAt(offset + length)}
    const edit: TextDocumentEdit = {textDocument: {uri: file.uri, version: null}, edits: [{range, newText: text}]}
    const create: CreateFile = {kind: 'create', uri: file.uri, options: {ignoreIfExists: true}}
    actions.push({
      title: `Add “${name}” to the workspace entity list`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {documentChanges: target.text === undefined ? [create, edit] : [edit]}
    })
  }
  return actions
}
