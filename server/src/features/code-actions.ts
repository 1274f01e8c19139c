import {CodeActionKind, type CodeAction, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import type {DiagnosticData} from './diagnostics.js'
import {addCitationAction} from './claims.js'
import {disableNextLineEdit} from './disable-comment.js'

export function codeActions(briefing: Briefing, document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  const disabled = new Set<string>()
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'brieflint' || typeof diagnostic.code !== 'string') continue
    const ruleId = diagnostic.code
    for (const replacement of (diagnostic.data as DiagnosticData | undefined)?.expected ?? []) {
      actions.push({
        title: `Change to \`${replacement}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
      })
    }
    if (ruleId === 'unsourced-claim' || ruleId === 'vague-attribution') {
      const action = addCitationAction(briefing, document, diagnostic)
      if (action) actions.push(action)
    }
    const line = diagnostic.range.start.line
    if (disabled.has(`${ruleId}:${line}`)) continue
    disabled.add(`${ruleId}:${line}`)
    const edit = disableNextLineEdit(briefing, document, line, ruleId)
    if (edit) {
      actions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [edit]}}
      })
    }
  }
  return actions
}
