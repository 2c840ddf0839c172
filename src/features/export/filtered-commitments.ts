import { localized, type Language } from '../../domain/language'
import type { Dataset } from '../../lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../lib/data/commitment-rows'
import { datasetsAsOf } from '../../lib/data/select-as-of'
import type { Translate } from '../../lib/i18n/translate'
import {
  listCommitments,
  parseListParams,
  type ListParams,
} from '../commitments/filter-commitments'

export interface FilteredCommitments {
  list: ListParams
  /** What `#/commitments` shows for these parameters, in its order. */
  rows: CommitmentRow[]
  /** Every commitment known on the as-of date (the list's "of N"). */
  total: number
  documentLabel: (datasetId: string) => string
}

/**
 * Exactly the commitments the list at `#/commitments` shows for the same URL: the same datasets
 * (every document known on the as-of date), the same filters, search and sort, from the list's
 * own pure functions, so the export can never disagree with the screen.
 */
export function filteredCommitments(
  datasets: readonly Dataset[],
  asOf: string,
  params: URLSearchParams,
  t: Translate,
  lang: Language,
): FilteredCommitments {
  const known = datasetsAsOf(datasets, asOf)
  const all = buildCommitmentRows(known, asOf)
  const list = parseListParams(
    params,
    known.map((d) => d.entry.id),
  )
  const labels = new Map(
    known.map((dataset) => {
      const doc = dataset.document
      const label = !doc
        ? dataset.entry.id
        : doc.number
          ? t('document.number', { number: doc.number })
          : localized(lang, doc.title, doc.titleEn)
      return [dataset.entry.id, label] as const
    }),
  )
  return {
    list,
    rows: listCommitments(all, list, lang),
    total: all.length,
    documentLabel: (id) => labels.get(id) ?? id,
  }
}
