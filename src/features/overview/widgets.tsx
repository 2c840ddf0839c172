import { paths } from '../../lib/router/routes'
import type { ViewWidget } from '../../lib/ui/widget-registry'
import { FundingGlance } from './components/glance/funding-glance'
import { HeadlineTimeline } from './components/headline-timeline'
import { StatusTotals } from './components/status-totals'
import { TargetsChartFrame } from './components/targets-chart-frame'
import { UpcomingDeadlines } from './components/upcoming-deadlines'
import './components/overview.css'

/**
 * The overview's widgets that can stand alone (`?embed=<id>`), drawn from the same components as
 * the overview page. The ids are the ones src/features/embed/embed-target.ts lists.
 */
export const overviewWidgets = [
  {
    id: 'targets',
    titleKey: 'chart.progress.title',
    descriptionKey: 'embed.list.targets',
    route: paths.overview(),
    raise: 2,
    // One chart of every letter shown, as at the top of the overview.
    render: (data) => <TargetsChartFrame rows={data.rows} />,
  },
  {
    id: 'status',
    titleKey: 'overview.status.title',
    descriptionKey: 'embed.list.status',
    route: paths.overview(),
    raise: 2,
    render: (data) => <StatusTotals rows={data.rows} />,
  },
  {
    id: 'funding-summary',
    titleKey: 'overview.glance.funding.title',
    descriptionKey: 'embed.list.funding-summary',
    route: paths.funding(),
    raise: 2,
    render: (data) => <FundingGlance visible={data.visible} asOf={data.asOf} />,
  },
  {
    id: 'deadlines',
    titleKey: 'overview.deadlines.title',
    descriptionKey: 'embed.list.deadlines',
    route: paths.overview(),
    raise: 2,
    render: (data) => <UpcomingDeadlines rows={data.rows} />,
  },
  {
    id: 'timeline',
    titleKey: 'timeline.title',
    descriptionKey: 'overview.timeline.embed',
    route: paths.overview(),
    raise: 2,
    // The overview's own timeline: the headline commitments of the letters shown.
    render: (data) => <HeadlineTimeline data={data} />,
  },
] as const satisfies readonly ViewWidget[]
