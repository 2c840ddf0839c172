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
