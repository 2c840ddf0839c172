import type { Language } from './language'
import { formatYuan } from './money'
import { numberFormat } from './number-format'
import type { Comparator, Figure, Unit } from './schema/primitives'

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }

export function comparatorSymbol(comparator: Comparator): string {
  return SYMBOLS[comparator]
}

/** A figure's unit, with the name a unit of measure carries ("公里" · "km"). */
export type FigureUnit = Pick<Figure, 'unit' | 'unitName' | 'unitNameEn'>

/**
 * A value in the figure's unit: money as 万元/亿元 or ¥M, counts as plain numbers, a unit of
 * measure with its name ("137公里" · "137 km"). Pass the figure (not just its unit) so a measure
 * keeps its name.
 */
export function formatValue(value: number, unit: Unit | FigureUnit, lang: Language): string {
  const figure = typeof unit === 'string' ? { unit } : unit
  if (figure.unit === 'yuan') return formatYuan(value, lang)
  const number = numberFormat(lang === 'en' ? 'en-US' : 'zh-CN').format(value)
  if (figure.unit === 'percent') return `${number}%`
  if (figure.unit === 'measure' && figure.unitName) {
    return lang === 'en'
      ? `${number} ${figure.unitNameEn ?? figure.unitName}`
      : `${number}${figure.unitName}`
  }
  return number
}

/** "≥ 20 个重大科技项目" · "≥ 20 major S&T projects". Money carries its own unit. */
export function formatFigure(figure: Figure, lang: Language): string {
  const value = formatValue(figure.value, figure, lang)
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
