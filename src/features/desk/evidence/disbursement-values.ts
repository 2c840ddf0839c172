import { parseYuanText } from '../../../domain/draft/amount-text'
import type { JsonObject } from '../../../domain/draft/snapshot'
import { fundingEntrySchema, type FundingEntry } from '../../../domain/schema/funding'
import type { Translate } from '../../../lib/i18n/translate'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional } from '../form/optional'
import type { FormValues } from '../form/use-form-values'
import { withoutUndefined } from './update-values'

export const EMPTY_DISBURSEMENT: FormValues = {
  lineId: '',
  stage: 'disbursed',
  amount: '',
  asWritten: '',
  asOf: '',
  evidence: '',
  note: '',
}

/**
 * A funding entry from the form. The amount is typed as officials write it ("5334万元") and
 * stored in integer yuan; "as written" defaults to what was typed. The evidence is a progress
 * update (`update:<id>`) or the letter itself (`document`).
 */
export function checkDisbursement(
  values: FormValues,
  context: { documentId: string; quote: string },
  t: Translate,
): Checked<FundingEntry> {
  const amountText = optional(values.amount)
  const amount = amountText === undefined ? undefined : parseYuanText(amountText)
  const chosen = values.evidence ?? ''
  const evidence = chosen.startsWith('update:')
    ? { type: 'update', updateId: chosen.slice('update:'.length) }
    : chosen === 'document'
      ? { type: 'document', documentId: context.documentId, quote: context.quote }
      : undefined
  const candidate = {
    stage: values.stage,
    comparator: '=',
    amount: amount ?? undefined,
    asWritten: optional(values.asWritten) ?? amountText,
    asOf: values.asOf,
    evidence,
    note: optional(values.note),
  }
  const checked = checkWithSchema(fundingEntrySchema, withoutUndefined(candidate), t)
  const errors = { ...checked.errors }
  if (amountText !== undefined && amount === null) errors.amount = t('desk.form.notAnAmount')
  if (!values.lineId) errors.lineId = t('desk.disbursement.chooseLine')
  if (evidence === undefined) errors.evidence = t('desk.disbursement.chooseEvidence')
  return Object.keys(errors).length > 0 ? { value: null, errors } : checked
}

/** A line with the entry added (entries keep their order: the new one last). */
export function withEntry(line: JsonObject, entry: FundingEntry): JsonObject {
  const entries = Array.isArray(line.entries) ? line.entries : []
  return { ...line, entries: [...entries, entry] }
}
