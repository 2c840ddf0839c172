import type { z } from 'zod'
import { formatJsonPath } from '../../../lib/data/data-error'
import { zodIssuesToDataIssues } from '../../../lib/data/validate'
import { describeProblem } from '../../../lib/i18n/describe-issue'
import type { Translate } from '../../../lib/i18n/translate'

/** Field errors by JSON path ("source.date"), worded like the dashboard's data problems. */
export type FieldErrors = Record<string, string>

export interface Checked<T> {
  value: T | null
  errors: FieldErrors
}

/**
 * Checks a form's candidate object with the contract's own schema, so the desk accepts exactly
 * what the dashboard will load, and words each problem in the reader's language.
 */
export function checkWithSchema<T>(
  schema: z.ZodType<T>,
  candidate: unknown,
  t: Translate,
): Checked<T> {
  const result = schema.safeParse(candidate)
  if (result.success) return { value: result.data, errors: {} }
  const errors: FieldErrors = {}
  for (const issue of zodIssuesToDataIssues('', result.error.issues)) {
    errors[issue.path] ??= describeProblem(issue, t)
  }
  return { value: null, errors }
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
