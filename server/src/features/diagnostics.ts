import {DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {BrieflintMessage} from '../rules/rule.js'

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint
} as const

/** What a quick fix needs, carried on the diagnostic so code actions need not re-lint. */
export interface DiagnosticData {
  expected?: string[]
  /** The entity a report is about, for quick fixes that write its workspace entry. */
  entityId?: string
}

export function toDiagnostic(message: BrieflintMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message, document),
    severity: SEVERITY[message.severity],
    source: 'brieflint',
    message: message.reason,
    code: message.ruleId ?? undefined,
    data: {expected: message.expected ?? undefined, ...(typeof message.data?.entityId === 'string' ? {entityId: message.data.entityId} : {})} satisfies DiagnosticData
  }
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.ruleId === 'unused-source') diagnostic.tags = [DiagnosticTag.Unnecessary]
  return diagnostic
}

export function messageRange(message: BrieflintMessage, document: TextDocument): Range {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    start: document.positionAt(start?.offset ?? 0),
    end: document.positionAt(end?.offset ?? start?.offset ?? 0)
  }
}
