/** Calendar arithmetic on ISO dates, in UTC so the reader's time zone never shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  if (!valid || year < 1000 || year > 9999) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function lastDayOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())
}

/** The letter's date and year, or null when none was given or it is not a real date. */
export interface LetterDate {
  date: string
  year: number
}

export function readLetterDate(iso: string | undefined): LetterDate | null {
  const match = ISO_DATE.exec(iso ?? '')
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = isoDate(year, month, day)
  return date ? { date, year } : null
}
