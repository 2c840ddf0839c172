import { useEffect, useMemo } from 'react'
import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import { fundingStageSchema, type FundingEntry } from '../../../domain/schema/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { Field } from '../form/field'
import { useFormValues } from '../form/use-form-values'
import { AmountHint } from './amount-hint'
import { checkDisbursement, EMPTY_DISBURSEMENT } from './disbursement-values'

interface Props {
  datasetId: string
  commitmentId: string
  quote: string
  lines: JsonObject[]
  updates: JsonObject[]
  onSave: (line: JsonObject, entry: FundingEntry) => void
}

/** Records money reaching a funding line (paid out, or allocated), citing its evidence. */
export function DisbursementForm({
  datasetId,
  commitmentId,
  quote,
  lines,
  updates,
  onSave,
}: Props) {
  const { t } = useI18n()
  const form = useFormValues(EMPTY_DISBURSEMENT)
  const { reset, set } = form
  // Lines of the chosen commitment first, preselected when there is exactly one.
  const ownLines = lines.filter((line) =>
    (line.commitmentIds as unknown[] | undefined)?.includes(commitmentId),
  )
  const ordered = [...ownLines, ...lines.filter((line) => !ownLines.includes(line))]
  const newest = updates.filter((update) => update.commitmentId === commitmentId).at(-1)
  useEffect(() => {
    reset({
      ...EMPTY_DISBURSEMENT,
      lineId: ownLines.length === 1 ? idOf(ownLines[0]) : '',
      evidence: newest ? `update:${idOf(newest)}` : '',
    })
    // Only when another commitment is chosen; the lists change with every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [commitmentId, reset])
  useEffect(() => {
    if (newest && !form.values.evidence) set('evidence', `update:${idOf(newest)}`)
  }, [newest, form.values.evidence, set])

  const checked = useMemo(
    () => checkDisbursement(form.values, { documentId: datasetId, quote }, t),
    [form.values, datasetId, quote, t],
  )
  const error = (name: string) => (form.shows(name) ? checked.errors[name] : undefined)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    form.submit()
    const line = lines.find((item) => idOf(item) === form.values.lineId)
    if (!checked.value || !line) return
    onSave(line, checked.value)
    reset({ ...EMPTY_DISBURSEMENT, lineId: form.values.lineId ?? '' })
  }

  return (
    <form
      className="desk-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="desk-disbursement-heading"
    >
      <h2 id="desk-disbursement-heading">{t('desk.disbursement.title')}</h2>
      <p className="desk-hint">{t('desk.disbursement.intro')}</p>
      <div className="desk-grid">
        <Field id="disbursement-line" label={t('desk.disbursement.line')} error={error('lineId')}>
          {(aria) => (
            <select {...aria} {...form.bind('lineId')}>
              <option value="">{t('desk.picker.choose')}</option>
              {ordered.map((line) => (
                <option key={idOf(line)} value={idOf(line)}>
                  {String(line.label ?? idOf(line))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="disbursement-stage" label={t('desk.disbursement.stage')} error={error('stage')}>
          {(aria) => (
            <select {...aria} {...form.bind('stage')}>
              {fundingStageSchema.options.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`desk.stage.${stage}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="disbursement-amount"
          label={t('desk.disbursement.amount')}
          hint={t('desk.update.valueHintYuan')}
          error={error('amount')}
        >
          {(aria) => <input {...aria} {...form.bind('amount')} />}
        </Field>
        <AmountHint text={form.values.amount ?? ''} />
        <Field
          id="disbursement-asWritten"
          label={t('desk.disbursement.asWritten')}
          hint={t('desk.disbursement.asWrittenHint')}
          error={error('asWritten')}
        >
          {(aria) => <input {...aria} {...form.bind('asWritten')} />}
        </Field>
        <Field id="disbursement-asOf" label={t('desk.disbursement.asOf')} error={error('asOf')}>
          {(aria) => <input type="date" {...aria} {...form.bind('asOf')} />}
        </Field>
        <Field
          id="disbursement-evidence"
          label={t('desk.disbursement.evidence')}
          hint={t('desk.disbursement.evidenceHint')}
          error={error('evidence')}
        >
          {(aria) => (
            <select {...aria} {...form.bind('evidence')}>
              <option value="">{t('desk.picker.choose')}</option>
              {updates.map((update) => (
                <option key={idOf(update)} value={`update:${idOf(update)}`}>
                  {`${String(update.asOf ?? '')} · ${String(update.summary ?? idOf(update)).slice(0, 60)}`}
                </option>
              ))}
              <option value="document">{t('desk.disbursement.evidenceLetter')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field
        id="disbursement-note"
        label={t('desk.update.note')}
        hint={t('desk.optional')}
        error={error('note')}
      >
        {(aria) => <textarea rows={2} {...aria} {...form.bind('note')} />}
      </Field>
      {form.submitted && !checked.value && (
        <p className="desk-error" role="alert">
          {t('desk.form.fixErrors', { count: Object.keys(checked.errors).length })}
        </p>
      )}
      <p className="desk-actions">
        <button type="submit" className="desk-primary">
          {t('desk.disbursement.add')}
        </button>
      </p>
    </form>
  )
}
