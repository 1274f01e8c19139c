import {location} from 'vfile-location'
import type {Span} from '../engine/model.js'
import {findInParts} from './part-findings.js'
import {defineRule} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'
const WORDS: Record<string, number> = {two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20}
// A group size has a few digits: a longer run is not one, and the bound keeps a line of "0,0,0,..." linear.
const NUMBER = `(\\d[\\d,]{0,15}|${Object.keys(WORDS).join('|')})`
// "a delegation of 12 (people)", "the 14-member delegation", "a 12-strong group".
const SIZE_OF = new RegExp(`\\b(delegation|group|team|convoy|mission|commission|contingent|crew|panel)s?\\s+(?:of|numbering|comprising)\\s+${NUMBER}\\b`, 'gi')
const SIZED = new RegExp(`\\b${NUMBER}[- ](?:member|strong|person|people)\\s+(delegation|group|team|convoy|mission|commission|contingent|crew|panel)\\b`, 'gi')
/** Words that say a number changed, so two values are not a contradiction. */
const CHANGE = /\b(?:from\s+\S+\s+to|expanded|increased|reduced|cut|grew|rose|fell|enlarged|shrank|changed|now|no longer|added|joined|left|instead)\b/i

interface Statement {
  key: string
  value: number
  span: Span
  sentence: string
}

export default defineRule({
  id: 'number-consistency',
  severity: 'warning',
  sample: 'a delegation `of 12`, later `of 14 people`, with no change stated',
  summary: 'The size of the same group stated twice with different numbers, and no change said.',
  description:
    'When a briefing gives a delegation as 12 in one place and 14 in another, one is wrong or a change went unexplained. ' +
    'Sentences that state a change ("expanded from 12 to 14", "now", "joined") are not reported.',
  examples: [
    {title: 'A stated change', text: HEADER + 'Ukraine\'s delegation of 12 people arrived on Tuesday. On Wednesday Zelensky expanded it from 12 to 14 people, so the delegation of 14 met the Russian side.\n', reports: []},
    {
      title: 'Two sizes for one delegation',
      text: HEADER + 'The Ukrainian delegation of 12 arrived on Tuesday.\n\nThe 14-member delegation met the Russian side on Wednesday.\n',
      reports: ['8:5-8:25: The delegation is 14 here but 12 on line 6, and no change is stated: check which is right.']
    }
  ],
  check({briefing, report}) {
    const seen = new Map<string, Statement>()
    // Lines end at LF, CRLF or a lone CR, as editors count them; indexed once, not counted from the start for each report.
    let lines: ReturnType<typeof location> | undefined
    const statements = findInParts(briefing, 'number-consistency', '', (part) => {
      const found: Statement[] = []
      for (const sentence of part.sentences) {
        if (sentence.block === 'heading') continue
        for (const pattern of [SIZE_OF, SIZED]) {
          for (const match of sentence.text.matchAll(pattern)) {
            const [noun, number] = pattern === SIZE_OF ? [match[1]!, match[2]!] : [match[2]!, match[1]!]
            const value = WORDS[number.toLowerCase()] ?? Number(number.replaceAll(',', ''))
            const start = sentence.span.start + match.index
            found.push({key: noun.toLowerCase(), value, span: {start, end: start + match[0].length}, sentence: sentence.text})
          }
        }
      }
      return found
    })
    for (const statement of statements) {
      const earlier = seen.get(statement.key)
      if (earlier && earlier.value !== statement.value && !CHANGE.test(statement.sentence) && !CHANGE.test(earlier.sentence)) {
        report({
          span: statement.span,
          reason: `The ${statement.key} is ${statement.value} here but ${earlier.value} on line ${(lines ??= location(briefing.text)).toPoint(earlier.span.start)!.line}, and no change is stated: check which is right.`
        })
      }
      seen.set(statement.key, statement)
    }
  }
})
