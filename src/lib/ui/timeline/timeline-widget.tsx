import { lazy, Suspense } from 'react'
import { derivedFrom } from '../../collections/derived-from'
import { buildCappedTimeline } from '../../../domain/assessment/timeline'
import { todayIso } from '../../../domain/dates'
import { STATUSES } from '../../../domain/status'
import { ChartFrame } from '../../chart/chart-frame'
import type { CommitmentRow } from '../../data/commitment-rows'
import { useI18n } from '../../i18n/i18n-context'
import { ErrorBoundary } from '../error-boundary'
import { StatusBadge } from '../status-badge'
import { WhenVisible } from '../when-visible'
import { labelRows, timelineHeight } from './timeline-layout'
import { Mark } from './timeline-mark'
import { timelineTable } from './timeline-table'
import './timeline.css'

// recharts stays out of the first screen: the summary and the table render before it arrives.
const TimelineChart = lazy(() => import('./timeline-chart'))

/**
 * Once per rows array and days: the overview visited again, or the list's filter ticked back to a
 * view it remembers, draws the same timeline without reading its rows again.
 */
const timelines = derivedFrom<
  readonly CommitmentRow[],
  ReturnType<typeof buildCappedTimeline<CommitmentRow>>
>()

const COMPARABILITIES = ['same-metric', 'related-metric', 'context'] as const

export interface TimelineWidgetProps {
  /** The rows to draw (from useDashboard()); results, estimates and declined requests are left out. */
  rows: readonly CommitmentRow[]
  /** The view date: open-ended bars end here, and evidence is what was published by it. */
  asOf: string
  /** The reader's today; the view date's line says so when they are the same day. */
  today?: string
  /** At most this many rows are drawn (most urgent first); the rest are behind `moreHref`. */
  limit?: number
  /** Where the rest are listed (e.g. the commitments list with the same filters). */
  moreHref?: string
  /** Widget id for embeds and exports: `timeline`, or one per letter where there are several. */
  chartId?: string
  title?: string
  /** False where no `?embed=` id draws the same rows (the list's filtered timeline). */
  embeddable?: boolean
}

/**
 * The timeline widget: every rated commitment's span from the letter to its deadline, its
 * evidence as marks, the letter, the view date and today as lines, in a ChartFrame with the same
 * facts as a table. The rows come from the one assessment; nothing here decides a status.
 */
export function TimelineWidget({
  rows,
  asOf,
  today = todayIso(),
  limit = Infinity,
  moreHref,
  chartId = 'timeline',
  title,
  embeddable = true,
}: TimelineWidgetProps) {
  const { t, lang } = useI18n()
  // Only the rows drawn are built: the list passes every row it shows (up to 55,000).
  const { timeline, more } = timelines(rows, `${asOf}\u0000${today}\u0000${limit}`, () =>
    buildCappedTimeline(rows, asOf, today, limit),
  )
  const shown = timeline.rows
  const statuses = STATUSES.filter((status) => shown.some((row) => row.status === status))
  const anyOpen = shown.some((row) => row.openEnded)
  const anyOverdue = shown.some((row) => row.overdue)
  const marks = COMPARABILITIES.filter((c) =>
    shown.some((row) => row.markers.some((m) => m.comparability === c)),
  )
  const reserve = timelineHeight(
    shown.length,
    labelRows(timeline.lines.map((l) => l.kind)).size,
    false,
  )
  return (
    <ErrorBoundary>
      <ChartFrame
        id={chartId}
        embeddable={embeddable}
        title={title ?? t('timeline.title')}
        summary={
          shown.length === 0
            ? t('timeline.summaryNone')
            : [t('timeline.summary', { count: shown.length }), t('timeline.order')].join(
                lang === 'en' ? ' ' : '',
              )
        }
        table={timelineTable(shown, t, lang)}
      >
        {timeline.unrated > 0 && (
          <p className="chart-note">{t('timeline.unrated', { count: timeline.unrated })}</p>
        )}
        {timeline.undated > 0 && (
          <p className="chart-note">{t('timeline.undated', { count: timeline.undated })}</p>
        )}
        {shown.length > 0 && (
          <WhenVisible minHeight={reserve}>
            <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
              <TimelineChart rows={shown} lines={timeline.lines} asOf={asOf} />
            </Suspense>
          </WhenVisible>
        )}
        {shown.length > 0 && (
          <ul className="timeline-legend">
            {statuses.map((status) => (
              <li key={status}>
                <span aria-hidden="true" className={`timeline-swatch status-${status}`} />
                <StatusBadge status={status} />
              </li>
            ))}
            {anyOpen && (
              <li>
                <span aria-hidden="true" className="timeline-swatch is-open" />
                {t('timeline.legend.openEnded')}
              </li>
            )}
            {anyOverdue && (
              <li>
                <span aria-hidden="true" className="timeline-swatch is-overdue" />
                {t('timeline.legend.overdue')}
              </li>
            )}
            {marks.length > 0 && (
              <li>
                {t('timeline.legend.markers')}
                {marks.map((c) => (
                  <span key={c} className="timeline-legend-mark">
                    <svg aria-hidden="true" width={16} height={16} viewBox="0 0 16 16">
                      <Mark marker={{ comparability: c }} cx={8} cy={8} />
                    </svg>
                    {t(`comparability.${c}`)}
                  </span>
                ))}
              </li>
            )}
          </ul>
        )}
        {more > 0 &&
          (moreHref ? (
            <p className="timeline-more">
              <a href={moreHref}>{t('timeline.more', { count: more })}</a>
            </p>
          ) : (
            <p className="timeline-more">{t('timeline.moreNoLink', { count: more })}</p>
          ))}
      </ChartFrame>
    </ErrorBoundary>
  )
}
