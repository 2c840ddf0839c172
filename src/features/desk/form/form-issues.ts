import type { z } from 'zod'
import { formatJsonPath } from '../../../lib/data/data-error'
import type { Translate } from '../../../lib/i18n/translate'
import { describeFieldProblem } from './field-problem'

/** Field errors by JSON path ("source.date"), in plain words for the official filling the form. */
export type FieldErrors = Record<string, string>

export interface Checked<T> {
  value: T | null
  errors: FieldErrors
}

/**
 * Checks a form's candidate object with the contract's own schema, so the desk accepts exactly
 * what the dashboard will load, and says what to do about each problem in the reader's language
 * (never the schema's own wording: "type error, expected number" means nothing at a desk).
 */
export function checkWithSchema<T>(
  schema: z.ZodType<T>,
  candidate: unknown,
  t: Translate,
): Checked<T> {
  const result = schema.safeParse(candidate)
  if (result.success) return { value: result.data, errors: {} }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = formatJsonPath(issue.path)
    errors[path] ??= describeFieldProblem(issue, valueAt(candidate, issue.path), t)
  }
  return { value: null, errors }
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at = value
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at
}

export function pathOf(...parts: Array<string | number>): string {
  return formatJsonPath(parts)
}

/** The error of a field, or of anything inside it ("deputies" covers "deputies[0].name"). */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path]
  const inner = Object.keys(errors).find(
    (key) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`),
  )
  return inner === undefined ? undefined : errors[inner]
}
