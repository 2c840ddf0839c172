import { useId } from 'react'
import { STATUSES, statusTotals } from '../../../domain/status'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { Heading } from '../../../lib/ui/heading'
import { StatusBadge } from '../../../lib/ui/status-badge'
import { WidgetTools } from '../../../lib/ui/widget-tools'

/**
 * How many trackable commitments stand at each status, as labelled bars. Drawn in HTML/SVG rather
 * than recharts: it is small, must render with the first screen, and every figure is already text
 * (so it needs no separate table), and each status links to the list filtered by it.
 */
export function StatusTotals({ rows }: { rows: readonly CommitmentRow[] }) {
  const { t } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  // Reported results are things already done, not promises: their assessment has no status, so
  // they are counted apart. The list's status filter leaves them out too, so each link below
  // opens a list of exactly the count it shows.
  const trackable = rows.filter((row) => row.status !== null)
  const results = rows.length - trackable.length
  const totals = statusTotals(trackable.map((row) => row.status))
  const max = Math.max(1, ...Object.values(totals))
  return (
    <figure
      className="overview-widget status-totals"
      data-widget-id="status"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {t('overview.status.title')}
      </Heading>
      <p className="chart-summary">{t('overview.status.summary', { count: trackable.length })}</p>
      <ul className="status-bars">
        {STATUSES.map((status) => {
          const count = totals[status]
          const label = (
            <>
              <StatusBadge status={status} />{' '}
              <span className="status-count">{t('overview.status.count', { count })}</span>
            </>
          )
          return (
            <li key={status} data-status={status} data-count={count}>
              {count > 0 ? (
                // Named by what it shows (status and count) plus a hidden hint: a name that
                // repeats the visible words lets voice-control users say what they see.
                <a className="status-link" href={href(paths.commitments(), { status })}>
                  {label}
                  <span className="visually-hidden">{t('overview.status.link')}</span>
                </a>
              ) : (
                <span className="status-link">{label}</span>
              )}
              <svg
                className="status-bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  className={`status-bar-fill status-fill-${status}`}
                  width={(count / max) * 100}
                  height={10}
                />
              </svg>
            </li>
          )
        })}
      </ul>
      {results > 0 && (
        <p className="status-results">{t('overview.status.results', { count: results })}</p>
      )}
      <WidgetTools id="status" title={t('overview.status.title')} describedBy={titleId} />
    </figure>
  )
}
