import { targetProgress } from '../../../domain/target'
import type { Dataset } from '../../../lib/data/assemble'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { HeadlineCard } from './headline-card'
import { TargetsChartFrame } from './targets-chart-frame'

/** The figures officials ask about first, each with its state, and one chart of progress. */
export function HeadlineTargets({ dataset, asOf }: { dataset: Dataset; asOf: string }) {
  const { t } = useI18n()
  const headline = dataset.commitments.filter((c) => c.headline)
  const targets = headline.flatMap((c) => (c.kind === 'target' ? [c] : []))
  const progress = targets.map((c) => targetProgress(c, dataset.updates, asOf))
  const headingId = `headline-${dataset.entry.id}`
  return (
    <section className="headline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('headline.title')}</h2>
      <p className="headline-summary">
        {t('headline.summary', {
          count: targets.length,
          met: progress.filter((p) => p.state === 'met').length,
          noEvidence: progress.filter((p) => p.state === 'no-evidence').length,
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
          <TargetsChartFrame dataset={dataset} asOf={asOf} />
        </ErrorBoundary>
      )}
    </section>
  )
}
