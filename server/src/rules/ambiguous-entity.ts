import {findMentions} from '../entities/mentions.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule({
  id: 'ambiguous-entity',
  severity: 'warning',
  sample: '`Fomin` with no full name before it, when two Fomins are known',
  summary: 'A name that fits several people or places in the entity list, with nothing earlier in the section to decide.',
  description:
    'A surname alone is read as the person last named in full before it. When nobody was, and two entities share the name ' +
    '(Alexander Fomin of the Russian defence ministry, Andrei Fomin of the Ukrainian General Staff), readers cannot tell who is ' +
    'meant. The quick fixes write each candidate\'s full name.',
  examples: [
    {title: 'Decided by the full name before it', text: HEADER + 'Deputy Defence Minister Alexander Fomin joined the talks. Fomin left early.\n', reports: []},
    {
      title: 'Two Fomins and no full name',
      text: HEADER + 'Fomin joined the delegation on Wednesday.\n',
      reports: ['6:1-6:6: “Fomin” could be Alexander Fomin or Andrei Fomin: write the full name.']
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    for (const mention of findMentions(briefing, entities)) {
      if (!mention.candidates || mention.candidates.length < 2) continue
      const names = mention.candidates.map((id) => entities.entities.get(id)!.name).sort()
      const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
      report({span: mention.span, reason: `“${mention.surface}” could be ${list}: write the full name.`, expected: names})
    }
  }
})
