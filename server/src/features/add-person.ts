import {pathToFileURL} from 'node:url'
import {CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'

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

export function entityId(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/**
 * Where and what to insert to add a person to an entity file: right under `entities:`, indented
 * like the entries already there, so a `posts:` list after it is left alone. Undefined existing
 * text means the file does not exist yet.
 */
export function addPersonEdit(name: string, existing: string | undefined): {offset: number; length: number; text: string} {
  const fields = (indent: string) => `${indent}- id: ${entityId(name)}\n${indent}  kind: person\n${indent}  name: ${JSON.stringify(name)}\n`
  if (existing === undefined) return {offset: 0, length: 0, text: `# Entities this workspace adds to Brieflint's list (docs/entities.md).\nentities:\n${fields('  ')}`}
  const header = /^entities:[ \t]*(?:\[\s*\])?[ \t]*(?:\r?\n|$)/m.exec(existing)
  if (!header) {
    const separator = existing.length > 0 && !existing.endsWith('\n') ? '\n' : ''
    return {offset: existing.length, length: 0, text: `${separator}entities:\n${fields('  ')}`}
  }
  if (header[0].includes('[')) return {offset: header.index, length: header[0].length, text: `entities:\n${fields('  ')}`}
  const after = existing.slice(header.index + header[0].length)
  const indent = /^([ \t]*)- /m.exec(after)?.[1] ?? '  '
  const needsBreak = header[0].endsWith('\n') ? '' : '\n'
  return {offset: header.index + header[0].length, length: 0, text: needsBreak + fields(indent)}
}
