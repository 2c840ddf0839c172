/**
 * Calendar arithmetic on ISO dates ("2023-06-19") by plain integer maths. The assessment asks
 * "how many days from A to B" several times for each of a province's 55,000 commitments, and
 * building two dayjs objects for every answer was a sixth of the page's longest loading task.
 * Days are counted in UTC, where every day is 24 hours, so the answer is the calendar difference
 * whatever the reader's time zone and daylight saving.
 */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcDay(year, month, 0)).getUTCDate()
}

/**
 * Date.UTC for any year: Date.UTC itself reads years 0–99 as 1900–1999, which would put a
 * "0050-02-29" in 1950's calendar.
 */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}

/** The parts of a full ISO date that names a real day ("2023-02-29" does not); null otherwise. */
export function isoDateParts(value: string): { year: number; month: number; day: number } | null {
  const match = FULL_DATE.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** Whether `value` is a full ISO date of a day that exists. */
export function isRealIsoDate(value: string): boolean {
  return isoDateParts(value) !== null
}

/**
 * The parts of the day an ISO date names: a full date, or "2023-06" / "2023" for the first day
 * of that month or year (as a date parser reads them). Null for anything else.
 */
export function firstDayParts(value: string): { year: number; month: number; day: number } | null {
  return isoDateParts(
    value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value,
  )
}

/**
 * Days since 1970-01-01 of the day an ISO date names: a full date, or "2023-06" / "2023" for the
 * first day of that month or year (as a date parser reads them). NaN for anything else.
 */
export function isoDayNumber(value: string): number {
  const parts = firstDayParts(value)
  if (!parts) return Number.NaN
  return utcDay(parts.year, parts.month - 1, parts.day) / MS_PER_DAY
}

/** The last day of a month as an ISO date: (2023, 2) → "2023-02-28". */
export function lastDayOfMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`
}

/**
 * The last day a partial date covers: "2023" → 2023-12-31, "2023-02" → 2023-02-28, a full date
 * itself. A figure stated "as of 2023" is only known to hold by the end of 2023, so time travel and
 * ordering use this day.
 */
export function partialDateEnd(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`
  const month = /^(\d{4})-(\d{2})$/.exec(date)
  if (month) return lastDayOfMonth(Number(month[1]), Number(month[2]))
  return date
}
