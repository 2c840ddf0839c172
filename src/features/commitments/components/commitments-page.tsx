import { useFoldedSearch } from '../../../lib/ui/use-folded-search'
import { describeLetter } from '../../../lib/format/describe-letter'
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { Language } from '../../../domain/language'
import type { Dataset } from '../../../lib/data/assemble'
import { useDashboard, type Dashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Translate } from '../../../lib/i18n/translate'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { RaiseHeadings } from '../../../lib/ui/heading'
import { TimelineWidget } from '../../../lib/ui/timeline/timeline-widget'
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  hasActiveFilters,
  indexForSearch,
  parseListParams,
  toUrlParams,
  type ListParams,
} from '../filter-commitments'
import { cachedListView, cachedSplitByRating } from '../list-view-cache'
import { ListControls, type DocumentOption } from './list-controls'
import { ListEmptyState } from './list-empty-state'
import { ListResultsGroup } from './list-results-group'
import { ListSummary } from './list-summary'
import { ListTable } from './list-table'
import './commitments.css'

/** Rows the list's timeline draws (most urgent first); the list above has every one. */
const LIST_TIMELINE_ROWS = 12

/**
 * `#/commitments`: every visible commitment, promise by promise, with filters, search and sort
 * that all live in the URL, so a filtered list can be shared and survives a reload.
 */
export const CommitmentsPage = memo(function CommitmentsPage() {
  // memo: the router re-renders its page on every change of the URL hash, and this list writes
  // its search into the hash on every keystroke. Re-running the data hooks (four queries per
  // letter) each time would cost more than the search; the list below follows the hash itself.
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <CommitmentsList data={data} />
    </DataGate>
  )
})

function CommitmentsList({ data }: { data: Dashboard }) {
  const { t, lang } = useI18n()
  const { params, setParams } = useViewState()
  const summaryRef = useRef<HTMLDivElement>(null)

  // Every document known on the as-of date, not only `?doc=`: the document is one of this
  // list's filters here, so the count can say "4 of 5" rather than "4 of 4". The dashboard has
  // built those rows already (once per data and day, not once per keystroke).
  const { known, knownRows: rows } = data
  const documents = useMemo(() => documentOptions(known, t, lang), [known, t, lang])

  const list = useMemo(
    () =>
      parseListParams(
        params,
        documents.map((d) => d.id),
      ),
    [params, documents],
  )
  const fold = useFoldedSearch(rows, list.q, indexForSearch)
  const { shown, facets } = useMemo(
    () => cachedListView(rows, list, lang, fold),
    [rows, list, lang, fold],
  )
  // `shown`: the filtered rows in list order (the export's order too): by default the promises
  // and targets by urgency, then the reported results, estimates and declined requests.
  const grouped = list.sort === DEFAULT_SORT
  const { rated, unrated } = useMemo(() => cachedSplitByRating(shown), [shown])
  // The timeline below the list redraws a chart, which cost as much as the list itself on each
  // keystroke or tick at a province's scale: it follows a moment after the list and its count
  // (what the reader is watching), marked busy and dimmed until it shows the same rows.
  const timelineRows = useDeferredValue(shown)
  const timelineBehind = timelineRows !== shown
  // The results group starts folded and stays as the reader leaves it while filtering; it is
  // not in the URL, so a reload or a shared link opens it folded again.
  const [othersOpen, setOthersOpen] = useState(false)
  const filtered = hasActiveFilters(list)
  const several = documents.length > 1
  const documentsShown = several ? documents : null

  const update = useCallback(
    (next: Partial<ListParams>) => setParams(toUrlParams(next)),
    [setParams],
  )
  // The button that was pressed disappears with its filter: keep keyboard focus nearby.
  const updateAndRefocus = useCallback(
    (next: Partial<ListParams>) => {
      update(next)
      summaryRef.current?.focus()
    },
    [update],
  )

  return (
    <section className="commitments-list" aria-labelledby="commitments-list-title">
      <h1 id="commitments-list-title">{t('list.title')}</h1>
      <p className="list-intro">{t('list.intro')}</p>
      <ListControls
        list={list}
        facets={facets}
        rows={rows}
        documents={several ? documents : []}
        onChange={update}
      />
      <ListSummary
        ref={summaryRef}
        list={list}
        shown={shown.length}
        total={rows.length}
        documents={documents}
        showClear={filtered && shown.length > 0}
        onRemove={updateAndRefocus}
        onClear={() => updateAndRefocus(EMPTY_FILTERS)}
      />
      <ErrorBoundary resetKey={params.toString()}>
        {shown.length === 0 ? (
          <ListEmptyState onClear={filtered ? () => updateAndRefocus(EMPTY_FILTERS) : undefined} />
        ) : !grouped ? (
          // A sort the reader chose: one table in that order, every kind together.
          <ListTable rows={shown} documents={documentsShown} />
        ) : rated.length === 0 ? (
          // Only results and the like match (say ?kind=result): nothing to fold them under.
          <ListTable
            rows={unrated}
            documents={documentsShown}
            columns="unrated"
            caption="list.others.caption"
          />
        ) : (
          <>
            <ListTable rows={rated} documents={documentsShown} />
            {unrated.length > 0 && (
              <ListResultsGroup
                rows={unrated}
                documents={documentsShown}
                open={othersOpen}
                onOpenChange={setOthersOpen}
              />
            )}
          </>
        )}
      </ErrorBoundary>
      {/* Below the list, not above it: on a phone the list is what a reader came for. */}
      {shown.length > 0 && timelineRows.length > 0 && (
        <ErrorBoundary resetKey={params.toString()}>
          {/* Right under the page's h1, so its title is an h2 here (an h3 on the overview). */}
          <RaiseHeadings by={1}>
            <div
              className={timelineBehind ? 'list-timeline list-timeline-behind' : 'list-timeline'}
              aria-busy={timelineBehind || undefined}
            >
              <TimelineWidget
                rows={timelineRows}
                asOf={data.asOf}
                limit={LIST_TIMELINE_ROWS}
                chartId="timeline-list"
                // Its rows are the list's filters, which no embed id carries.
                embeddable={false}
              />
            </div>
          </RaiseHeadings>
        </ErrorBoundary>
      )}
    </section>
  )
}

/** "第900001号建议" when the letter has a number, else its title; the id when it failed to load. */
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
