import {
  documentKindSchema,
  replyClassSchema,
  satisfactionSchema,
} from '../../../domain/schema/document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { Field } from '../form/field'
import type { FormValues } from '../form/use-form-values'

interface Props {
  values: FormValues
  error: (name: string) => string | undefined
  onChange: (name: string, value: string) => void
  onLeave: (name: string) => void
}

const TEXT_FIELDS = [
  'id',
  'number',
  'title',
  'session',
  'deputies',
  'suggestionTitle',
  'respondent',
] as const

/** The letter's details, as the document schema names them. */
export function LetterMetadataFields({ values, error, onChange, onLeave }: Props) {
  const { t } = useI18n()
  const bind = (name: string) => ({
    value: values[name] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
    onBlur: () => onLeave(name),
  })
  return (
    <fieldset>
      <legend>{t('desk.letter.metadata')}</legend>
      <div className="desk-grid">
        {TEXT_FIELDS.map((name) => (
          <Field
            key={name}
            id={`letter-${name}`}
            label={t(`desk.letter.field.${name}` as MessageKey)}
            hint={
              name === 'id' || name === 'deputies'
                ? t(`desk.letter.hint.${name}` as MessageKey)
                : undefined
            }
            error={error(name)}
          >
            {(aria) => <input {...aria} {...bind(name)} />}
          </Field>
        ))}
        <Field id="letter-date" label={t('desk.letter.field.date')} error={error('date')}>
          {(aria) => <input type="date" {...aria} {...bind('date')} />}
        </Field>
        <Field
          id="letter-url"
          label={t('desk.letter.field.url')}
          hint={t('desk.optional')}
          error={error('url')}
        >
          {(aria) => <input type="url" {...aria} {...bind('url')} />}
        </Field>
        <Field id="letter-kind" label={t('desk.letter.field.kind')} error={error('kind')}>
          {(aria) => (
            <select {...aria} {...bind('kind')}>
              {documentKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`desk.documentKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="letter-replyClass"
          label={t('document.replyClass')}
          hint={t('desk.optional')}
          error={error('replyClass')}
        >
          {(aria) => (
            <select {...aria} {...bind('replyClass')}>
              <option value="">{t('desk.notStated')}</option>
              {replyClassSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`document.replyClass.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="letter-satisfaction"
          label={t('document.satisfaction')}
          hint={t('desk.optional')}
          error={error('satisfaction')}
        >
          {(aria) => (
            <select {...aria} {...bind('satisfaction')}>
              <option value="">{t('desk.notStated')}</option>
              {satisfactionSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`document.satisfaction.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  )
}
