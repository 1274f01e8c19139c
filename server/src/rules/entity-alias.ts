import {findMentions} from '../entities/mentions.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule<{preferred: Record<string, string>}>({
  id: 'entity-alias',
  severity: 'info',
  sample: '`Kiev` where the list prefers `Kyiv`',
  summary: 'A name spelt in a variant form (transliteration or older spelling) of the preferred one.',
  description:
    'Names should be spelt one way throughout a briefing and across a desk. The preferred spelling is the entity\'s `name` in ' +
    'the entity list; set another with the rule option `preferred`, mapping entity ids to spellings, e.g. ' +
    '`{"entity-alias": {"severity": "info", "preferred": {"kyiv": "Kiev"}}}`. Acronyms and names in other scripts are not reported.',
  options: {
    preferred: {type: 'object', additionalProperties: {type: 'string'}, default: {}, description: 'The spelling to prefer for an entity, by entity id, over its `name` in the entity list.'}
  },
  examples: [
    {title: 'Preferred spellings', text: HEADER + 'The delegation arrived from Kyiv on Wednesday, Zelenskyy\'s office said.\n', reports: []},
    {
      title: 'Variant spellings',
      text: HEADER + 'The delegation arrived from Kiev on Wednesday, Zelensky\'s office said.\n',
      reports: [
        '6:29-6:33: “Kiev” is a variant spelling of Kyiv: write “Kyiv”.',
        '6:48-6:56: “Zelensky” is a variant spelling of Volodymyr Zelenskyy: write “Zelenskyy”.'
      ]
    }
  ],
  check({briefing, entities, options, report}) {
    if (!entities) return
    const preferred = options.preferred
    for (const mention of findMentions(briefing, entities)) {
      const entity = mention.entityId ? entities.entities.get(mention.entityId) : undefined
      if (!entity || mention.form === 'role' || mention.form === 'given') continue
      const full = preferred[entity.id] ?? entity.name
      const wanted = mention.form === 'surname' ? full.split(/\s+/).at(-1)! : full
      const written = mention.surface.replace(/\s+/g, ' ')
      if (!entities.isVariantSpelling(written, wanted)) continue
      report({span: mention.span, reason: `“${written}” is a variant spelling of ${full}: write “${wanted}”.`, expected: [wanted]})
    }
  }
})
