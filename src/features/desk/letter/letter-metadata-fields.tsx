import type { ReactNode } from 'react'
import {
  documentKindSchema,
  filerRoleSchema,
  filingKindSchema,
  governmentLevelSchema,
  replyClassSchema,
  respondentRoleSchema,
  satisfactionSchema,
} from '../../../domain/schema/document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { Field } from '../form/field'
import type { FormValues } from '../form/use-form-values'
import { GuessMark } from './guess-mark'
import { notStatedKey, type NotStatedField } from './letter-fields'

interface Props {
  values: FormValues
  /** Fields filled from the text and not yet confirmed or cleared. */
  guessed: ReadonlySet<string>
  error: (name: string) => string | undefined
  onChange: (name: string, value: string) => void
  onLeave: (name: string) => void
  onConfirm: (name: string) => void
  onClear: (name: string) => void
  /** Marks a detail as not stated in the letter (its value cleared) or as stated again. */
  onNotStated: (name: NotStatedField, notStated: boolean) => void
}

const LABELS: Record<string, MessageKey> = {
  replyClass: 'document.replyClass',
  satisfaction: 'document.satisfaction',
}

const HINTS: Record<string, MessageKey> = {
  id: 'desk.letter.hint.id',
  deputies: 'desk.letter.hint.deputies',
  number: 'desk.letter.hint.number',
  replyNumber: 'desk.letter.hint.replyNumber',
  respondentLevel: 'desk.letter.hint.respondentLevel',
  url: 'desk.optional',
  replyClass: 'desk.optional',
  satisfaction: 'desk.optional',
}

/** The letter's details: what it answers, who filed it, who replies, when, and where it is. */
export function LetterMetadataFields(props: Props) {
  const { values, guessed, error, onChange, onLeave, onConfirm, onClear, onNotStated } = props
  const { t } = useI18n()
  const label = (name: string) => t(LABELS[name] ?? (`desk.letter.field.${name}` as MessageKey))
  const bind = (name: string) => ({
    value: values[name] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
    onBlur: () => onLeave(name),
  })
  const mark = (name: string) =>
    guessed.has(name) ? (
      <GuessMark
        field={label(name)}
        onConfirm={() => onConfirm(name)}
        onClear={() => onClear(name)}
      />
    ) : null
  const hint = (name: string) => (HINTS[name] ? t(HINTS[name]) : undefined)

  const text = (name: string, type = 'text') => (
    <Field
      key={name}
      id={`letter-${name}`}
      label={label(name)}
      hint={hint(name)}
      error={error(name)}
    >
      {(aria) => (
        <>
          <input type={type} {...aria} {...bind(name)} />
          {mark(name)}
        </>
      )}
    </Field>
  )
  const stated = (name: NotStatedField, type = 'text', extra?: ReactNode) => {
    const notStated = values[notStatedKey(name)] === 'true'
    return (
      <Field
        key={name}
        id={`letter-${name}`}
        label={label(name)}
        hint={hint(name)}
        error={error(name)}
      >
        {(aria) => (
          <>
            <input type={type} {...aria} {...bind(name)} disabled={notStated} />
            {mark(name)}
            <span className="desk-check">
              <input
                id={`letter-${name}-notStated`}
                type="checkbox"
                checked={notStated}
                aria-label={t('desk.letter.notStatedLabel', { field: label(name) })}
                onChange={(event) => onNotStated(name, event.target.checked)}
              />
              <label htmlFor={`letter-${name}-notStated`} aria-hidden="true">
                {t('desk.notStated')}
              </label>
            </span>
            {extra}
          </>
        )}
      </Field>
    )
  }
  const select = (name: string, options: readonly string[], optionKey: (o: string) => string) => (
    <Field
      key={name}
      id={`letter-${name}`}
      label={label(name)}
      hint={hint(name)}
      error={error(name)}
    >
      {(aria) => (
        <>
          <select {...aria} {...bind(name)}>
            {options.map((option) => (
              <option key={option} value={option}>
                {t(optionKey(option) as MessageKey)}
              </option>
            ))}
          </select>
          {mark(name)}
        </>
      )}
    </Field>
  )
  const unset = (values: readonly string[]) => ['', ...values]

  return (
    <fieldset>
      <legend>{t('desk.letter.metadata')}</legend>
      <div className="desk-grid">
        {select('filingKind', filingKindSchema.options, (o) => `desk.filingKind.${o}`)}
        {text('number')}
        {stated('suggestionTitle')}
        {text('deputies')}
        {select(
          'filerRole',
          unset(filerRoleSchema.options),
          (o) => `desk.filerRole.${o || 'byKind'}`,
        )}
        <div className="desk-field desk-check">
          <input
            id="letter-filersIncomplete"
            type="checkbox"
            checked={values.filersIncomplete === 'true'}
            onChange={(event) => onChange('filersIncomplete', event.target.checked ? 'true' : '')}
          />
          <label htmlFor="letter-filersIncomplete">{label('filersIncomplete')}</label>
          {mark('filersIncomplete')}
          {error('filersIncomplete') && (
            <p className="desk-error" role="alert">
              {error('filersIncomplete')}
            </p>
          )}
        </div>
        {stated('session')}
        {stated('title')}
        {text('replyNumber')}
        {text('respondent')}
        {select('respondentLevel', unset(governmentLevelSchema.options), (o) =>
          o ? `document.level.${o}` : 'desk.letter.levelUnset',
        )}
        {select('respondentRole', unset(respondentRoleSchema.options), (o) =>
          o ? `document.role.${o}` : 'desk.notStated',
        )}
        {stated(
          'date',
          'date',
          values.dateNotStated === 'true' ? null : (
            <label className="desk-inline">
              {label('dateSource')}{' '}
              <select {...bind('dateSource')}>
                <option value="letter">{t('desk.letter.dateSource.letter')}</option>
                <option value="publishing-page">
                  {t('desk.letter.dateSource.publishing-page')}
                </option>
              </select>
            </label>
          ),
        )}
        {text('id')}
        {text('url', 'url')}
        {select('kind', documentKindSchema.options, (o) => `desk.documentKind.${o}`)}
        {select('replyClass', unset(replyClassSchema.options), (o) =>
          o ? `document.replyClass.${o}` : 'desk.notStated',
        )}
        {select('satisfaction', unset(satisfactionSchema.options), (o) =>
          o ? `document.satisfaction.${o}` : 'desk.notStated',
        )}
      </div>
    </fieldset>
  )
}
