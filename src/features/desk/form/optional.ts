import { parseNumberText, parseYuanText } from '../../../domain/draft/amount-text'

/** A trimmed text, or undefined when empty: optional fields are left out, never written as "". */
export function optional(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? ''
  return trimmed === '' ? undefined : trimmed
}

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false }

/** A figure typed by the official: an amount ("5334万元") when the unit is yuan, else a number. */
export function parseFigureText(text: string | undefined, unit: string | undefined): ParsedNumber {
  const trimmed = optional(text)
  if (trimmed === undefined) return { ok: true, value: undefined }
  const value = unit === 'yuan' ? parseYuanText(trimmed) : parseNumberText(trimmed)
  return value === null ? { ok: false } : { ok: true, value }
}
