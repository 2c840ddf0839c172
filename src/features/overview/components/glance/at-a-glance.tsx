import { useId } from 'react'
import type { Dashboard } from '../../../../lib/data/use-dashboard'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../../lib/ui/error-boundary'
import { StatusTotals } from '../status-totals'
import { TargetsChartFrame } from '../targets-chart-frame'
import { UpcomingDeadlines } from '../upcoming-deadlines'
import { FundingGlance } from './funding-glance'
import '../overview.css'
import './glance.css'

/** Overdue and soon-due items at a glance; the panel links to the full list. */
const URGENT_AT_A_GLANCE = 4
/** Targets drawn at a glance (the chart's table lists them all), as many as the list's timeline. */
const TARGETS_AT_A_GLANCE = 12

/**
 * The first screen's four answers, for every letter shown: how far each headline target is, where
 * the commitments stand, what the money did, and what is late or due. Each panel states its
 * figures as text (the charts are drawings of them), and links to the page with all of them.
 */
export function AtAGlance({ data }: { data: Dashboard }) {
  const { t } = useI18n()
  const headingId = useId()
  return (
    <section className="at-a-glance" aria-labelledby={headingId} data-glance-root="">
      <h2 id={headingId} className="visually-hidden">
        {t('overview.glance.title')}
      </h2>
      <div className="glance-grid">
        <div className="glance-panel glance-targets" data-glance="targets">
          <ErrorBoundary>
            <TargetsChartFrame rows={data.rows} limit={TARGETS_AT_A_GLANCE} />
          </ErrorBoundary>
        </div>
        <div className="glance-panel" data-glance="status">
          <ErrorBoundary>
            <StatusTotals rows={data.rows} />
          </ErrorBoundary>
        </div>
        <div className="glance-panel" data-glance="deadlines">
          <ErrorBoundary>
            <UpcomingDeadlines rows={data.rows} limit={URGENT_AT_A_GLANCE} />
          </ErrorBoundary>
        </div>
        <ErrorBoundary>
          <FundingGlance visible={data.visible} asOf={data.asOf} />
        </ErrorBoundary>
      </div>
    </section>
  )
}
