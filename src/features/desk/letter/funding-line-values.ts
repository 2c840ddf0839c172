import { parseYuanText } from '../../../domain/draft/amount-text'
import { uniqueId } from '../../../domain/draft/ids'
import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import { fundingLineSchema, type FundingLine } from '../../../domain/schema/funding'
import type { Translate } from '../../../lib/i18n/translate'
import { withoutUndefined } from '../evidence/update-values'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional } from '../form/optional'
import type { FormValues } from '../form/use-form-values'

/**
 * A funding line made from a money commitment of the letter: one line, one entry quoting the
 * commitment's sentence as its evidence. What stage the money is at follows from what the letter
 * says: promised money is pledged, a reported result allocated, an estimate only needed (never
 * added to the money promised or paid).
 */
const STAGE_BY_KIND: Record<string, string> = {
  target: 'pledged',
  forecast: 'pledged',
  promise: 'pledged',
  result: 'allocated',
  estimate: 'needed',
}

export interface FundingContext {
  datasetId: string
  commitment: JsonObject
  /** Ids of every funding line of every letter. */
  takenIds: string[]
  letterDate: string | undefined
  /** Where the scanner read the money as coming from, when it said (自筹: self-raised). */
  fundSource?: string
}

export function fundingLineValues({
  commitment,
  letterDate,
  fundSource,
}: FundingContext): FormValues {
  const figure = (commitment.figure ?? {}) as JsonObject
  const asOf = typeof commitment.asOf === 'string' ? commitment.asOf : ''
  return {
    label: String(figure.label || commitment.title || ''),
    fundSource: fundSource ?? 'unspecified',
    fundName: '',
    stage: STAGE_BY_KIND[String(commitment.kind)] ?? 'pledged',
    comparator: String(figure.comparator ?? '='),
    amount: typeof figure.value === 'number' ? String(figure.value) : '',
    asWritten: String(figure.asWritten ?? ''),
    // A full date as the letter states it; else the letter's own date, when the money was stated.
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : (letterDate ?? ''),
    note: '',
  }
}

export function checkFundingLine(
  values: FormValues,
  context: FundingContext,
  t: Translate,
): Checked<FundingLine> {
  const commitmentId = idOf(context.commitment)
  const amountText = optional(values.amount)
  const amount = amountText === undefined ? undefined : parseYuanText(amountText)
  const candidate = {
    id: uniqueId([commitmentId.replace(/-c-/, '-f-')], context.takenIds),
    documentId: context.datasetId,
    commitmentIds: [commitmentId],
    label: values.label ?? '',
    fundSource: values.fundSource,
    fundName: optional(values.fundName),
    entries: [
      {
        stage: values.stage,
        comparator: values.comparator || '=',
        amount: amount ?? undefined,
        asWritten: optional(values.asWritten) ?? amountText,
        asOf: optional(values.asOf) ?? null,
        evidence: {
          type: 'document',
          documentId: context.datasetId,
          quote: String(context.commitment.quote ?? ''),
        },
        note: optional(values.note),
      },
    ],
  }
  const checked = checkWithSchema(fundingLineSchema, withoutUndefined(candidate), t)
  // The form's fields, by the line's JSON paths.
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(checked.errors)) {
    errors[path.replace(/^entries\[0\]\./, '')] ??= message
  }
  if (amountText !== undefined && amount === null) errors.amount = t('desk.form.notAnAmount')
  if (values.fundSource === 'special-fund' && !optional(values.fundName)) {
    errors.fundName = t('desk.funding.fundNameMissing')
  }
  return Object.keys(errors).length > 0 ? { value: null, errors } : checked
}
