import { useId, useState, type FormEvent } from 'react'
import {
  matchingPreset,
  PERIOD_PRESETS,
  presetPeriod,
  type Period,
} from '../../domain/bulletin/period'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'

/**
 * The periods a bulletin is usually written for, as links (each a new history entry, so the back
 * button returns to the previous period), and a form for any other two days.
 */
export function BulletinPresets({
  asOf,
  letterDate,
  period,
  rawFrom,
  rawTo,
}: {
  asOf: string
  letterDate: string | null
  /** The period shown, or null when the address's dates could not be used. */
  period: Period | null
  rawFrom: string
  rawTo: string
}) {
  const { t } = useI18n()
  const { href, navigate } = useViewState()
  const current = period ? matchingPreset(period, asOf, letterDate) : null
  return (
    <div className="bulletin-controls">
      <nav className="bulletin-presets" aria-label={t('bulletin.presets.label')}>
        <ul>
          {PERIOD_PRESETS.map((preset) => {
            const p = presetPeriod(preset, asOf, letterDate)
            const label = t(`bulletin.preset.${preset}`)
            return (
              <li key={preset} data-preset={preset}>
                {p ? (
                  <a
                    href={href(paths.bulletin(), { from: p.from, to: p.to })}
                    aria-current={current === preset ? 'true' : undefined}
                  >
                    {label}
                  </a>
                ) : (
                  <span className="bulletin-preset-unavailable">
                    {label}
                    {' · '}
                    {t('bulletin.preset.noLetterDate')}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      </nav>
      <p className="bulletin-preset-note">{t('bulletin.preset.note')}</p>
      <PeriodForm
        // Fresh fields whenever the address changes the period.
        key={`${rawFrom}|${rawTo}|${period?.from}|${period?.to}`}
        initialFrom={period?.from ?? rawFrom}
        initialTo={period?.to ?? rawTo}
        onSubmit={(from, to) => navigate(href(paths.bulletin(), { from, to }))}
      />
    </div>
  )
}

function PeriodForm({
  initialFrom,
  initialTo,
  onSubmit,
}: {
  initialFrom: string
  initialTo: string
  onSubmit: (from: string, to: string) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [from, setFrom] = useState(initialFrom)
  const [to, setTo] = useState(initialTo)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    // Whatever was typed goes to the address: a wrong or reversed period gets its own message.
    onSubmit(from, to)
  }
  return (
    <form className="bulletin-form" onSubmit={submit} aria-label={t('bulletin.form.label')}>
      <label htmlFor={`${id}-from`}>{t('bulletin.form.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={from}
        onChange={(event) => setFrom(event.target.value)}
      />
      <label htmlFor={`${id}-to`}>{t('bulletin.form.to')}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={to}
        onChange={(event) => setTo(event.target.value)}
      />
      <button type="submit">{t('bulletin.form.show')}</button>
    </form>
  )
}
