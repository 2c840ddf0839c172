import type { Translate } from '../../../lib/i18n/translate'

/** One side of a conflict as a person reads it: text as written, anything else as compact JSON. */
export function mergeValueText(value: unknown, t: Translate): string {
  if (value === undefined) return t('desk.merge.absent')
  if (value === null || value === '') return t('desk.merge.empty')
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value, null, 1)
}
