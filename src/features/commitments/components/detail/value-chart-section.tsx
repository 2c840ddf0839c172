import { describeNoEvidence } from '../../../../lib/format/describe-assessment'
import { lazy, Suspense, useMemo } from 'react'
import { formatDate } from '../../../../domain/dates'
import { formatFigure } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import { ChartFrame } from '../../../../lib/chart/chart-frame'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeProgress } from '../../../../lib/format/describe-assessment'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../../lib/ui/error-boundary'
import { useLineWords } from './value-line-words'
import { valueSeries } from './value-points'

// recharts stays out of the first screen: the figures and evidence render before it arrives.
const ValueChart = lazy(() => import('./value-chart'))

/**
 * The value over time against the target, for targets and forecasts with like-for-like values.
 * Without such values there is no chart, only words: an empty axis would read as zero. Where the
 * data allows two readings (the baseline's relation to the target not stated), both are drawn,
 * named, and a derived figure says so with its arithmetic in the table.
 */
export function ValueChartSection({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { commitment } = row
  const series = useMemo(() => valueSeries(commitment, row.evidence), [commitment, row.evidence])
  const words = useLineWords(series)
  if (commitment.kind !== 'target' && commitment.kind !== 'forecast') return null
  if (!series || !words) {
    return (
      <section className="detail-section detail-chart" aria-labelledby="detail-chart-title">
        <h2 id="detail-chart-title">{t('detail.chart.title')}</h2>
        <p>{row.evidence.length === 0 ? describeNoEvidence(row, t) : t('detail.chart.noValues')}</p>
      </section>
    )
  }
  const { figure, lines } = series
  const first = lines[0]!
  const updates = first.points.filter((p) => p.from.kind === 'update')
  const latest = updates[updates.length - 1]!
  const summary =
    lines.length > 1
      ? t('detail.chart.summaryTwo', {
          count: updates.length,
          date: formatDate(latest.date, lang),
          progress: describeProgress(row, t, lang) ?? '',
          target: formatFigure(figure, lang),
        })
      : t('detail.chart.summary', {
          count: updates.length,
          latest: words.value(latest),
          date: formatDate(latest.date, lang),
          target: formatFigure(figure, lang),
        })
  // One row per day, one column per reading: every figure of the chart, as text.
  const dates = [...new Set(lines.flatMap((l) => l.points.map((p) => p.date)))].sort()
  const tableRows = dates.map((date) => {
    const at = lines.map((line) => line.points.find((p) => p.date === date))
    const from = at.find((p) => p !== undefined)!.from
    return [
      formatDate(date, lang),
      ...at.map((point) => (point ? words.value(point) : '—')),
      from.kind === 'baseline'
        ? t('detail.chart.baseline')
        : localized(lang, from.update.source.title, from.update.source.titleEn),
    ]
  })
  return (
    <ErrorBoundary>
      <ChartFrame
        id={`commitment-value-${commitment.id}`}
        title={t('detail.chart.title')}
        summary={summary}
        table={{
          columns: [t('detail.chart.date'), ...words.names, t('detail.chart.what')],
          rows: tableRows,
        }}
      >
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('chart.loading')}
            </p>
          }
        >
          <ValueChart series={series} names={words.names} due={row.deadline?.due ?? null} />
        </Suspense>
      </ChartFrame>
    </ErrorBoundary>
  )
}
