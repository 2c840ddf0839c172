import { lazy, Suspense, useMemo } from 'react'
import { formatDate } from '../../../../domain/dates'
import { formatFigure, formatValue } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import { ChartFrame } from '../../../../lib/chart/chart-frame'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../../lib/ui/error-boundary'
import { valueSeries } from './value-points'

// recharts stays out of the first screen: the figures and evidence render before it arrives.
const ValueChart = lazy(() => import('./value-chart'))

/**
 * The value over time against the target, for targets and forecasts with like-for-like values.
 * Without such values there is no chart, only words: an empty axis would read as zero.
 */
export function ValueChartSection({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { commitment } = row
  const series = useMemo(() => valueSeries(commitment, row.evidence), [commitment, row.evidence])
  if (commitment.kind !== 'target' && commitment.kind !== 'forecast') return null
  if (!series) {
    return (
      <section className="detail-section detail-chart" aria-labelledby="detail-chart-title">
        <h2 id="detail-chart-title">{t('detail.chart.title')}</h2>
        <p>{t(row.evidence.length === 0 ? 'state.no-evidence' : 'detail.chart.noValues')}</p>
      </section>
    )
  }
  const { figure, points } = series
  const updates = points.filter((p) => p.from.kind === 'update')
  const latest = updates[updates.length - 1]!
  return (
    <ErrorBoundary>
      <ChartFrame
        id={`commitment-value-${commitment.id}`}
        title={t('detail.chart.title')}
        summary={t('detail.chart.summary', {
          count: updates.length,
          latest: formatValue(latest.value, figure.unit, lang),
          date: formatDate(latest.date, lang),
          target: formatFigure(figure, lang),
        })}
        table={{
          columns: [t('detail.chart.date'), t('detail.chart.value'), t('detail.chart.what')],
          rows: points.map((point) => [
            formatDate(point.date, lang),
            formatValue(point.value, figure.unit, lang),
            point.from.kind === 'baseline'
              ? t('detail.chart.baseline')
              : localized(lang, point.from.update.source.title, point.from.update.source.titleEn),
          ]),
        }}
      >
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('chart.loading')}
            </p>
          }
        >
          <ValueChart series={series} due={row.deadline?.due ?? null} />
        </Suspense>
      </ChartFrame>
    </ErrorBoundary>
  )
}
