import {briefingDate, findMentions} from '../entities/mentions.js'
import {defineRule} from '../engine/rule.js'

export default defineRule({
  id: 'entity-as-of',
  severity: 'info',
  sample: '`NSDC Secretary Rustem Umerov` in a briefing dated after the list last checked his posts',
  summary: 'A title for a person whose entry in the entity list was checked before the briefing\'s date.',
  description:
    'A bundled list is always older than the news. Each entity file (and each entry where it differs) records when its facts ' +
    'were last checked; for a briefing dated later, Brieflint cannot confirm that a title still applies, and says so once per ' +
    'person instead of staying silent. The quick fix copies the entry into the workspace\'s `.brieflint/entities.yaml`, dated, ' +
    'with a `source` to fill, so the desk records the change (or confirms the post) for everyone. Workspace entries without a ' +
    '`checked` date are taken as current.',
  examples: [
    {
      title: 'A briefing within the list\'s date',
      text: '---\ntitle: Delegation\ndate: 2025-06-02\n---\n\nKremlin spokesman Dmitry Peskov declined to comment.\n',
      reports: []
    },
    {
      title: 'A briefing dated after the entry was checked',
      text: '---\ntitle: Delegation\ndate: 2030-03-02\n---\n\nKremlin spokesman Dmitry Peskov declined to comment. Peskov later added more.\n',
      reports: ['6:19-6:32: The entity list knows Dmitry Peskov\'s posts only to 2025-07-31: check that the title still applied on 2030-03-02, and record any change in .brieflint/entities.yaml.']
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    const date = briefingDate(briefing)
    if (!date) return
    const reported = new Set<string>()
    for (const mention of findMentions(briefing, entities)) {
      // A title the briefing gives a person, or an office the list resolved to its holder.
      const target = mention.titles?.entityId ? mention.titles : mention.form === 'role' && mention.entityId ? mention : undefined
      const entityId = target?.entityId
      if (!target || !entityId || reported.has(entityId)) continue
      const checked = entities.checked.get(entityId)
      if (!checked || date <= checked) continue
      reported.add(entityId)
      const name = entities.entities.get(entityId)!.name
      report({
        span: target.span,
        reason: `The entity list knows ${name}'s posts only to ${checked}: check that the title still applied on ${date}, and record any change in .brieflint/entities.yaml.`,
        data: {entityId, checked}
      })
    }
  }
})
