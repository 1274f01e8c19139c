import {findMentions} from '../entities/mentions.js'
import {findPersonNames} from '../entities/person-names.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule({
  id: 'unknown-person',
  severity: 'hint',
  sample: '`Deputy Chief of the General Staff Yevhen Novak` when nobody of that name is listed',
  summary: 'A personal name, known as one by its title, an appositive or a reporting verb, that no entity list knows.',
  description:
    'Names in the entity list get hover cards, spelling checks and role checks; a name outside it gets none of these. A name is ' +
    'recognised by its context: a title or honorific before it ("Commerce Secretary ...", "Kharkiv Mayor ...", "Mr ..."), an ' +
    'appositive after it ("..., an adviser to the president"), or a reporting verb ("... said", "according to ..."). Words that ' +
    'name institutions ("Defence Intelligence") are never taken for a name. The quick fix adds the person to the workspace\'s ' +
    '`.brieflint/entities.yaml`, so the whole team shares the entry.',
  examples: [
    {title: 'A known person', text: HEADER + 'Kremlin spokesman Dmitry Peskov said the talks would be difficult.\n', reports: []},
    {title: 'An institution before a verb', text: HEADER + 'Ukraine\'s Defence Intelligence added that the strike hit a depot.\n', reports: []},
    {
      title: 'People the list does not know',
      text: HEADER + 'Deputy Chief of the General Staff Yevhen Novak said the talks would continue. Olena Kovalenko, an adviser to the delegation, agreed.\n',
      reports: [
        '6:35-6:47: “Yevhen Novak” is not in the entity list: add the person to .brieflint/entities.yaml.',
        '6:79-6:94: “Olena Kovalenko” is not in the entity list: add the person to .brieflint/entities.yaml.'
      ]
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    const known = findMentions(briefing, entities).map((mention) => mention.span).sort((a, b) => a.start - b.start)
    // Blocks and mentions both run in document order: walk them together rather than filter per block.
    let first = 0
    for (const block of briefing.blocks) {
      if (block.kind === 'heading') continue
      while (first < known.length && known[first]!.end <= block.span.start) first++
      const inside: typeof known = []
      for (let index = first; index < known.length && known[index]!.start < block.span.end; index++) if (known[index]!.end > block.span.start) inside.push(known[index]!)
      for (const name of findPersonNames(briefing.text, block.span.start, block.span.end, inside, entities.demonyms)) {
        report({span: name.span, reason: `“${name.text}” is not in the entity list: add the person to .brieflint/entities.yaml.`, data: {name: name.text}})
      }
    }
  }
})
