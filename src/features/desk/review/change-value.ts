import { printable } from '../../../domain/schema/text-safety'

/** A field's value as a short line of text for the diff (objects as compact JSON). */
export function changeValue(value: unknown): string {
  if (value === undefined) return '—'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return printable(text, 200)
}
