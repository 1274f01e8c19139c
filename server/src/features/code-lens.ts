import type {CodeLens} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {analyseClaims} from '../engine/claims/analyse.js'
import type {Briefing, Section} from '../engine/model.js'
import {toRange} from './hover.js'

/** "5 claims · 1 unsourced" above each section heading, subsections included. */
export function sectionLenses(briefing: Briefing, document: TextDocument): CodeLens[] {
  const claims = analyseClaims(briefing).units.filter((unit) => unit.claim)
  const lenses: CodeLens[] = []
  const visit = (section: Section) => {
    const inside = claims.filter((unit) => unit.span.start >= section.span.start && unit.span.start < section.span.end)
    const unsourced = inside.filter((unit) => unit.attribution === 'unsourced').length
    const vague = inside.filter((unit) => unit.attribution === 'vague').length
    const parts = [`${inside.length} ${inside.length === 1 ? 'claim' : 'claims'}`, `${unsourced} unsourced`]
    if (vague > 0) parts.push(`${vague} vague`)
    lenses.push({range: toRange(document, section.headingSpan), command: {title: parts.join(' · '), command: ''}})
    section.children.forEach(visit)
  }
  briefing.sections.forEach(visit)
  return lenses
}
