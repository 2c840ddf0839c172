import { STATUSES } from '../../../domain/status'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { StatusBadge } from '../../../lib/ui/status-badge'

/** What the marks mean. Only statuses that occur in this letter are listed, so none is a puzzle. */
export function LetterLegend({ rows }: { rows: readonly CommitmentRow[] }) {
  const { t } = useI18n()
  const statuses = STATUSES.filter((s) => rows.some((row) => row.status?.status === s))
  // A reported result has no status: the legend shows the kind label its marks carry instead.
  const result = rows.find((row) => row.status === null)
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
        {result && (
          <li>
            <span className="kind-label kind-result">{t('kind.result')}</span>{' '}
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
