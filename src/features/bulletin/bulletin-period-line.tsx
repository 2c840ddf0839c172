import { formatDate } from '../../domain/dates'
import { useI18n } from '../../lib/i18n/i18n-context'
import type { BulletinProblem, BulletinView } from './bulletin-model'

/** "时段:2024年1月1日至2024年12月31日", what it is compared with, and why it is this period. */
export function BulletinPeriodLine({ view }: { view: BulletinView }) {
  const { t, lang } = useI18n()
  if (!view.period || !view.bulletin) return null
  const { from, to } = view.period
  // Chinese sentences run on without a space; English ones are spaced.
  const gap = lang === 'en' ? ' ' : ''
  return (
    <div className="bulletin-period" data-from={from} data-to={to}>
      <p className="bulletin-period-line">
        {t('bulletin.period', { from: formatDate(from, lang), to: formatDate(to, lang) })}
      </p>
      <p className="bulletin-period-note">
        {t('bulletin.baseline', { date: formatDate(view.bulletin.baseline, lang) })}
        {view.isDefault && (
          <>
            {gap}
            {t('bulletin.default')}
          </>
        )}
        {view.clippedFrom && (
          <>
            {gap}
            {t('bulletin.clipped', {
              to: formatDate(view.clippedFrom, lang),
              asOf: formatDate(to, lang),
            })}
          </>
        )}
      </p>
    </div>
  )
}

/** Why the address's period cannot be shown, and what to do: the presets stay below it. */
export function BulletinProblemMessage({ problem }: { problem: BulletinProblem }) {
  const { t, lang } = useI18n()
  const params: Record<string, string> = {}
  if ('value' in problem) params.value = problem.value
  if ('from' in problem) params.from = formatDate(problem.from, lang)
  if ('to' in problem) params.to = formatDate(problem.to, lang)
  if ('asOf' in problem) params.asOf = formatDate(problem.asOf, lang)
  return (
    <div className="bulletin-problem" role="alert" data-problem={problem.code}>
      <p>{t(`bulletin.problem.${problem.code}`, params)}</p>
      <p>{t('bulletin.problem.hint')}</p>
    </div>
  )
}
