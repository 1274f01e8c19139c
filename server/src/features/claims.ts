import {CodeActionKind, type CodeAction, type Diagnostic, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {analyseClaims, type ClaimUnit} from '../engine/claims/analyse.js'
import type {Briefing} from '../engine/model.js'
import {runStart} from '../engine/runs.js'
import {contains, toRange} from './hover.js'

export const ADD_CITATION_COMMAND = 'brieflint.completeCitation'

/** "Attributed to Vladimir Medinsky, by the list introduced on line 12". */
export function describeAttribution(unit: ClaimUnit, document: TextDocument): string {
  const line = (offset: number) => document.positionAt(offset).line + 1
  switch (unit.attribution) {
    case 'cited':
      return unit.speaker ? `Cited, and attributed to ${unit.speaker}.` : 'Cited.'
    case 'attributed':
      return `Attributed to ${unit.speaker}.`
    case 'inherited': {
      const from = unit.inheritance!.from
      const how = {
        list: `by the list introduced on line ${line(from.start)}`,
        quote: `by the quotation introduced on line ${line(from.start)}`,
        quotation: `as part of a quotation whose speaker is named on line ${line(from.start)}`,
        paragraphs: `by the statement introduced on line ${line(from.start)}`,
        pronoun: `continuing the speaker named on line ${line(from.start)}`,
        label: `in the transcript turn labelled on line ${line(from.start)}`,
        credit: `by the credit on line ${line(from.start)}`
      }[unit.inheritance!.by]
      return `Attributed to ${unit.speaker}, ${how}.`
    }
    case 'vague':
      return `Vague attribution: “${unit.cue}” does not name a source.`
    case 'unsourced':
      if (unit.aside) return 'Editorial aside with no source.'
      return unit.quotation ? 'A quotation with no speaker: nobody is named before, in or after it.' : 'No source: no citation, no named speaker, nothing to inherit from.'
    default:
      return ''
  }
}

export function claimHover(briefing: Briefing, document: TextDocument, offset: number): Hover | null {
  const units = analyseClaims(briefing).units.filter((unit) => unit.claim && contains(unit.span, offset))
  // An aside lies inside its sentence: the innermost unit is the one under the cursor.
  const unit = units.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0]
  if (!unit) return null
  const title = unit.aside ? 'Aside' : 'Claim'
  return {contents: {kind: 'markdown', value: `**${title}** · ${describeAttribution(unit, document)}`}, range: toRange(document, unit.span)}
}

/** Inserts `[@]` where a citation belongs (before the closing punctuation) and asks for key completion. */
export function addCitationAction(briefing: Briefing, document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const start = document.offsetAt(diagnostic.range.start)
  const unit = analyseClaims(briefing).units.find((item) => item.span.start === start)
  if (!unit) return undefined
  const end = unit.aside ? (unit.text.endsWith(')') ? unit.text.length - 1 : unit.text.length) : runStart(unit.text, /[.!?…]/, runStart(unit.text, /["”’»)]/))
  const offset = unit.span.start + end
  const position = document.positionAt(offset)
  const cursor = {line: position.line, character: position.character + 3}
  return {
    title: 'Add citation',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {changes: {[document.uri]: [{range: {start: position, end: position}, newText: ' [@]'}]}},
    command: {title: 'Choose a source', command: ADD_CITATION_COMMAND, arguments: [document.uri, cursor]}
  }
}
