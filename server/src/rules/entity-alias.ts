import {analyseClaims, inSpeech} from '../engine/claims/analyse.js'
import {FAMILY_NAME_FIRST} from '../entities/entity-index.js'
import {findMentions, type Mention} from '../entities/mentions.js'
import type {Entity} from '../entities/types.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

/** House styles: `deprecated` reports only spellings the list marks as replaced; `list` also every variant of the list's own spelling. */
export const HOUSE_STYLES = ['deprecated', 'list'] as const

export default defineRule<{preferred: Record<string, string>; style: (typeof HOUSE_STYLES)[number]}>({
  id: 'entity-alias',
  severity: 'info',
  sample: '`Kiev` where the name is now `Kyiv`',
  summary: 'A name written in a form that was replaced (Kiev, Kharkov), or that differs from the desk\'s house style.',
  description:
    'By default only **replaced forms** are reported: names changed officially or by near-universal usage, which the entity ' +
    'list marks as `deprecated` (Kiev → Kyiv, Kharkov → Kharkiv, Nikolaev → Mykolaiv), and misspellings that circulate (Malovetsky for Malovatskyi). Transliterations are equal: Zelensky ' +
    'and Zelenskyy, Erdogan and Erdoğan pass. A desk with a house style says so with the rule options: `preferred` maps entity ' +
    'ids to the spelling the desk writes (`{"entity-alias": {"preferred": {"volodymyr-zelenskyy": "Volodymyr Zelensky", ' +
    '"country-tr": "Türkiye"}}}`), and `style: "list"` takes the list\'s own spelling (each entry\'s `name`) as the house style ' +
    'for every entity. Acronyms and names in other scripts are never reported, nor are names in somebody\'s words: inside ' +
    'quotation marks, or in a list or quotation a speaker introduced ("Medinsky stated the following:"). A list after a ' +
    'sentence that only a citation sources ("The delegations met on Wednesday [@tass].") is sourced, but in the briefing\'s words, ' +
    'unless that sentence introduces it with a colon ("Full text of the statement [@mfa]:").',
  options: {
    preferred: {type: 'object', additionalProperties: {type: 'string'}, default: {}, description: 'The spelling the desk writes for an entity, by entity id.'},
    style: {type: 'string', enum: [...HOUSE_STYLES], default: 'deprecated', description: '`deprecated`: report only replaced forms (Kiev); `list`: also any other spelling than each entry\'s `name`.'}
  },
  examples: [
    {title: 'Current names, in any transliteration', text: HEADER + 'The delegation arrived from Kyiv on Wednesday, Zelensky\'s office said.\n', reports: []},
    {
      title: 'A replaced name',
      text: HEADER + 'The delegation arrived from Kiev on Wednesday, Zelensky\'s office said.\n',
      reports: ['6:29-6:33: “Kiev” is not the accepted spelling of Kyiv: write “Kyiv”.']
    },
    {
      title: 'A speaker\'s words, quoted or in the list they introduced',
      text: HEADER + 'Medinsky said Russia was “ready to meet Kiev halfway”. He stated the following:\n\n- Kiev will consider the proposal.\n',
      reports: []
    },
    {
      title: 'A list after a sentence that only a citation sources: the briefing\'s own words',
      text: HEADER.replace('---\n\n', 'sources:\n  tass: {title: TASS}\n---\n\n') + 'The delegations met on Wednesday [@tass].\n\n- The next round will be in Kiev.\n',
      reports: ['10:29-10:33: “Kiev” is not the accepted spelling of Kyiv: write “Kyiv”.']
    }
  ],
  check({briefing, entities, options, report}) {
    if (!entities) return
    const preferred = options.preferred
    const style = options.style
    const {speech} = analyseClaims(briefing)
    for (const mention of findMentions(briefing, entities)) {
      const entity = mention.entityId ? entities.entities.get(mention.entityId) : undefined
      if (!entity || mention.form === 'role' || mention.form === 'given') continue
      // A speaker's "Kiev" is the speaker's.
      if (inSpeech(speech, mention.span.start)) continue
      if (mention.deprecated) {
        const wanted = preferred[entity.id] ?? entity.name
        report({span: mention.span, reason: `“${asWritten(mention)}” is not the accepted spelling of ${entity.name}: write “${wanted}”.`, expected: [wanted]})
        continue
      }
      const house = preferred[entity.id] ?? (style === 'list' ? entity.name : undefined)
      if (!house) continue
      const written = asWritten(mention)
      const wanted = houseSpelling(mention, entity, house)
      if (!entities.isVariantSpelling(written, wanted)) continue
      report({span: mention.span, reason: `“${written}” is not the house spelling of ${entity.name}: write “${wanted}”.`, expected: [wanted]})
    }
  }
})

/** The mention's words as written, without an editor's brackets: worked out only for a mention that may be reported, since a briefing has thousands. */
function asWritten(mention: Mention): string {
  return mention.surface.replace(/[[\]]/g, '').replace(/\s+/g, ' ')
}

/** The house spelling in the mention's form: the surname for a surname, the whole name otherwise. */
function houseSpelling(mention: Mention, entity: Entity, house: string): string {
  if (mention.form !== 'surname') return house
  const words = house.split(/\s+/)
  return FAMILY_NAME_FIRST.has(entity.country ?? '') ? words[0]! : words.at(-1)!
}
