import {FUNCTION_WORDS, REPORTING_VERBS, ROLE_NOUNS} from '../engine/claims/lexicon.js'
import {findMentions} from '../entities/mentions.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'
// Two or three capitalised words, as personal names are written in English prose.
const NAME = /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu
const TITLE_BEFORE = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})s?,?\\s*$`, 'i')
const VERB_AFTER = new RegExp(`^,?\\s+(?:also\\s+)?(?:${REPORTING_VERBS.join('|')})\\b`)

export default defineRule({
  id: 'unknown-person',
  severity: 'hint',
  sample: '`Deputy Chief of the General Staff Yevhen Novak` when nobody of that name is listed',
  summary: 'A personal name, introduced by a title or followed by "said", that no entity list knows.',
  description:
    'Names in the entity list get hover cards, spelling checks and role checks; a name outside it gets none of these. The ' +
    'quick fix adds the person to the workspace\'s `.brieflint/entities.yaml`, so the whole team shares the entry. Only names ' +
    'written after a title or before a reporting verb are considered, to keep place and organisation names out.',
  examples: [
    {title: 'A known person', text: HEADER + 'Kremlin spokesman Dmitry Peskov said the talks would be difficult.\n', reports: []},
    {
      title: 'A person the list does not know',
      text: HEADER + 'Deputy head of the delegation Taras Hrytsenko said the talks would continue.\n',
      reports: ['6:31-6:46: “Taras Hrytsenko” is not in the entity list: add the person to .brieflint/entities.yaml.']
    }
  ],
  check({briefing, entities, report}) {
    if (!entities) return
    const known = findMentions(briefing, entities).map((mention) => mention.span)
    // Names are found in document order, so one pointer walks the (ordered) known mentions.
    let next = 0
    const overlapsKnown = (start: number, end: number) => {
      while (next < known.length && known[next]!.end <= start) next++
      return next < known.length && known[next]!.start < end
    }
    for (const block of briefing.blocks) {
      if (block.kind === 'heading') continue
      const text = briefing.text.slice(block.span.start, block.span.end)
      for (const match of text.matchAll(NAME)) {
        const words = [match[1], match[2], match[3]].filter(Boolean) as string[]
        if (words.some((word) => FUNCTION_WORDS.has(word.toLowerCase()) || ROLE_NOUNS.includes(word.toLowerCase()))) continue
        const start = block.span.start + match.index
        const end = start + match[0].length
        if (overlapsKnown(start, end)) continue
        const before = briefing.text.slice(Math.max(block.span.start, start - 60), start)
        const after = briefing.text.slice(end, Math.min(block.span.end, end + 30))
        if (!TITLE_BEFORE.test(before) && !VERB_AFTER.test(after)) continue
        report({span: {start, end}, reason: `“${match[0]}” is not in the entity list: add the person to .brieflint/entities.yaml.`, data: {name: match[0]}})
      }
    }
  }
})
