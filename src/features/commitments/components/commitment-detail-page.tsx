import { useMemo } from 'react'
import type { Dataset } from '../../../lib/data/assemble'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { DetailFacts } from './detail/detail-facts'
import { DetailHeader } from './detail/detail-header'
import { DetailHistory } from './detail/detail-history'
import { DetailNotFound } from './detail/detail-not-found'
import { DetailQuote } from './detail/detail-quote'
import { DetailSource } from './detail/detail-source'
import { DetailStatus } from './detail/detail-status'
import { EvidenceTimeline } from './detail/evidence-timeline'
import { findCommitment } from './detail/find-commitment'
import { ValueChartSection } from './detail/value-chart-section'
import './detail/detail.css'

/**
 * `#/commitments/<id>`: one promise, checkable on its own. The letter's exact words in their
 * paragraph, what was promised, whether it was kept and why, and every dated piece of evidence.
 */
export function CommitmentDetailPage({ id }: { id: string }) {
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <CommitmentDetail id={id} datasets={data.datasets} rows={data.knownRows} asOf={data.asOf} />
    </DataGate>
  )
}

function CommitmentDetail({
  id,
  datasets,
  rows,
  asOf,
}: {
  id: string
  datasets: Dataset[]
  rows: CommitmentRow[]
  asOf: string
}) {
  const { t } = useI18n()
  const { href } = useViewState()
  const lookup = useMemo(() => findCommitment(datasets, id, asOf, rows), [datasets, id, asOf, rows])
  const back = (
    <p className="page-back">
      <a href={href(paths.commitments())}>{t('detail.back')}</a>
    </p>
  )
  if (lookup.state !== 'found') return <DetailNotFound id={id} lookup={lookup} asOf={asOf} />
  const { row, dataset } = lookup
  // Each part in its own boundary: one broken widget never takes the quote or the status with it.
  return (
    <article className="commitment-detail" data-commitment-id={row.commitment.id}>
      {back}
      <ErrorBoundary>
        <DetailHeader row={row} />
      </ErrorBoundary>
      <div className="detail-grid">
        <ErrorBoundary>
          <DetailQuote row={row} dataset={dataset} />
        </ErrorBoundary>
        <ErrorBoundary>
          <DetailStatus row={row} />
        </ErrorBoundary>
        <ErrorBoundary>
          <DetailFacts row={row} />
        </ErrorBoundary>
        <ErrorBoundary>
          <DetailSource row={row} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary>
        <ValueChartSection row={row} />
      </ErrorBoundary>
      <ErrorBoundary>
        <EvidenceTimeline row={row} />
      </ErrorBoundary>
      <ErrorBoundary>
        <DetailHistory row={row} dataset={dataset} />
      </ErrorBoundary>
    </article>
  )
}
