import { useMemo } from 'react'
import type { Dataset } from '../../../lib/data/assemble'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { findLetter } from '../model/find-letter'
import { LetterBody } from './letter-body'
import { LetterMetadata } from './letter-metadata'
import { LetterNotFound } from './letter-not-found'
import './source-letter.css'

/**
 * `#/documents/<id>`: one letter in full, paragraph by paragraph, with every tracked quote marked
 * and linked, so a deputy sees at a glance what was promised, what is tracked and what is not.
 */
export function SourceLetterPage({ id }: { id: string }) {
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <SourceLetter id={id} datasets={data.datasets} rows={data.knownRows} asOf={data.asOf} />
    </DataGate>
  )
}

function SourceLetter({
  id,
  datasets,
  rows: knownRows,
  asOf,
}: {
  id: string
  datasets: Dataset[]
  rows: CommitmentRow[]
  asOf: string
}) {
  const { t } = useI18n()
  const { href, params } = useViewState()
  const lookup = useMemo(
    () => findLetter(datasets, id, asOf, knownRows),
    [datasets, id, asOf, knownRows],
  )
  if (lookup.state !== 'found') return <LetterNotFound id={id} lookup={lookup} asOf={asOf} />
  const { dataset, rows } = lookup
  return (
    <article className="source-letter" data-dataset-id={dataset.entry.id}>
      <p className="page-back">
        <a href={href(paths.documents())}>{t('source.back')}</a>
      </p>
      <ErrorBoundary>
        {dataset.document ? (
          <LetterMetadata document={dataset.document} />
        ) : (
          <>
            <h1 className="letter-title">{dataset.entry.id}</h1>
            <p className="letter-missing-document">{t('document.missing')}</p>
          </>
        )}
      </ErrorBoundary>
      <ErrorBoundary>
        <LetterBody dataset={dataset} rows={rows} highlightId={params.get('highlight')} />
      </ErrorBoundary>
    </article>
  )
}
