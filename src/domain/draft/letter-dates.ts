import type { Line } from './letter-layout'

/**
 * Dates as letters sign them: "2023年6月19日", "二〇二〇年十月十五日", or run together by a page
 * that dropped the characters ("2020916"). Only real calendar dates are read.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const NUMERAL = '[〇零O一二三四五六七八九十]'
const SIGNED = new RegExp(
  `^(\\d{4}|${NUMERAL}{4})\\s*年\\s*(\\d{1,2}|${NUMERAL}{1,2})\\s*月\\s*(\\d{1,2}|${NUMERAL}{1,3})\\s*日$`,
)
const RUN_TOGETHER = /^(\d{4})(\d{3,4})$/

/** An ISO date from the parts, or null when no such day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    year < 1949 ||
    year > 2100 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** "2020" or "二〇二〇" as a year; "十", "十五", "二十一" as a month or day. */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  if (text.length === 4 && !text.includes('十')) {
    return Number([...text].map((char) => DIGITS[char] ?? NaN).join(''))
  }
  const [tens, ones] = text.split('十')
  if (ones === undefined) return DIGITS[text] ?? NaN
  return (tens ? (DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (DIGITS[ones] ?? NaN) : 0)
}

/** A line that is a date and nothing else, as a letter is signed. */
export function signedDate(text: string): string | null {
  const compact = text.replace(/\s+/g, '')
  const signed = SIGNED.exec(compact)
  if (signed) return isoDate(numberOf(signed[1]!), numberOf(signed[2]!), numberOf(signed[3]!))
  const run = RUN_TOGETHER.exec(compact)
  if (!run) return null
  // "2020916": the only split into a real month and day is 9月16日; two readings is no reading.
  const rest = run[2]!
  const readings = [1, 2]
    .map((monthDigits) =>
      rest.length - monthDigits >= 1 && rest.length - monthDigits <= 2
        ? isoDate(
            Number(run[1]),
            Number(rest.slice(0, monthDigits)),
            Number(rest.slice(monthDigits)),
          )
        : null,
    )
    .filter((date): date is string => date !== null)
  return readings.length === 1 ? readings[0]! : null
}

/** The last line of the letter that is a date: the signature's, even when a contact line follows. */
export function signatureDate(lines: Line[]): { date: string; line: number } | undefined {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const date = signedDate(lines[i]!.text)
    if (date) return { date, line: i }
  }
  return undefined
}

const PAGE_DATE =
  /(?:发布(?:时间|日期)|添加时间|成文日期|发文日期)\s*[:：]?\s*\|?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/

/** The date the publishing page states ("发布时间: 2024-09-10"), among the lines before the letter. */
export function pageDate(head: Line[]): string | undefined {
  for (const line of head) {
    const found = PAGE_DATE.exec(line.text)
    const date = found && isoDate(Number(found[1]), Number(found[2]), Number(found[3]))
    if (date) return date
  }
  return undefined
}
