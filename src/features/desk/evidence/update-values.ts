import { uniqueId } from '../../../domain/draft/ids'
import { progressUpdateSchema, type ProgressUpdate } from '../../../domain/schema/update'
import type { JsonObject } from '../../../domain/draft/snapshot'
import type { Translate } from '../../../lib/i18n/translate'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional, parseFigureText } from '../form/optional'
import type { FormValues } from '../form/use-form-values'

/** The update form's fields, as text. */
export const EMPTY_UPDATE: FormValues = {
  id: '',
  asOf: '',
  value: '',
  comparability: 'same-metric',
  summary: '',
  quote: '',
  sourceTitle: '',
  sourcePublisher: '',
  sourceUrl: '',
  sourceDate: '',
  verdictStatus: '',
  verdictDate: '',
  verdictRationale: '',
  note: '',
}

/** An existing update as form text, for changing it (its verdict, say). */
export function updateToValues(update: JsonObject): FormValues {
  const source = (update.source ?? {}) as JsonObject
  const verdict = (update.verdict ?? {}) as JsonObject
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value))
  return {
    id: text(update.id),
    asOf: text(update.asOf),
    value: text(update.value),
    comparability: text(update.comparability) || 'same-metric',
    summary: text(update.summary),
    quote: text(update.quote),
    sourceTitle: text(source.title),
    sourcePublisher: text(source.publisher),
    sourceUrl: text(source.url),
    sourceDate: text(source.date),
    verdictStatus: text(verdict.status),
    verdictDate: text(verdict.date),
    verdictRationale: text(verdict.rationale),
    note: text(update.note),
  }
}

/**
 * Builds the update from the form and checks it with the contract's schema. The fields the
 * desk does not offer (English translations) are kept from the update being changed.
 */
export function checkUpdate(
  values: FormValues,
  context: {
    commitmentId: string
    datasetId: string
    unit?: string
    takenIds: string[]
    editing?: JsonObject
  },
  t: Translate,
): Checked<ProgressUpdate> {
  const value = parseFigureText(values.value, context.unit)
  const id = values.id || uniqueId([context.datasetId, 'u', values.asOf || 'new'], context.takenIds)
  const verdict = values.verdictStatus
    ? {
        ...((context.editing?.verdict as JsonObject | undefined) ?? {}),
        status: values.verdictStatus,
        date: values.verdictDate,
        rationale: values.verdictRationale,
      }
    : undefined
  const candidate = {
    ...context.editing,
    id,
    commitmentId: context.commitmentId,
    asOf: values.asOf,
    value: value.ok ? value.value : undefined,
    comparability: values.comparability,
    summary: values.summary,
    quote: optional(values.quote),
    source: {
      ...((context.editing?.source as JsonObject | undefined) ?? {}),
      title: values.sourceTitle,
      publisher: optional(values.sourcePublisher),
      url: optional(values.sourceUrl),
      date: values.sourceDate,
    },
    verdict,
    note: optional(values.note),
  }
  const checked = checkWithSchema(progressUpdateSchema, withoutUndefined(candidate), t)
  if (value.ok) return checked
  const message = t(context.unit === 'yuan' ? 'desk.form.notAnAmount' : 'desk.form.notANumber')
  return { value: null, errors: { ...checked.errors, value: message } }
}

/** Drops undefined keys (strict schemas read a present-but-undefined key as a field). */
export function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
