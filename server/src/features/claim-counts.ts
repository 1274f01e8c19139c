import {analyseClaims} from '../engine/claims/analyse.js'
import type {Briefing} from '../engine/model.js'
import type {ClaimCounts} from '../../../shared/protocol.js'

/** "12 claims · 3 unsourced · 1 vague", for the status bar. */
export function claimCounts(briefing: Briefing): ClaimCounts {
  const {claims, unsourced, vague} = analyseClaims(briefing).counts
  return {claims, unsourced, vague}
}
