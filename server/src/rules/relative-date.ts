import {addDays, formatDate, MONTHS, parseIsoDate, WEEKDAY_DATE, WEEKDAYS} from '../engine/dates/calendar.js'
import {scanQuotes} from '../engine/claims/quotes.js'
import {briefingDate} from '../entities/mentions.js'
import {findInParts} from './part-findings.js'
import {defineRule, type Report} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'
const RELATIVE = new RegExp(
  `\\b(?:(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight)|(?:last|next|this) (?:week|weekend|month|year|${WEEKDAYS.join('|')})|on (?:${WEEKDAYS.join('|')})(?: (?:morning|afternoon|evening|night))?)\\b`,
  'gi'
)

/** What a relative expression means, read from the briefing's date. */
export function resolveRelative(phrase: string, date: Date): string {
  const lower = phrase.toLowerCase()
  const fixed: Record<string, number> = {'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'the day after tomorrow': 2}
  if (lower in fixed) return formatDate(addDays(date, fixed[lower]!))
  const weekday = WEEKDAYS.findIndex((day) => lower.includes(day.toLowerCase()))
  if (weekday !== -1) {
    const back = (date.getUTCDay() - weekday + 7) % 7
    if (lower.startsWith('next')) return formatDate(addDays(date, ((weekday - date.getUTCDay() + 7) % 7) || 7))
    if (lower.startsWith('last')) return formatDate(addDays(date, -(back || 7)))
    return `${formatDate(addDays(date, -back))}, if it is past`
  }
  const shift = lower.startsWith('last') ? -1 : lower.startsWith('next') ? 1 : 0
  if (lower.endsWith('month')) {
    const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, 1))
    return `${MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`
  }
  if (lower.endsWith('year')) return String(date.getUTCFullYear() + shift)
  const monday = addDays(date, -((date.getUTCDay() + 6) % 7) + 7 * shift)
  return `the week of ${formatDate(monday)}`
}

const DAYS: Record<string, number> = {'the day before yesterday': -2, yesterday: -1, today: 0, tomorrow: 1, 'the day after tomorrow': 2}
/** Words after which a date stands without its own "on" or "in": "since last year", "by the end of this month". */
const PREPOSITION = /\b(?:in|on|at|by|since|until|till|from|to|of|for|during|before|after|through|throughout|within|between|and)\s+$/i

/**
 * The date to write instead, where the phrase means exactly one day, month or year: "this month" →
 * "in July 2025", "yesterday" → "on 23 July 2025". Weekdays, weeks and "tonight" need the writer's
 * judgement, and a possessive ("last year's") needs rewording: no replacement for them.
 */
export function writtenDate(phrase: string, date: Date, before: string, after: string): string | undefined {
  const lower = phrase.toLowerCase()
  if (/^['’]s\b/.test(after)) return undefined
  const shift = lower.startsWith('last') ? -1 : lower.startsWith('next') ? 1 : 0
  let when: string | undefined
  let preposition = 'in'
  if (lower in DAYS) {
    const day = addDays(date, DAYS[lower]!)
    when = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`
    preposition = 'on'
  } else if (lower.endsWith('month')) {
    const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, 1))
    when = `${MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`
  } else if (lower.endsWith('year')) when = String(date.getUTCFullYear() + shift)
  if (!when) return undefined
  const written = PREPOSITION.test(before) ? when : `${preposition} ${when}`
  return /^\p{Lu}/u.test(phrase) ? written[0]!.toUpperCase() + written.slice(1) : written
}

export default defineRule({
  id: 'relative-date',
  severity: 'info',
  sample: '`last week` or `on Wednesday evening` with no date',
  summary: 'A relative date ("yesterday", "last week", "on Wednesday") that goes stale once the briefing is filed.',
  description:
    'A briefing is read after the day it was written. The report says what the expression means from the briefing\'s `date`, ' +
    'so it can be written as a date; where it means one day, month or year ("yesterday", "this month", "last year"), the quick ' +
    'fix writes that date. Weekdays followed by a date, and text inside quotation marks, are left alone.',
  examples: [
    {title: 'Dates written out', text: HEADER + 'On Wednesday evening, July 23, the third round took place. Peskov spoke on 23 July.\n', reports: []},
    {
      title: 'Relative dates',
      text: HEADER + 'Peskov spoke on Wednesday morning. Zelensky recalled the blackout in the Sumy region last week.\n',
      reports: [
        '6:14-6:34: “on Wednesday morning” is relative: from the briefing date it means Wednesday 23 July 2025, if it is past. Write the date.',
        '6:86-6:95: “last week” is relative: from the briefing date it means the week of Monday 14 July 2025. Write the date.'
      ]
    },
    {
      title: 'A day, a month and a year, which the quick fix writes out',
      text: HEADER + 'Talks resumed yesterday. A fourth round is planned for later this month, and a summit by the end of next year.\n',
      reports: [
        '6:15-6:24: “yesterday” is relative: from the briefing date it means Wednesday 23 July 2025. Write the date.',
        '6:62-6:72: “this month” is relative: from the briefing date it means July 2025. Write the date.',
        '6:101-6:110: “next year” is relative: from the briefing date it means 2026. Write the date.'
      ]
    }
  ],
  check({briefing, report}) {
    const date = briefingDate(briefing)
    if (!date) return
    const reference = parseIsoDate(date)
    findInParts(briefing, 'relative-date', date, (part) => {
      const found: Report[] = []
      for (const block of part.blocks) {
        if (block.kind === 'heading') continue
        const text = part.text.slice(block.span.start, block.span.end)
        const quoted = scanQuotes(text).ranges
        const dated = [...text.matchAll(WEEKDAY_DATE)].map((match) => ({start: match.index, end: match.index + match[0].length}))
        for (const match of text.matchAll(RELATIVE)) {
          if (quoted.some((range) => match.index > range.start && match.index < range.end) || dated.some((span) => match.index + 3 >= span.start && match.index < span.end)) continue
          const start = block.span.start + match.index
          const end = match.index + match[0].length
          const written = writtenDate(match[0], reference, text.slice(Math.max(0, match.index - 20), match.index), text.slice(end, end + 3))
          found.push({
            span: {start, end: start + match[0].length},
            reason: `“${match[0]}” is relative: from the briefing date it means ${resolveRelative(match[0], reference)}. Write the date.`,
            ...(written ? {expected: [written]} : {})
          })
        }
      }
      return found
    }).forEach(report)
  }
})
