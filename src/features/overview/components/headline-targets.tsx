import { lazy, Suspense } from 'react'
import { localized } from '../../../domain/language'
import { targetProgress } from '../../../domain/target'
import type { Dataset } from '../../../lib/data/assemble'
import { formatFigure, formatPercent, formatValue } from '../../../domain/figure-format'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { HeadlineCard } from './headline-card'
import type { ProgressRow } from './target-progress-chart'

// recharts is heavy: the headline figures render first, the chart streams in after.
const TargetProgressChart = lazy(() => import('./target-progress-chart'))

/** The figures officials ask about first, each with its state, and one chart of progress. */
export function HeadlineTargets({ dataset, asOf }: { dataset: Dataset; asOf: string }) {
  const { t, lang } = useI18n()
  const headline = dataset.commitments.filter((c) => c.headline)
  const targets = headline.flatMap((c) => (c.kind === 'target' ? [c] : []))
  const progress = targets.map((c) => ({
    commitment: c,
    progress: targetProgress(c, dataset.updates, asOf),
  }))
  const rows: ProgressRow[] = progress.map(({ commitment, progress: p }) => ({
    id: commitment.id,
    label: localized(lang, commitment.title, commitment.titleEn),
    percent: p.state === 'no-evidence' ? null : Math.round(p.fraction * 1000) / 10,
  }))
  const headingId = `headline-${dataset.entry.id}`
  return (
    <section className="headline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('headline.title')}</h2>
      <p className="headline-summary">
        {t('headline.summary', {
          count: targets.length,
          met: progress.filter((p) => p.progress.state === 'met').length,
          noEvidence: progress.filter((p) => p.progress.state === 'no-evidence').length,
        })}
      </p>
      <ul className="headline-grid">
        {headline.map((commitment) => (
          <li key={commitment.id}>
            <ErrorBoundary>
              <HeadlineCard commitment={commitment} updates={dataset.updates} asOf={asOf} />
            </ErrorBoundary>
          </li>
        ))}
      </ul>
      {targets.length > 0 && (
        <ErrorBoundary>
          <ChartFrame
            id="targets"
            title={t('chart.progress.title')}
            summary={t('chart.progress.summary')}
            table={{
              columns: [
                t('chart.table.item'),
                t('chart.table.target'),
                t('chart.table.latest'),
                t('chart.table.percent'),
              ],
              rows: progress.map(({ commitment, progress: p }) => [
                localized(lang, commitment.title, commitment.titleEn),
                formatFigure(commitment.figure, lang),
                p.state === 'no-evidence'
                  ? t('state.no-evidence')
                  : formatValue(p.value, commitment.figure.unit, lang),
                p.state === 'no-evidence' ? '—' : formatPercent(p.fraction, lang),
              ]),
            }}
          >
            <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
              <TargetProgressChart rows={rows} />
            </Suspense>
          </ChartFrame>
        </ErrorBoundary>
      )}
    </section>
  )
}
