import { describeLetter } from '../../lib/format/describe-letter'
import type { Language } from '../../domain/language'
import type { Dataset } from '../../lib/data/assemble'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import type { Translate } from '../../lib/i18n/translate'

/** What the list at `#/commitments` shows for a URL: its rows in its order, and its parameters. */
export interface ListedCommitments {
  rows: CommitmentRow[]
  filters: Record<string, unknown>
  sort: string
}

/**
 * The list's own selection (its filters, search and sort, from its pure functions). The list is
 * another feature's: src/app hands its selection in, so this feature never imports it.
 */
export type ListSelection = (
  known: readonly Dataset[],
  knownRows: readonly CommitmentRow[],
  params: URLSearchParams,
  lang: Language,
) => ListedCommitments

export interface FilteredCommitments extends ListedCommitments {
  /** Every commitment known on the as-of date (the list's "of N"). */
  total: number
  documentLabel: (datasetId: string) => string
}

/**
 * Exactly the commitments the list shows for the same URL: the same rows (the dashboard's,
 * assessed once for every document known on the as-of date, with the letters' texts for the
 * quote check) and the list's own selection, so the export can never disagree with the screen.
 */
export function filteredCommitments(
  known: readonly Dataset[],
  knownRows: readonly CommitmentRow[],
  params: URLSearchParams,
  select: ListSelection,
  t: Translate,
  lang: Language,
): FilteredCommitments {
  const labels = new Map(
    known.map((dataset) => [dataset.entry.id, describeLetter(dataset, t, lang)] as const),
  )
  return {
    ...select(known, knownRows, params, lang),
    total: knownRows.length,
    documentLabel: (id) => labels.get(id) ?? id,
  }
}
