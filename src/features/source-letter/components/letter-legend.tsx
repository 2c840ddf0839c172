import { STATUSES } from '../../../domain/status'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { StatusBadge } from '../../../lib/ui/status-badge'

/** What the marks mean. Only statuses that occur in this letter are listed, so none is a puzzle. */
export function LetterLegend({ rows }: { rows: readonly CommitmentRow[] }) {
  const { t } = useI18n()
  const promises = rows.filter((row) => row.commitment.kind !== 'result')
  const statuses = STATUSES.filter((s) => promises.some((row) => row.status.status === s))
  const hasResults = rows.some((row) => row.commitment.kind === 'result')
  return (
    <section className="letter-legend" aria-labelledby="letter-legend-title">
      <h3 id="letter-legend-title">{t('source.legend.title')}</h3>
      <ul>
        <li>
          <mark className="letter-mark legend-sample">{t('source.legend.tracked')}</mark>
        </li>
        <li>
          <span className="legend-sample legend-untracked">{t('source.legend.untracked')}</span>
        </li>
        <li>
          <mark className="letter-mark is-overlap legend-sample">{t('source.legend.overlap')}</mark>
        </li>
        <li>
          <mark className="letter-mark is-target legend-sample">{t('source.legend.target')}</mark>
        </li>
      </ul>
      <p>{t('source.legend.markers')}</p>
      <ul className="legend-markers">
        {hasResults && (
          <li>
            <span className="letter-reported-badge">
              <span aria-hidden="true">≡</span>
              {t('source.mark.reported')}
            </span>{' '}
            {t('source.legend.reported')}
          </li>
        )}
        {statuses.map((status) => (
          <li key={status}>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
    </section>
  )
}
