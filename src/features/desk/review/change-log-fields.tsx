import { useState } from 'react'
import type { VerdictStatus } from '../../../domain/schema/update'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { Field } from '../form/field'
import {
  changeLogProblems,
  type ChangeLogValue,
  type FieldKey,
  type VerdictChangeLine,
} from './change-log-values'

export type { ChangeLogValue, VerdictChangeLine } from './change-log-values'

/**
 * The change-log part of the review: 记录人 (required, as the official types it), a summary
 * (optional) and one reason per verdict change (required). Controlled: the value lives with the
 * review. A problem shows once its field was left, or everywhere once `showErrors` is set (the
 * official tried to publish).
 */
export function ChangeLogFields({
  value,
  onChange,
  verdictChanges,
  showErrors = false,
}: {
  value: ChangeLogValue
  onChange: (next: ChangeLogValue) => void
  verdictChanges: readonly VerdictChangeLine[]
  showErrors?: boolean
}) {
  const { t } = useI18n()
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set())
  const leave = (key: string) => setLeft((old) => (old.has(key) ? old : new Set(old).add(key)))
  const problems = changeLogProblems(value, verdictChanges, t)
  const error = (key: FieldKey) => (showErrors || left.has(key) ? problems[key] : undefined)
  const status = (s: VerdictStatus | null) => t(s ? `status.${s}` : 'status.not-rated')

  return (
    <fieldset className="desk-change-log">
      <legend>{t('desk.changeLog.legend')}</legend>
      <p className="desk-hint">{t('desk.changeLog.intro')}</p>
      <Field
        id="desk-change-log-recorded-by"
        label={t('desk.changeLog.recordedBy')}
        hint={t('desk.changeLog.recordedBy.hint')}
        error={error('recordedBy')}
      >
        {(aria) => (
          <input
            type="text"
            autoComplete="name"
            required
            {...aria}
            value={value.recordedBy}
            onChange={(event) => onChange({ ...value, recordedBy: event.target.value })}
            onBlur={() => leave('recordedBy')}
          />
        )}
      </Field>
      <Field
        id="desk-change-log-summary"
        label={t('desk.changeLog.summary')}
        hint={t('desk.changeLog.summary.hint')}
        error={error('summary')}
      >
        {(aria) => (
          <textarea
            rows={2}
            {...aria}
            value={value.summary}
            onChange={(event) => onChange({ ...value, summary: event.target.value })}
            onBlur={() => leave('summary')}
          />
        )}
      </Field>
      {verdictChanges.length > 0 && (
        <div className="desk-change-log-reasons">
          <p className="desk-hint">
            {t('desk.changeLog.reasons.intro', { count: verdictChanges.length })}
          </p>
          {verdictChanges.map((change) => {
            const key = `reason:${change.id}` as const
            return (
              <Field
                key={change.id}
                id={`desk-change-log-reason-${change.id}`}
                label={t(
                  change.to === null
                    ? 'desk.changeLog.reason.withdrawn'
                    : change.from === null
                      ? 'desk.changeLog.reason.set'
                      : 'desk.changeLog.reason.moved',
                  { title: change.title, from: status(change.from), to: status(change.to) },
                )}
                error={error(key)}
              >
                {(aria) => (
                  <textarea
                    rows={2}
                    required
                    {...aria}
                    value={value.reasons[change.id] ?? ''}
                    onChange={(event) =>
                      onChange({
                        ...value,
                        reasons: { ...value.reasons, [change.id]: event.target.value },
                      })
                    }
                    onBlur={() => leave(key)}
                  />
                )}
              </Field>
            )
          })}
        </div>
      )}
    </fieldset>
  )
}
