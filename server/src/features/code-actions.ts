import {CodeActionKind, type CodeAction, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'
import {ANALYSIS_CODE} from '../engine/rule.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {briefingDate} from '../entities/mentions.js'
import {addPersonActions, type EntityFileTarget} from './add-person.js'
import {addCitationAction} from './claims.js'
import type {DiagnosticData} from './diagnostics.js'
import {disableLineEdits} from './disable-comment.js'
import {removeSourceAction} from './remove-source.js'

/**
 * Quick fixes for the diagnostics in the request: adding an unknown person, or recording a person's
 * posts as of the briefing's date, in the workspace's entity file (when the briefing is in a
 * workspace folder), the rules' expected replacements, "Add citation" (as a snippet, where the
 * editor applies snippet edits), removing an uncited source, and a disable comment for the line.
 */
export function codeActions(briefing: Briefing, document: TextDocument, diagnostics: Diagnostic[], entityFile: EntityFileTarget | undefined, index?: EntityIndex, {snippetEdits = false} = {}): CodeAction[] {
  const actions: CodeAction[] = entityFile ? addPersonActions(entityFile, document, diagnostics, index, briefingDate(briefing)) : []
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
    if (snippetEdits && (ruleId === 'unsourced-claim' || ruleId === 'vague-attribution')) {
      const action = addCitationAction(briefing, document, diagnostic)
      if (action) actions.push(action)
    }
    if (ruleId === 'unused-source') {
      const action = removeSourceAction(briefing, document, diagnostic)
      if (action) actions.push(action)
    }
    const line = diagnostic.range.start.line
    // What Brieflint could not read is not a rule's report: the comment would land in or next to the unread text, and the notice should stay.
    if (ruleId === ANALYSIS_CODE || disabled.has(`${ruleId}:${line}`)) continue
    disabled.add(`${ruleId}:${line}`)
    const edits = disableLineEdits(briefing, document, line, ruleId)
    if (edits) {
      actions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: edits}}
      })
    }
  }
  return actions
}
