import type { Language } from './language'
import { formatYuan } from './money'
import { numberFormat } from './number-format'
import type { Comparator, Figure, Unit } from './schema/primitives'

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }

/** The data's comparator as a symbol: for forms and codes only, never in a sentence. */
export function comparatorSymbol(comparator: Comparator): string {
  return SYMBOLS[comparator]
}

/**
 * The comparator in words, as people read a target: the same words as the catalogues'
 * `comparator.*` keys (a unit test holds them together). "=" says nothing: "5334万元" is the
 * target, "= 5334万元" would be notation.
 */
const COMPARATOR_WORDS: Record<Language, Record<Comparator, string>> = {
  'zh-CN': { '>=': '不少于', '>': '超过', '=': '', '<=': '不超过', '<': '少于' },
  en: { '>=': 'at least', '>': 'more than', '=': '', '<=': 'at most', '<': 'less than' },
}

export function comparatorWords(comparator: Comparator, lang: Language): string {
  return COMPARATOR_WORDS[lang][comparator]
}

/** A formatted value with its comparator in words: "不少于 3亿元" · "at least ¥300M" · "1.87亿元". */
export function withComparator(
  valueText: string,
  comparator: Comparator | null,
  lang: Language,
): string {
  const words = comparator === null ? '' : comparatorWords(comparator, lang)
  return words ? `${words} ${valueText}` : valueText
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

/**
 * A target in words: "不少于 20 个重大科技项目" · "at least 20 major S&T projects" · "5334万元".
 * Money carries its own unit.
 */
export function formatFigure(figure: Figure, lang: Language): string {
  const value = formatValue(figure.value, figure, lang)
  const label =
    figure.unit === 'yuan'
      ? ''
      : lang === 'en'
        ? ` ${figure.labelEn ?? figure.label}`
        : ` ${figure.label}`
  return withComparator(`${value}${label}`, figure.comparator, lang)
}

/** 0.15 → "15%"; fractions over 1 are shown as they are ("130%"). */
export function formatPercent(fraction: number, lang: Language): string {
  return numberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction)
}
