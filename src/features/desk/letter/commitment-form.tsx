import { useMemo, useState } from 'react'
import { categorySchema, type Commitment } from '../../../domain/schema/commitment'
import { comparatorSchema, unitSchema } from '../../../domain/schema/primitives'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { AmountHint } from '../evidence/amount-hint'
import { Field } from '../form/field'
import { errorFor } from '../form/form-issues'
import { COMMITMENT_KINDS, kindHas, type CommitmentKind } from './commitment-kinds'
import { checkCommitment, type CommitmentDraft, type LetterContext } from './commitment-values'
const DEADLINE_TYPES = ['none', 'date', 'year', 'quarter'] as const

interface Props {
  initial: CommitmentDraft
  context: LetterContext
  heading: string
  submitLabel: string
  onSave: (commitment: Commitment) => void
  onCancel: () => void
}

/** One commitment, the same form for a proposal being edited, a sentence, or an existing item. */
export function CommitmentForm({
  initial,
  context,
  heading,
  submitLabel,
  onSave,
  onCancel,
}: Props) {
  const { t } = useI18n()
  const [values, setValues] = useState(initial.values)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const checked = useMemo(
    () => checkCommitment({ values, base: initial.base }, context, t),
    [values, initial.base, context, t],
  )
  const kind = values.kind as CommitmentKind
  const figureOptional = kind === 'forecast' || kind === 'result'
  const error = (name: string, path = name) =>
    submitted || touched.has(name) ? errorFor(checked.errors, path) : undefined
  const bind = (name: string) => ({
    value: values[name] ?? '',
    onChange: (event: { target: { value: string } }) =>
      setValues((old) => ({ ...old, [name]: event.target.value })),
    onBlur: () => setTouched((old) => new Set(old).add(name)),
  })
  const select = (
    name: string,
    options: readonly string[],
    label: (option: string) => string,
    hint?: string,
  ) => (
    <Field
      id={`commitment-${name}`}
      label={t(`desk.commitment.${name}` as MessageKey)}
      hint={hint}
      error={error(name)}
    >
      {(aria) => (
        <select {...aria} {...bind(name)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {label(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const text = (name: string, path = name, type = 'text', hint?: string) => (
    <Field
      id={`commitment-${name}`}
      label={t(`desk.commitment.${name}` as MessageKey)}
      hint={hint}
      error={error(name, path)}
    >
      {(aria) => <input type={type} {...aria} {...bind(name)} />}
    </Field>
  )
  const area = (name: string, path = name, hint?: string) => (
    <Field
      id={`commitment-${name}`}
      label={t(`desk.commitment.${name}` as MessageKey)}
      hint={hint}
      error={error(name, path)}
    >
      {(aria) => <textarea rows={2} {...aria} {...bind(name)} />}
    </Field>
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (checked.value) onSave(checked.value)
  }

  return (
    <form
      className="desk-form desk-commitment-form"
      onSubmit={submit}
      noValidate
      aria-label={heading}
    >
      <h3>{heading}</h3>
      <Field
        id="commitment-quote"
        label={t('desk.commitment.quote')}
        hint={t('desk.commitment.quoteHint')}
        error={error('quote')}
      >
        {(aria) => <textarea rows={3} {...aria} {...bind('quote')} />}
      </Field>
      <div className="desk-grid">
        {select(
          'kind',
          COMMITMENT_KINDS,
          (option) => t(`kind.${option}` as MessageKey),
          t(`desk.commitment.kindHint.${kind}` as MessageKey),
        )}
        {text('id')}
        {text('title')}
        {text('section')}
        {select('category', categorySchema.options, (option) =>
          t(`category.${option}` as MessageKey),
        )}
      </div>
      {kindHas(kind, 'figure') && (
        <fieldset>
          <legend>{t('desk.commitment.figure')}</legend>
          {figureOptional && <p className="desk-hint">{t('desk.commitment.figureOptional')}</p>}
          <div className="desk-grid">
            {select('comparator', comparatorSchema.options, (option) =>
              t(`desk.comparator.${option}` as MessageKey),
            )}
            {text('value', 'figure.value')}
            {select('unit', unitSchema.options, (option) => t(`desk.unit.${option}` as MessageKey))}
            {values.unit === 'yuan' && <AmountHint text={values.value ?? ''} />}
            {values.unit === 'measure' && text('unitName', 'figure.unitName')}
            {values.unit === 'measure' && text('unitNameEn', 'figure.unitNameEn')}
            {text('label', 'figure.label')}
            {text('asWritten', 'figure.asWritten')}
          </div>
        </fieldset>
      )}
      {kindHas(kind, 'asOf') && text('asOf', 'asOf', 'text', t('desk.commitment.asOfHint'))}
      {kindHas(kind, 'reason') && area('reason', 'reason', t('desk.commitment.reasonHint'))}
      {kindHas(kind, 'deadline') && (
        <fieldset>
          <legend>{t('desk.commitment.deadline')}</legend>
          <div className="desk-grid">
            {select('deadlineType', DEADLINE_TYPES, (option) =>
              t(`desk.deadline.${option}` as MessageKey),
            )}
            {values.deadlineType === 'date' && text('deadlineDate', 'deadline.date', 'date')}
            {(values.deadlineType === 'year' || values.deadlineType === 'quarter') &&
              text('deadlineYear', 'deadline.year')}
            {values.deadlineType === 'quarter' && text('deadlineQuarter', 'deadline.quarter')}
          </div>
        </fieldset>
      )}
      <div className="desk-grid">
        {area('condition', 'condition', t('desk.commitment.conditionHint'))}
        {text('implementer', 'implementer.name', 'text', t('desk.commitment.implementerHint'))}
      </div>
      <div className="desk-field desk-check">
        <input
          id="commitment-headline"
          type="checkbox"
          checked={values.headline === 'true'}
          onChange={(event) =>
            setValues((old) => ({ ...old, headline: event.target.checked ? 'true' : '' }))
          }
        />
        <label htmlFor="commitment-headline">{t('desk.commitment.headline')}</label>
      </div>
      <Field
        id="commitment-note"
        label={t('desk.update.note')}
        hint={t('desk.optional')}
        error={error('note')}
      >
        {(aria) => <textarea rows={2} {...aria} {...bind('note')} />}
      </Field>
      {submitted && !checked.value && (
        <p className="desk-error" role="alert">
          {t('desk.form.fixErrors', { count: Object.keys(checked.errors).length })}
        </p>
      )}
      <p className="desk-actions">
        <button type="submit" className="desk-primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('desk.cancel')}
        </button>
      </p>
    </form>
  )
}
