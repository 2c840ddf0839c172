import type { Language } from './language'
import { formatYuan } from './money'
import { numberFormat } from './number-format'
import type { Comparator, Figure, Unit } from './schema/primitives'

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }

export function comparatorSymbol(comparator: Comparator): string {
  return SYMBOLS[comparator]
}

/** A value in the figure's unit: money as 万元/亿元 or ¥M, counts as plain numbers. */
export function formatValue(value: number, unit: Unit, lang: Language): string {
  if (unit === 'yuan') return formatYuan(value, lang)
  const number = numberFormat(lang === 'en' ? 'en-US' : 'zh-CN').format(value)
  return unit === 'percent' ? `${number}%` : number
}

/** "≥ 20 个重大科技项目" · "≥ 20 major S&T projects". Money carries its own unit. */
export function formatFigure(figure: Figure, lang: Language): string {
  const value = formatValue(figure.value, figure.unit, lang)
  const label =
    figure.unit === 'yuan'
      ? ''
      : lang === 'en'
        ? ` ${figure.labelEn ?? figure.label}`
        : ` ${figure.label}`
  return `${comparatorSymbol(figure.comparator)} ${value}${label}`
}

/** 0.15 → "15%"; fractions over 1 are shown as they are ("130%"). */
export function formatPercent(fraction: number, lang: Language): string {
  return numberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction)
}
