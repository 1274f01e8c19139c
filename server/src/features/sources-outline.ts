import type {TextDocument} from 'vscode-languageserver-textdocument'
import {analyseClaims, type ClaimUnit} from '../engine/claims/analyse.js'
import type {Briefing, Section, Span} from '../engine/model.js'
import type {BrieflintMessage} from '../engine/rule.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {briefingDate, findMentions} from '../entities/mentions.js'
import type {OutlineEntry, OutlinePerson, OutlineSection, OutlineSource, SourcesOutline} from '../../../shared/protocol.js'
import {reportedClaims} from './claim-counts.js'
import {toRange} from './hover.js'

/**
 * The Sources view of a briefing: each source with the claims citing it, the unsourced and vague
 * claims by section (those the Problems panel lists), and the people mentioned, each with where.
 */
export function sourcesOutline(briefing: Briefing, document: TextDocument, index: EntityIndex, messages: readonly BrieflintMessage[]): SourcesOutline {
  const units = analyseClaims(briefing).units
  const entry = (span: Span, text: string): OutlineEntry => ({text: text.replace(/\s+/g, ' ').trim(), range: toRange(document, span)})
  return {sources: sources(briefing, units, entry), sections: sections(briefing, messages, entry), people: people(briefing, index, units, entry)}
}

type Entry = (span: Span, text: string) => OutlineEntry

function sources(briefing: Briefing, units: ClaimUnit[], entry: Entry): OutlineSource[] {
  const byKey = new Map<string, OutlineSource>()
  for (const source of briefing.sources) {
    if (byKey.has(source.key)) continue
    const description = [source.title, source.publisher, source.date].filter(Boolean).join(', ')
    byKey.set(source.key, {key: source.key, ...(description ? {description} : {}), range: entry(source.span, '').range, claims: []})
  }
  const claims = units.filter((unit) => unit.claim)
  for (const citation of briefing.citations) {
    const source = byKey.get(citation.key) ?? byKey.set(citation.key, {key: citation.key, claims: []}).get(citation.key)!
    const claim = citingClaim(claims, citation.groupSpan, briefing.text)
    const listed = claim ? entry(claim.span, claim.text) : entry(citation.groupSpan, briefing.text.slice(citation.groupSpan.start, citation.groupSpan.end))
    if (!source.claims.some((known) => known.range.start.line === listed.range.start.line && known.range.start.character === listed.range.start.character)) source.claims.push(listed)
  }
  return [...byKey.values()]
}

/** The claim a citation belongs to: the one holding it, or the one it directly follows ("...an hour. [@izvestia]"). */
function citingClaim(claims: ClaimUnit[], group: Span, text: string): ClaimUnit | undefined {
  const holding = claims.filter((unit) => unit.span.start <= group.start && group.start < unit.span.end)
  // An aside lies inside its sentence: the innermost unit holds the citation.
  if (holding.length > 0) return holding.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0]
  return claims.findLast((unit) => unit.span.end <= group.start && /^\s*$/.test(text.slice(unit.span.end, group.start)))
}

function sections(briefing: Briefing, messages: readonly BrieflintMessage[], entry: Entry): OutlineSection[] {
  const {unsourced, vague} = reportedClaims(briefing, messages)
  const reasons = new Map(messages.filter((message) => message.ruleId === 'unsourced-claim' || message.ruleId === 'vague-attribution').map((message) => [message.place.start.offset, message.reason]))
  const flagged = [...unsourced, ...vague].sort((a, b) => a.span.start - b.span.start)
  const flat: Section[] = []
  const visit = (section: Section) => {
    flat.push(section)
    section.children.forEach(visit)
  }
  briefing.sections.forEach(visit)
  const grouped: OutlineSection[] = []
  let current: {section: Section | undefined; outline: OutlineSection} | undefined
  for (const unit of flagged) {
    // The innermost section: the last one, in document order, that holds the claim.
    const section = flat.findLast((candidate) => candidate.span.start <= unit.span.start && unit.span.start < candidate.span.end)
    if (!current || current.section !== section) {
      const title = section?.title ?? 'Before the first heading'
      current = {section, outline: {title, ...(section ? {range: entry(section.headingSpan, '').range} : {}), claims: []}}
      grouped.push(current.outline)
    }
    current.outline.claims.push({...entry(unit.span, unit.text), attribution: unit.attribution === 'vague' ? 'vague' : 'unsourced', message: reasons.get(unit.span.start) ?? ''})
  }
  return grouped
}

function people(briefing: Briefing, index: EntityIndex, units: ClaimUnit[], entry: Entry): OutlinePerson[] {
  const date = briefingDate(briefing)
  const found = new Map<string, OutlinePerson>()
  for (const mention of findMentions(briefing, index)) {
    const entity = mention.entityId ? index.entities.get(mention.entityId) : undefined
    if (entity?.kind !== 'person') continue
    let person = found.get(entity.id)
    if (!person) {
      const role = index.rolesOn(entity, date)[0]
      const description = role ? index.roleTitle(role) : entity.description
      person = {name: entity.name, ...(description ? {description} : {}), mentions: []}
      found.set(entity.id, person)
    }
    // Each mention is listed with the sentence it is in, which says more than the name alone.
    const sentence = units.filter((unit) => !unit.aside && unit.span.start <= mention.span.start && mention.span.end <= unit.span.end)[0]
    person.mentions.push({...entry(sentence?.span ?? mention.span, sentence?.text ?? mention.surface), range: entry(mention.span, '').range})
  }
  return [...found.values()]
}
