import type {CodeLens} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Briefing, Section} from '../engine/model.js'
import type {BrieflintMessage} from '../engine/rule.js'
import {claimsLabel, reportedClaims} from './claim-counts.js'
import {toRange} from './hover.js'

/** "5 claims · 1 unsourced" above each section heading, subsections included, as the Problems panel counts them. */
export function sectionLenses(briefing: Briefing, document: TextDocument, messages: readonly BrieflintMessage[]): CodeLens[] {
  const {claims, unsourced, vague} = reportedClaims(briefing, messages)
  const lenses: CodeLens[] = []
  const visit = (section: Section) => {
    const inside = (unit: {span: {start: number}}) => unit.span.start >= section.span.start && unit.span.start < section.span.end
    const parts = [claimsLabel(claims.filter(inside).length), `${unsourced.filter(inside).length} unsourced`]
    const vagueInside = vague.filter(inside).length
    if (vagueInside > 0) parts.push(`${vagueInside} vague`)
    lenses.push({range: toRange(document, section.headingSpan), command: {title: parts.join(' · '), command: ''}})
    section.children.forEach(visit)
  }
  briefing.sections.forEach(visit)
  return lenses
}
