import {analyseClaims} from '../engine/claims/analyse.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Outlook\ndate: 2025-07-24\n---\n\n'

/** The US analytic standard's (ICD 203) probability terms, lowest first. */
export const SCALE = [
  ['almost no chance', '1–5%'],
  ['very unlikely', '5–20%'],
  ['unlikely', '20–45%'],
  ['roughly even chance', '45–55%'],
  ['likely', '55–80%'],
  ['very likely', '80–95%'],
  ['almost certain', '95–99%']
] as const

/** Words whose probability readers take very differently, and the standard terms nearest to them. */
const NON_STANDARD: Record<string, string[]> = {
  probably: ['likely', 'very likely'],
  probable: ['likely', 'very likely'],
  possibly: ['unlikely', 'roughly even chance'],
  possible: ['unlikely', 'roughly even chance'],
  perhaps: ['unlikely', 'roughly even chance'],
  maybe: ['unlikely', 'roughly even chance'],
  // Modal verbs need the sentence rephrased ("is unlikely to"), so they get no one-click fix.
  could: [],
  might: [],
  may: [],
  conceivably: ['very unlikely', 'unlikely'],
  certainly: ['almost certain'],
  definitely: ['almost certain'],
  'in all likelihood': ['very likely'],
  'a real possibility': ['roughly even chance', 'likely'],
  'cannot be ruled out': ['very unlikely', 'unlikely']
}
const PATTERN = new RegExp(`\\b(?:${Object.keys(NON_STANDARD).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi')
const SCALE_TEXT = SCALE.map(([term, range]) => `${term} (${range})`).join(' · ')

export default defineRule({
  id: 'estimative-language',
  severity: 'info',
  sample: '`Assessment: a summit could take place in August.`',
  summary: 'In an assessment, a probability word outside the standard scale ("could", "probably", "perhaps").',
  description:
    'Readers put "could" anywhere between 5% and 80%. Judgements marked `Assessment:` should use the scale of the US analytic ' +
    `standard (ICD 203): ${SCALE_TEXT}. The quick fixes offer the nearest standard terms. Only assessments are checked: in ` +
    'reported speech, "could" is the speaker\'s word.',
  examples: [
    {title: 'Standard terms', text: HEADER + '**Assessment:** a leaders\' meeting before September is unlikely.\n', reports: []},
    {
      title: 'Words without a scale',
      text: HEADER + 'Assessment: a leaders\' meeting could take place in August, and probably in Istanbul.\n',
      reports: [
        `6:32-6:37: “could” has no agreed probability: use a term of the ICD 203 scale: ${SCALE_TEXT}.`,
        `6:64-6:72: “probably” has no agreed probability: use a term of the ICD 203 scale: ${SCALE_TEXT}.`
      ]
    }
  ],
  check({briefing, report}) {
    for (const unit of analyseClaims(briefing).units) {
      if (unit.reason !== 'assessment') continue
      for (const match of unit.text.matchAll(PATTERN)) {
        if (match[0] === 'May') continue
        const expected = NON_STANDARD[match[0].toLowerCase()]!
        const start = unit.span.start + match.index
        report({
          span: {start, end: start + match[0].length},
          reason: `“${match[0]}” has no agreed probability: use a term of the ICD 203 scale: ${SCALE_TEXT}.`,
          ...(expected.length > 0 ? {expected} : {})
        })
      }
    }
  }
})
