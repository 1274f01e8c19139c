import {analyseClaims, inSpeech} from '../engine/claims/analyse.js'
import {findInParts} from './part-findings.js'
import {defineRule, type Report} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

/** Epithets and labels that take sides; a desk extends or trims the list with the `words` and `allow` options. */
export const LOADED_WORDS = [
  'dictator', 'dictatorship', 'regime', 'terrorist state', 'so-called', 'puppet', 'puppets', 'junta', 'thug', 'thugs',
  'butcher', 'henchmen', 'cronies', 'fascist', 'fascists', 'nazi', 'nazis', 'occupiers', 'invaders', 'orcs', 'illegitimate',
  'criminal regime', 'rogue state', 'barbaric', 'savage', 'heroic', 'martyr', 'martyrs', 'collaborators', 'traitor', 'traitors'
]

export default defineRule<{words: string[]; allow: string[]}>({
  id: 'loaded-language',
  severity: 'info',
  sample: '`the Kyiv regime`, `so-called`',
  summary: 'An epithet or loaded label ("regime", "dictator", "so-called") in the briefing\'s own voice.',
  description:
    'A neutral briefing reports such words in quotation marks, as somebody\'s words, rather than using them. Words inside ' +
    'quotation marks, and in a list or quotation a speaker introduced ("Medinsky stated the following:"), are somebody\'s ' +
    'words and are not reported; a list after a sentence that only a citation sources, not ending in a colon, is the ' +
    'briefing\'s. Options: `words` adds terms, `allow` removes some, e.g. ' +
    '`{"loaded-language": {"words": ["aggressor"], "allow": ["regime"]}}`.',
  options: {
    words: {type: 'array', items: {type: 'string'}, default: [], description: 'More words and phrases to report, besides the built-in list.'},
    allow: {type: 'array', items: {type: 'string'}, default: [], description: 'Words and phrases of the built-in list not to report.'}
  },
  examples: [
    {title: 'Neutral, or quoted', text: HEADER + 'The Ukrainian government sent a delegation. Moscow called it “the Kyiv regime”.\n', reports: []},
    {title: 'A speaker\'s list', text: HEADER + 'Medinsky stated the following:\n\n- The Kyiv regime has not answered.\n', reports: []},
    {
      title: 'Labels in the briefing\'s voice',
      text: HEADER + 'The Kyiv regime sent its so-called delegation.\n',
      reports: [
        '6:10-6:16: “regime” is a loaded label: use a neutral term, or quote whoever uses it.',
        '6:26-6:35: “so-called” is a loaded label: use a neutral term, or quote whoever uses it.'
      ]
    }
  ],
  check({briefing, options, report}) {
    const allow = new Set(options.allow.map((word) => word.toLowerCase()))
    const words = [...LOADED_WORDS, ...options.words].filter((word) => !allow.has(word.toLowerCase()))
    if (words.length === 0) return
    const pattern = new RegExp(`(?<![\\p{L}-])(?:${words.sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}-])`, 'giu')
    findInParts(briefing, 'loaded-language', pattern.source, (part) => {
      const found: Report[] = []
      for (const block of part.blocks) {
        const text = part.text.slice(block.span.start, block.span.end)
        for (const match of text.matchAll(pattern)) {
          const start = block.span.start + match.index
          found.push({span: {start, end: start + match[0].length}, reason: `“${match[0]}” is a loaded label: use a neutral term, or quote whoever uses it.`})
        }
      }
      return found
    })
      // A speaker's words, quoted or introduced ("Medinsky stated the following:"), are the speaker's.
      .filter((found) => !inSpeech(analyseClaims(briefing).speech, found.span.start))
      .forEach(report)
  }
})
