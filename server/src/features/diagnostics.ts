import {DiagnosticSeverity, DiagnosticTag, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {BrieflintMessage} from '../engine/rule.js'
import type {Span} from '../engine/model.js'

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
    range: {start: document.positionAt(message.place.start.offset), end: document.positionAt(message.place.end.offset)},
    severity: SEVERITY[message.severity],
    source: 'brieflint',
    message: message.reason,
    code: message.ruleId
  }
  const entityId = typeof message.data?.entityId === 'string' ? message.data.entityId : undefined
  if (message.expected || entityId) diagnostic.data = {...(message.expected ? {expected: message.expected} : {}), ...(entityId ? {entityId} : {})} satisfies DiagnosticData
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.ruleId === 'unused-source') diagnostic.tags = [DiagnosticTag.Unnecessary]
  return diagnostic
}

/** A problem in a configuration or entity file, where it is. */
export interface FileProblem {
  span: Span
  message: string
  severity: 'error' | 'warning'
}

/** Diagnostics for Brieflint's own data files, under one code per kind of file. */
export function fileDiagnostics(problems: FileProblem[], document: TextDocument, code: string, consequence: string): Diagnostic[] {
  return problems.map((problem) => ({
    range: {start: document.positionAt(problem.span.start), end: document.positionAt(problem.span.end)},
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'brieflint',
    code,
    message: `${problem.message} ${consequence}`
  }))
}
