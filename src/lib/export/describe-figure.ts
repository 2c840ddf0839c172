import { formatValue } from '../../domain/figure-format'
import { localized, type Language } from '../../domain/language'
import type { Figure } from '../../domain/schema/primitives'
import type { Translate } from '../i18n/translate'

/**
 * A figure in words for paper and spreadsheets: "不少于 20 个省市一体化项目", "超过 50亿元",
 * "5334万元". No "≥" or "=": a printed page or a cell is read by people, not by programs (the
 * JSON export carries the comparator as a code beside it).
 */
export function describeFigure(figure: Figure, t: Translate, lang: Language): string {
  const value = formatValue(figure.value, figure, lang)
  const label = figure.unit === 'yuan' ? '' : ` ${localized(lang, figure.label, figure.labelEn)}`
  return figure.comparator === '='
    ? `${value}${label}`
    : `${t(`comparator.${figure.comparator}`)} ${value}${label}`
}
