import { formatDate } from '../../domain/dates'
import { formatValue, withComparator, type FigureUnit } from '../../domain/figure-format'
import type { Language } from '../../domain/language'
import type { Comparator, Unit } from '../../domain/schema/primitives'
import type { StatusReason } from '../../domain/status'
import type { MessageKey, Translate } from '../i18n/translate'

/** The one-line "why" of a status, with dates and figures formatted for the reader. */
export function describeStatusReason(reason: StatusReason, t: Translate, lang: Language): string {
  const p = reason.params
  const unit: FigureUnit = {
    unit: (p.unit as Unit | undefined) ?? 'count',
    ...(typeof p.unitName === 'string' ? { unitName: p.unitName } : {}),
    ...(typeof p.unitNameEn === 'string' ? { unitNameEn: p.unitNameEn } : {}),
  }
  const params: Record<string, string | number> = { ...p }
  for (const key of ['due', 'last', 'date'] as const) {
    if (typeof p[key] === 'string') params[key] = formatDate(p[key], lang)
  }
  if (typeof p.value === 'number') params.value = formatValue(p.value, unit, lang)
  if (typeof p.valueAlt === 'number') params.valueAlt = formatValue(p.valueAlt, unit, lang)
  // The target with its comparator in words ("不少于 20" · "at least 20"), never "≥ 20".
  if (typeof p.target === 'number') {
    const comparator = typeof p.comparator === 'string' ? (p.comparator as Comparator) : null
    params.target = withComparator(formatValue(p.target, unit, lang), comparator, lang)
  }
  delete params.comparator
  // Two readings of the latest value (the baseline's relation to the target not stated) have
  // their own wording; a reason that already speaks of two readings keeps its own.
  const two = typeof p.valueAlt === 'number' && reason.code !== 'readings-differ'
  return t(`reason.${reason.code}${two ? '.two' : ''}` as MessageKey, params)
}
