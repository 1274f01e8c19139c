import {MONTHS, monthIndex, parseIsoDate, WEEKDAY_DATE, weekdayOf} from '../engine/dates/calendar.js'
import {briefingDate} from '../entities/mentions.js'
import {findInParts} from './part-findings.js'
import {defineRule, type Report} from '../engine/rule.js'

const HEADER = '---\ntitle: Istanbul talks\ndate: 2025-07-24\n---\n\n'

export default defineRule({
  id: 'weekday-mismatch',
  severity: 'warning',
  sample: '`On Thursday, July 23` in a 2025 briefing (a Wednesday)',
  summary: 'A weekday written with a date that falls on another day.',
  description:
    'Readers check dates against weekdays first. Without a year, the date is read in the briefing\'s year (from its `date`; ' +
    'a date more than six months after the briefing is read in the year before). The quick fix writes the right weekday.',
  examples: [
    {title: 'The right weekday', text: HEADER + 'On Wednesday evening, July 23, the third round took place in Istanbul.\n', reports: []},
    {
      title: 'The wrong weekday',
      text: HEADER + 'On Thursday, July 23, the third round took place. The first round was on Friday 16 May 2025.\n',
      reports: ['6:4-6:12: July 23, 2025 was a Wednesday, not a Thursday.']
    }
  ],
  check({briefing, report}) {
    const date = briefingDate(briefing)
    const reference = date ? parseIsoDate(date) : undefined
    findInParts(briefing, 'weekday-mismatch', date ?? '', (part) => {
      const found: Report[] = []
      for (const block of part.blocks) {
        const text = part.text.slice(block.span.start, block.span.end)
        for (const match of text.matchAll(WEEKDAY_DATE)) {
          const [, weekday, monthA, dayA, dayB, monthB, yearText] = match
          const month = monthIndex((monthA ?? monthB)!)
          const day = Number(dayA ?? dayB)
          let year = yearText ? Number(yearText) : reference?.getUTCFullYear()
          if (year === undefined || month < 0) continue
          if (!yearText && reference && Date.UTC(year, month, day) - reference.getTime() > 183 * 86_400_000) year -= 1
          const actual = weekdayOf(year, month, day)
          if (!actual || actual === weekday) continue
          const start = block.span.start + match.index
          found.push({span: {start, end: start + weekday!.length}, reason: `${MONTHS[month]} ${day}, ${year} was a ${actual}, not a ${weekday}.`, expected: [actual]})
        }
      }
      return found
    }).forEach(report)
  }
})
