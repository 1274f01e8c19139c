import {CodeActionKind, type CodeAction, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing} from '../engine/model.js'

/**
 * "Remove the source" for an uncited one: deletes its entry, whole lines, when it has lines of its
 * own under `sources:`. An entry inside a flow mapping (`sources: {a: ..., b: ...}`) gets no fix:
 * cutting it out cleanly means editing the commas around it.
 */
export function removeSourceAction(briefing: Briefing, document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const start = document.offsetAt(diagnostic.range.start)
  const source = briefing.sources.find((item) => item.keySpan.start === start)
  if (!source) return undefined
  const {text} = briefing
  const lineStart = text.lastIndexOf('\n', source.span.start - 1) + 1
  if (!/^[ \t]*$/.test(text.slice(lineStart, source.span.start))) return undefined
  // A block value's span ends after its last line's break.
  const end = source.span.end - (/\r?\n$/.exec(text.slice(source.span.start, source.span.end))?.[0].length ?? 0)
  const lineEnd = text.indexOf('\n', end)
  if (lineEnd === -1 || !/^[ \t]*(?:#.*)?\r?$/.test(text.slice(end, lineEnd))) return undefined
  return {
    title: `Remove the source \`${source.key}\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Not preferred: a source not cited yet is often one about to be, and "auto fix" must not delete it.
    edit: {changes: {[document.uri]: [{range: {start: document.positionAt(lineStart), end: document.positionAt(lineEnd + 1)}, newText: ''}]}}
  }
}
