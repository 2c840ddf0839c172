import { useEffect, useMemo } from 'react'
import type { JsonObject } from '../../../domain/draft/snapshot'
import {
  comparabilitySchema,
  verdictStatusSchema,
  type ProgressUpdate,
} from '../../../domain/schema/update'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { Field } from '../form/field'
import { errorFor } from '../form/form-issues'
import { useFormValues } from '../form/use-form-values'
import { AmountHint } from './amount-hint'
import { checkUpdate, EMPTY_UPDATE, updateToValues } from './update-values'

interface Props {
  datasetId: string
  commitment: JsonObject
  takenIds: string[]
  /** The update being changed; absent for a new one. */
  editing?: JsonObject
  onSave: (update: ProgressUpdate) => void
  onCancelEdit: () => void
}

/**
 * A dated progress update: what was reached, what happened, where it was published, how it
 * compares with the promise, and optionally a verdict with its rationale. Every field is checked
 * with the contract's progress-update schema as it is typed.
 */
export function UpdateForm({
  datasetId,
  commitment,
  takenIds,
  editing,
  onSave,
  onCancelEdit,
}: Props) {
  const { t } = useI18n()
  const form = useFormValues(editing ? updateToValues(editing) : EMPTY_UPDATE)
  const { reset } = form
  useEffect(() => {
    reset(editing ? updateToValues(editing) : EMPTY_UPDATE)
  }, [editing, reset, commitment])
  const figure = commitment.figure as { unit?: string; label?: string } | undefined
  const unit = figure?.unit
  const checked = useMemo(
    () =>
      checkUpdate(
        form.values,
        { commitmentId: String(commitment.id), datasetId, unit, takenIds, editing },
        t,
      ),
    [form.values, commitment.id, datasetId, unit, takenIds, editing, t],
  )
  const error = (name: string, path = name) =>
    form.shows(name) ? errorFor(checked.errors, path) : undefined

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    form.submit()
    if (!checked.value) return
    onSave(checked.value)
    reset(EMPTY_UPDATE)
  }

  return (
    <form className="desk-form" onSubmit={submit} noValidate aria-labelledby="desk-update-heading">
      <h2 id="desk-update-heading">
        {editing ? t('desk.update.editTitle', { id: String(editing.id) }) : t('desk.update.title')}
      </h2>
      <div className="desk-grid">
        <Field
          id="update-asOf"
          label={t('desk.update.asOf')}
          hint={t('desk.update.asOfHint')}
          error={error('asOf')}
        >
          {(aria) => <input type="date" {...aria} {...form.bind('asOf')} />}
        </Field>
        <Field
          id="update-value"
          label={t('desk.update.value', { unit: unit ? t(`desk.unit.${unit}` as never) : '—' })}
          hint={
            unit === 'yuan'
              ? t('desk.update.valueHintYuan')
              : t('desk.update.valueHint', { label: figure?.label ?? '' })
          }
          error={error('value')}
        >
          {(aria) => (
            <input
              inputMode={unit === 'yuan' ? 'text' : 'decimal'}
              {...aria}
              {...form.bind('value')}
            />
          )}
        </Field>
        {unit === 'yuan' && <AmountHint text={form.values.value ?? ''} />}
        <Field
          id="update-comparability"
          label={t('desk.update.comparability')}
          hint={t('desk.update.comparabilityHint')}
          error={error('comparability')}
        >
          {(aria) => (
            <select {...aria} {...form.bind('comparability')}>
              {comparabilitySchema.options.map((option) => (
                <option key={option} value={option}>
                  {t(`desk.comparability.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="update-summary"
        label={t('desk.update.summary')}
        hint={t('desk.update.summaryHint')}
        error={error('summary')}
      >
        {(aria) => <textarea rows={3} {...aria} {...form.bind('summary')} />}
      </Field>
      <Field
        id="update-quote"
        label={t('desk.update.quote')}
        hint={t('desk.optional')}
        error={error('quote')}
      >
        {(aria) => <textarea rows={2} {...aria} {...form.bind('quote')} />}
      </Field>
      <fieldset>
        <legend>{t('desk.update.source')}</legend>
        <div className="desk-grid">
          <Field
            id="update-sourceTitle"
            label={t('desk.update.sourceTitle')}
            error={error('sourceTitle', 'source.title')}
          >
            {(aria) => <input {...aria} {...form.bind('sourceTitle')} />}
          </Field>
          <Field
            id="update-sourcePublisher"
            label={t('desk.update.sourcePublisher')}
            hint={t('desk.optional')}
            error={error('sourcePublisher', 'source.publisher')}
          >
            {(aria) => <input {...aria} {...form.bind('sourcePublisher')} />}
          </Field>
          <Field
            id="update-sourceUrl"
            label={t('desk.update.sourceUrl')}
            hint={t('desk.update.sourceUrlHint')}
            error={error('sourceUrl', 'source.url')}
          >
            {(aria) => <input type="url" {...aria} {...form.bind('sourceUrl')} />}
          </Field>
          <Field
            id="update-sourceDate"
            label={t('desk.update.sourceDate')}
            error={error('sourceDate', 'source.date')}
          >
            {(aria) => <input type="date" {...aria} {...form.bind('sourceDate')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('desk.update.verdict')}</legend>
        <p className="desk-hint">{t('desk.update.verdictHint')}</p>
        <div className="desk-grid">
          <Field
            id="update-verdictStatus"
            label={t('desk.update.verdictStatus')}
            error={error('verdictStatus', 'verdict.status')}
          >
            {(aria) => (
              <select {...aria} {...form.bind('verdictStatus')}>
                <option value="">{t('desk.update.noVerdict')}</option>
                {verdictStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}` as never)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {form.values.verdictStatus && (
            <Field
              id="update-verdictDate"
              label={t('desk.update.verdictDate')}
              error={error('verdictDate', 'verdict.date')}
            >
              {(aria) => <input type="date" {...aria} {...form.bind('verdictDate')} />}
            </Field>
          )}
        </div>
        {form.values.verdictStatus && (
          <Field
            id="update-verdictRationale"
            label={t('desk.update.verdictRationale')}
            error={error('verdictRationale', 'verdict.rationale')}
          >
            {(aria) => <textarea rows={3} {...aria} {...form.bind('verdictRationale')} />}
          </Field>
        )}
      </fieldset>
      <Field
        id="update-note"
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
          {editing ? t('desk.update.saveChange') : t('desk.update.add')}
        </button>
        {editing && (
          <button type="button" onClick={onCancelEdit}>
            {t('desk.cancel')}
          </button>
        )}
      </p>
    </form>
  )
}
