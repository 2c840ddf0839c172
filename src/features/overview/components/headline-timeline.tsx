import { derivedFrom } from '../../../lib/collections/derived-from'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import type { Dashboard } from '../../../lib/data/use-dashboard'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { TimelineWidget } from '../../../lib/ui/timeline/timeline-widget'

/** The headline rows, once per rows array (the same array each visit: its timeline is kept). */
const headlineRows = derivedFrom<readonly CommitmentRow[], CommitmentRow[]>()

/** Rows drawn on the overview; the list's timeline draws every filtered row. */
const HEADLINE_ROWS = 12

/**
 * The headline commitments of every letter shown on one timeline: letter date, deadlines,
 * evidence, today and the view date. The same widget, rows and order as `?embed=timeline`.
 */
export function HeadlineTimeline({ data }: { data: Pick<Dashboard, 'rows' | 'asOf'> }) {
  const { href } = useViewState()
  const rows = headlineRows(data.rows, '', () => data.rows.filter((row) => row.commitment.headline))
  return (
    <TimelineWidget
      rows={rows}
      asOf={data.asOf}
      limit={HEADLINE_ROWS}
      moreHref={href(paths.commitments())}
      chartId="timeline"
    />
  )
}
