import {analyseClaims, type ClaimUnit} from '../engine/claims/analyse.js'
import type {Briefing} from '../engine/model.js'
import type {BrieflintMessage} from '../engine/rule.js'
import type {ClaimCounts} from '../../../shared/protocol.js'

export interface ReportedClaims {
  claims: ClaimUnit[]
  unsourced: ClaimUnit[]
  vague: ClaimUnit[]
}

/**
 * Every claim, and the unsourced and vague ones whose report stands: a report silenced by a control
 * comment, or a rule turned off, is not counted, so the counts agree with the Problems panel.
 */
export function reportedClaims(briefing: Briefing, messages: readonly BrieflintMessage[]): ReportedClaims {
  const reportedAt = (ruleId: string) => new Set(messages.filter((message) => message.ruleId === ruleId).map((message) => message.place.start.offset))
  const unsourced = reportedAt('unsourced-claim')
  const vague = reportedAt('vague-attribution')
  const claims = analyseClaims(briefing).units.filter((unit) => unit.claim)
  return {
    claims,
    unsourced: claims.filter((unit) => unit.attribution === 'unsourced' && unsourced.has(unit.span.start)),
    vague: claims.filter((unit) => unit.attribution === 'vague' && vague.has(unit.span.start))
  }
}

/** "12 claims · 3 unsourced · 1 vague", for the status bar. */
export function claimCounts(briefing: Briefing, messages: readonly BrieflintMessage[]): ClaimCounts {
  const {claims, unsourced, vague} = reportedClaims(briefing, messages)
  return {claims: claims.length, unsourced: unsourced.length, vague: vague.length}
}

/** "1 claim", "12 claims". */
export function claimsLabel(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`
}
