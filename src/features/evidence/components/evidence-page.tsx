import { useFoldedSearch } from '../../../lib/ui/use-folded-search'
import { describeLetter } from '../../../lib/format/describe-letter'
import { memo, useCallback, useMemo, useRef } from 'react'
import type { Language } from '../../../domain/language'
import type { Dataset } from '../../../lib/data/assemble'
import { useDashboard, type Dashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Translate } from '../../../lib/i18n/translate'
import { formatDate } from '../../../domain/dates'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { describeError } from '../../../lib/i18n/describe-issue'
import { evidenceItems } from '../model/evidence-items'
import {
  EMPTY_EVIDENCE_FILTERS,
  evidenceView,
  hasActiveEvidenceFilters,
  indexEvidence,
  parseEvidenceParams,
  termsOf,
  toEvidenceUrlParams,
  type EvidenceFilters,
} from '../model/filter-evidence'
import { EvidenceControls, type DocumentOption } from './evidence-controls'
import { EvidenceList } from './evidence-list'
import { useRecordedBy, type UnreadChangeLog } from './use-recorded-by'
import './evidence.css'

/**
 * `#/evidence`: every piece of evidence published by the view date, newest first, each with its
 * comparability label and caveat, its source and the commitment it bears on. Filters and search
 * live in the URL, as in the commitments list.
 */
export const EvidencePage = memo(function EvidencePage() {
  // memo: the router re-renders its page on every hash change, and the search box writes the
  // hash on every keystroke; the data hooks need not run again for that (see CommitmentsPage).
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <EvidenceView data={data} />
    </DataGate>
  )
})

function EvidenceView({ data }: { data: Dashboard }) {
  const { t, lang } = useI18n()
  const { params, setParams, href } = useViewState()
  const countRef = useRef<HTMLParagraphElement>(null)
  // Every letter known on the view date: the letter is one of this page's filters (`doc`).
  const { known, knownRows, asOf, newestEvidence } = data
  const items = useMemo(() => evidenceItems(knownRows), [knownRows])
  const documents = useMemo(() => documentOptions(known, t, lang), [known, t, lang])
  const filters = useMemo(
    () =>
      parseEvidenceParams(
        params,
        documents.map((d) => d.id),
      ),
    [params, documents],
  )
  const fold = useFoldedSearch(items, filters.q, indexEvidence)
  const { shown, counts } = useMemo(
    () => evidenceView(items, filters, fold),
    [items, filters, fold],
  )
  const update = useCallback(
    (next: Partial<EvidenceFilters>) => setParams(toEvidenceUrlParams(next)),
    [setParams],
  )
  const clear = useCallback(() => {
    update(EMPTY_EVIDENCE_FILTERS)
    countRef.current?.focus()
  }, [update])
  // The change logs of the letters whose evidence the page can show (the chosen letter only,
  // when one is chosen): when and by whom each piece was recorded.
  const withEvidence = useMemo(() => new Set(items.map((item) => item.row.datasetId)), [items])
  const letters = useMemo(
    () =>
      known.filter(
        (d) => withEvidence.has(d.entry.id) && (filters.doc === null || filters.doc === d.entry.id),
      ),
    [known, withEvidence, filters.doc],
  )
  const recordedBy = useRecordedBy(letters)
  const filtered = hasActiveEvidenceFilters(filters)
  const query = filters.q.trim()

  return (
    <section className="evidence-page" aria-labelledby="evidence-page-title">
      <h1 id="evidence-page-title">{t('evidence.title')}</h1>
      <p className="evidence-intro">{t('evidence.intro')}</p>
      <p className="evidence-page-dates">
        {t('assessment.dates.asOf', { date: formatDate(asOf, lang) })} ·{' '}
        {newestEvidence
          ? t('assessment.dates.newestEvidence', { date: formatDate(newestEvidence, lang) })
          : t('assessment.dates.noEvidence')}
      </p>
      {items.length === 0 ? (
        // Not "0 of 0": the data holds no evidence yet, and silence is not a verdict.
        <div className="evidence-empty" role="status">
          <h2>{t('evidence.empty.none.title')}</h2>
          <p>{t('evidence.empty.none.body', { date: formatDate(asOf, lang) })}</p>
        </div>
      ) : (
        <>
          <EvidenceControls
            filters={filters}
            counts={counts}
            documents={documents.length > 1 ? documents : []}
            onChange={update}
          />
          <div className="evidence-page-toolbar">
            <p className="evidence-count" role="status" ref={countRef} tabIndex={-1}>
              {t('evidence.count', { shown: shown.length, total: items.length })}
            </p>
            {termsOf(query).length > 0 && (
              <a className="evidence-list-link" href={href(paths.commitments(), { q: query })}>
                {t('evidence.search.listLink', { query })}
              </a>
            )}
            {filtered && shown.length > 0 && (
              <button type="button" className="evidence-clear" onClick={clear}>
                {t('evidence.clear')}
              </button>
            )}
          </div>
          {recordedBy.unread.length > 0 && <UnreadChangeLogs unread={recordedBy.unread} />}
          <ErrorBoundary resetKey={params.toString()}>
            {shown.length > 0 ? (
              // Keyed by the filters: a new filter starts again from the first page of items.
              <EvidenceList
                key={JSON.stringify(filters)}
                items={shown}
                recordedBy={recordedBy.of}
              />
            ) : (
              <div className="evidence-empty">
                <h2>{t('evidence.empty.filtered.title')}</h2>
                <p>{t('evidence.empty.filtered.body')}</p>
                <button type="button" className="evidence-clear" onClick={clear}>
                  {t('evidence.clear')}
                </button>
              </div>
            )}
          </ErrorBoundary>
        </>
      )}
    </section>
  )
}

/**
 * Said once on the page, not on every item: these letters' records of changes could not be
 * read, so their evidence is listed without when and by whom it was recorded.
 */
function UnreadChangeLogs({ unread }: { unread: readonly UnreadChangeLog[] }) {
  const { t, lang } = useI18n()
  return (
    <div className="evidence-recorded-unread" role="alert">
      {unread.map(({ dataset, error }) => (
        <p key={dataset.entry.id}>
          {t('evidence.recorded.unread', {
            letter: describeLetter(dataset, t, lang),
            message: describeError(error, t),
          })}
        </p>
      ))}
    </div>
  )
}

/** "第153005号建议" when the letter has a number, else its title; the id when it failed to load. */
function documentOptions(
  known: readonly Dataset[],
  t: Translate,
  lang: Language,
): DocumentOption[] {
  return known.map((dataset) => ({
    id: dataset.entry.id,
    label: describeLetter(dataset, t, lang),
  }))
}
