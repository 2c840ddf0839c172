import type { Language } from './language'
import { numberFormat } from './number-format'

const WAN = 10_000
const YI = 100_000_000

/**
 * Money is stored as integer yuan and shown the way readers expect: 万元/亿元 in Chinese,
 * ¥M/¥B in English. Rounded figures are for reading; `formatYuanExact` gives the figure the way
 * official documents write it (18700万元) so readers can check it against the source.
 */
export function formatYuan(amount: number, lang: Language): string {
  if (lang === 'en') return formatYuanEnglish(amount)
  if (amount >= YI) return `${trimNumber(amount / YI, 2)}亿元`
  if (amount >= WAN) return `${trimNumber(amount / WAN, 2)}万元`
  return `${groupDigits(amount, 'zh-CN')}元`
}

/** Short tick labels for chart axes: 1.5亿 / 5,000万 · ¥150M. */
export function formatYuanAxis(amount: number, lang: Language): string {
  if (lang === 'en') return formatYuanEnglish(amount)
  if (amount === 0) return '0'
  if (amount >= YI) return `${trimNumber(amount / YI, 2)}亿`
  if (amount >= WAN) return `${groupDigits(Math.round(amount / WAN), 'zh-CN')}万`
  return groupDigits(amount, 'zh-CN')
}

/** The exact figure in the unit official documents use: 18700万元 (or 元 when not whole 万). */
export function formatYuanExact(amount: number, lang: Language): string {
  if (lang === 'en') return `¥${groupDigits(amount, 'en')}`
  return amount % WAN === 0 ? `${amount / WAN}万元` : `${amount}元`
}

function formatYuanEnglish(amount: number): string {
  if (amount >= 1e9) return `¥${trimNumber(amount / 1e9, 2)}B`
  if (amount >= 1e6) return `¥${trimNumber(amount / 1e6, 2)}M`
  if (amount >= 1e3) return `¥${trimNumber(amount / 1e3, 1)}K`
  return `¥${amount}`
}

function trimNumber(value: number, maxFractionDigits: number): string {
  return numberFormat('en-US', {
    maximumFractionDigits: maxFractionDigits,
    useGrouping: false,
  }).format(value)
}

function groupDigits(value: number, locale: string): string {
  return numberFormat(locale === 'en' ? 'en-US' : 'zh-CN').format(value)
}
