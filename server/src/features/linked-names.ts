import type {Briefing} from '../engine/model.js'
import type {EntityIndex} from '../entities/entity-index.js'
import {briefingDate, findMentions} from '../entities/mentions.js'
import type {LinkedName} from '../../../shared/protocol.js'

/** The names linked in a briefing, once each, with who they are on its date: the preview's tooltips. */
export function linkedNames(briefing: Briefing, index: EntityIndex): LinkedName[] {
  const date = briefingDate(briefing)
  const seen = new Map<string, string>()
  for (const mention of findMentions(briefing, index)) {
    const entity = mention.entityId ? index.entities.get(mention.entityId) : undefined
    if (!entity || seen.has(mention.surface)) continue
    const role = index.rolesOn(entity, date)[0]
    seen.set(mention.surface, `${entity.name}${role ? `, ${index.roleTitle(role)}` : entity.description ? `: ${entity.description}` : ''}`)
  }
  return [...seen].map(([surface, title]) => ({surface, title}))
}
