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
  const claims = byStart(units.filter((unit) => unit.claim))
  for (const citation of briefing.citations) {
    const source = byKey.get(citation.key) ?? byKey.set(citation.key, {key: citation.key, claims: []}).get(citation.key)!
    const claim = citingClaim(claims, citation.groupSpan, briefing.text)
    const listed = claim ? entry(claim.span, claim.text) : entry(citation.groupSpan, briefing.text.slice(citation.groupSpan.start, citation.groupSpan.end))
    if (!source.claims.some((known) => known.range.start.line === listed.range.start.line && known.range.start.character === listed.range.start.character)) source.claims.push(listed)
  }
  return [...byKey.values()]
}

/** Units by where they start; a sentence comes before the asides inside it. */
function byStart(units: ClaimUnit[]): ClaimUnit[] {
  return [...units].sort((a, b) => a.span.start - b.span.start)
}

/** The index of the last unit that starts at or before `offset` in units sorted by start; -1 when none does. */
function lastStartingBy(units: ClaimUnit[], offset: number): number {
  let low = 0
  let high = units.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (units[middle]!.span.start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/**
 * The claim a citation belongs to: the innermost one holding it (an aside lies inside its sentence),
 * or the one it directly follows ("...an hour. [@izvestia]"). Only the units up to the sentence that
 * starts last before the citation can hold it or end right before it.
 */
function citingClaim(claims: ClaimUnit[], group: Span, text: string): ClaimUnit | undefined {
  let holding: ClaimUnit | undefined
  let before: ClaimUnit | undefined
  for (let index = lastStartingBy(claims, group.start); index >= 0; index--) {
    const unit = claims[index]!
    if (group.start < unit.span.end) {
      if (!holding || unit.span.end - unit.span.start < holding.span.end - holding.span.start) holding = unit
    } else if (!before && /^\s*$/.test(text.slice(unit.span.end, group.start))) before = unit
    if (!unit.aside) break
  }
  return holding ?? before
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
  // Sections in document order and claims by start: walked together.
  let started = -1
  for (const unit of flagged) {
    while (started + 1 < flat.length && flat[started + 1]!.span.start <= unit.span.start) started++
    // The innermost section: the last one, in document order, that holds the claim.
    let holder = started
    while (holder >= 0 && unit.span.start >= flat[holder]!.span.end) holder--
    const section = holder >= 0 ? flat[holder] : undefined
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
  const sentences = byStart(units.filter((unit) => !unit.aside))
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
    const candidate = sentences[lastStartingBy(sentences, mention.span.start)]
    const sentence = candidate && mention.span.end <= candidate.span.end ? candidate : undefined
    person.mentions.push({...entry(sentence?.span ?? mention.span, sentence?.text ?? mention.surface), range: entry(mention.span, '').range})
  }
  return [...found.values()]
}
