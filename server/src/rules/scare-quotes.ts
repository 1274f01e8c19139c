import {analyseClaims} from '../engine/claims/analyse.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'
const SHORT_QUOTE = /[“"«]([\p{L}\p{N}'’-]+(?:\s[\p{L}\p{N}'’-]+)?)[”"»]/gu
// Most sentences hold no quotation mark; `matchAll` copies its expression for each, which cost more than the rest of the rule.
const QUOTE_MARK = /[“"«]/

export default defineRule({
  id: 'scare-quotes',
  severity: 'info',
  sample: 'residents who were `"evacuated"` to Ukraine',
  summary: 'A word or two in quotation marks with nobody quoted: irony the reader has to decode.',
  description:
    'Quotation marks around one or two words, in a sentence that names no speaker, signal doubt without saying whose. Say ' +
    'who used the word, or state the doubt plainly. Quotations in a sentence with a speaker ("Umerov called the role ' +
    '“extremely valuable”"), or in a list or paragraph a speaker introduced ("Medinsky stated the following:"), are ' +
    'the speaker\'s and are not reported.',
  examples: [
    {title: 'A real quotation', text: HEADER + 'Umerov said the participation of the presidents would be “extremely valuable”.\n', reports: []},
    {
      title: 'A speaker\'s list',
      text: HEADER + 'Medinsky stated the following:\n\n- Not all residents of the Kursk region who were "evacuated" to Ukraine have returned.\n',
      reports: []
    },
    {
      title: 'Quotation marks with no speaker',
      text: HEADER + 'Not all residents of the Kursk region who were "evacuated" to Ukraine have returned.\n',
      reports: ['6:48-6:59: “evacuated” is in quotation marks with no speaker: say who used the word, or state the doubt plainly.']
    }
  ],
  check({briefing, report}) {
    for (const unit of analyseClaims(briefing).units) {
      // Someone named speaks: in the sentence itself, or as whoever introduced it.
      if (unit.aside || unit.attribution === 'attributed' || unit.attribution === 'inherited' || !QUOTE_MARK.test(unit.text)) continue
      for (const match of unit.text.matchAll(SHORT_QUOTE)) {
        const start = unit.span.start + match.index
        report({
          span: {start, end: start + match[0].length},
          reason: `“${match[1]}” is in quotation marks with no speaker: say who used the word, or state the doubt plainly.`
        })
      }
    }
  }
})
