import { useMemo } from 'react'
import { comparatorSchema } from '../../../domain/schema/primitives'
import {
  fundingStageSchema,
  fundSourceSchema,
  type FundingLine,
} from '../../../domain/schema/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { AmountHint } from '../evidence/amount-hint'
import { Field } from '../form/field'
import { useFormValues } from '../form/use-form-values'
import { checkFundingLine, fundingLineValues, type FundingContext } from './funding-line-values'

/**
 * Makes a funding line of a money commitment: where the money comes from, what stage it is at,
 * the amount as the letter writes it. Its evidence is the commitment's own sentence.
 */
export function FundingLineForm({
  context,
  onSave,
  onCancel,
}: {
  context: FundingContext
  onSave: (line: FundingLine) => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const form = useFormValues(fundingLineValues(context))
  const checked = useMemo(
    () => checkFundingLine(form.values, context, t),
    [form.values, context, t],
  )
  const error = (name: string) => (form.shows(name) ? checked.errors[name] : undefined)
  const heading = t('desk.funding.title', { title: String(context.commitment.title ?? '') })
  const select = (name: string, options: readonly string[], key: (option: string) => string) => (
    <Field
      id={`funding-${name}`}
      label={t(`desk.funding.${name}` as MessageKey)}
      error={error(name)}
    >
      {(aria) => (
        <select {...aria} {...form.bind(name)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(key(option) as MessageKey)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const text = (name: string, type = 'text', hint?: string) => (
    <Field
      id={`funding-${name}`}
      label={t(`desk.funding.${name}` as MessageKey)}
      hint={hint}
      error={error(name)}
    >
      {(aria) => <input type={type} {...aria} {...form.bind(name)} />}
    </Field>
  )

  return (
    <form
      className="desk-form"
      aria-label={heading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        form.submit()
        if (checked.value) onSave(checked.value)
      }}
    >
      <h3>{heading}</h3>
      <p className="desk-hint">{t('desk.funding.intro')}</p>
      <blockquote>{String(context.commitment.quote ?? '')}</blockquote>
      <div className="desk-grid">
        {text('label')}
        {select('fundSource', fundSourceSchema.options, (o) => `desk.fundSource.${o}`)}
        {text(
          'fundName',
          'text',
          form.values.fundSource === 'special-fund'
            ? t('desk.funding.fundNameHint')
            : t('desk.optional'),
        )}
        {select('stage', fundingStageSchema.options, (o) => `desk.stage.${o}`)}
        {select('comparator', comparatorSchema.options, (o) => `desk.comparator.${o}`)}
        {text('amount', 'text', t('desk.update.valueHintYuan'))}
        <AmountHint text={form.values.amount ?? ''} />
        {text('asWritten', 'text', t('desk.disbursement.asWrittenHint'))}
        {text('asOf', 'date', t('desk.funding.asOfHint'))}
      </div>
      <Field
        id="funding-note"
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
          {t('desk.funding.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('desk.cancel')}
        </button>
      </p>
    </form>
  )
}
