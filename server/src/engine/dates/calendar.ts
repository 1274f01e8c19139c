export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const MONTH_PATTERN = `(?:${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`
export const WEEKDAY_PATTERN = `(?:${WEEKDAYS.join('|')})`

/** "Wednesday, July 23", "Wednesday evening, July 23, 2025", "Wednesday 23 July". */
export const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY_PATTERN})(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}))(?:,?\\s+(\\d{4}))?\\b`,
  'g'
)

export function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.toLowerCase().startsWith(name.replace('.', '').toLowerCase().slice(0, 3)))
}

/** The weekday of a calendar date, in UTC so the machine's time zone cannot shift it. */
export function weekdayOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined
  return WEEKDAYS[date.getUTCDay()]
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`)
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}

/** "Wednesday 23 July 2025". */
export function formatDate(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}
