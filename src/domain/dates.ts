import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import type { Language } from './language'

/** Today as an ISO date in the reader's time zone. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD')
}

/** 2023年6月19日 · Jun 19, 2023. Data dates are ISO 8601; this is for reading only. */
export function formatDate(iso: string, lang: Language): string {
  const date = dayjs(iso)
  if (!date.isValid()) return iso
  return lang === 'en'
    ? date.locale('en').format('MMM D, YYYY')
    : date.locale('zh-cn').format('YYYY年M月D日')
}

export { partialDateEnd } from './iso-day'

/** A partial date for reading: 2023年 / 2023年6月 / 2023年6月19日 · 2023 / Jun 2023 / Jun 19, 2023. */
export function formatPartialDate(date: string, lang: Language): string {
  if (/^\d{4}$/.test(date)) return lang === 'en' ? date : `${date}年`
  if (/^\d{4}-\d{2}$/.test(date)) {
    const month = dayjs(`${date}-01`)
    return lang === 'en' ? month.locale('en').format('MMM YYYY') : month.format('YYYY年M月')
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
