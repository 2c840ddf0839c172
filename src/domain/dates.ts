import { firstDayParts } from './iso-day'
import type { Language } from './language'

/*
 * Reading dates by string and integer maths, not dayjs: these run on the first screen, whose
 * script every reader downloads, and the data's dates are ISO 8601 already. (dayjs stays where
 * it does calendar work, in the pages that need it.)
 */

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** Today as an ISO date in the reader's time zone. */
export function todayIso(): string {
  const now = new Date()
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** 2023年6月19日 · Jun 19, 2023. Data dates are ISO 8601; this is for reading only. */
export function formatDate(iso: string, lang: Language): string {
  const parts = firstDayParts(iso)
  if (!parts) return iso
  const { year, month, day } = parts
  return lang === 'en'
    ? `${EN_MONTHS[month - 1]} ${day}, ${pad(year, 4)}`
    : `${pad(year, 4)}年${month}月${day}日`
}

export { partialDateEnd } from './iso-day'

/** A partial date for reading: 2023年 / 2023年6月 / 2023年6月19日 · 2023 / Jun 2023 / Jun 19, 2023. */
export function formatPartialDate(date: string, lang: Language): string {
  if (/^\d{4}$/.test(date)) return lang === 'en' ? date : `${date}年`
  if (/^\d{4}-\d{2}$/.test(date)) {
    const parts = firstDayParts(date)
    if (!parts) return date
    return lang === 'en'
      ? `${EN_MONTHS[parts.month - 1]} ${pad(parts.year, 4)}`
      : `${pad(parts.year, 4)}年${parts.month}月`
  }
  return formatDate(date, lang)
}

/**
 * Whether a letter was out by `asOf`. A letter whose date is not stated cannot be placed in time,
 * so it is shown on every date rather than hidden by a guess.
 */
export function publishedBy(document: { date?: string | undefined }, asOf: string): boolean {
  return document.date === undefined || document.date <= asOf
}
