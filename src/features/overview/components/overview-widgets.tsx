import { useId } from 'react'
import type { Dashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { FundingSummary } from './funding-summary'
import { StatusTotals } from './status-totals'
import { UpcomingDeadlines } from './upcoming-deadlines'
import './overview.css'

/**
 * Status, money and deadlines across every letter shown, below the headline figures (which must
 * render first). Everything here is computed for the view date, which the page states at its top
 * beside the newest evidence date.
 */
export function OverviewWidgets({ data }: { data: Dashboard }) {
  const { t } = useI18n()
  const headingId = useId()
  return (
    <section className="overview-widgets" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.widgets.title')}</h2>
      <div className="overview-widget-grid">
        <ErrorBoundary>
          <StatusTotals rows={data.rows} />
        </ErrorBoundary>
        <ErrorBoundary>
          <FundingSummary visible={data.visible} asOf={data.asOf} />
        </ErrorBoundary>
        <ErrorBoundary>
          <UpcomingDeadlines rows={data.rows} />
        </ErrorBoundary>
      </div>
    </section>
  )
}
