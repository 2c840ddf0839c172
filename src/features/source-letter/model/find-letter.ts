import type { Dataset } from '../../../lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../../lib/data/commitment-rows'
import { datasetsAsOf } from '../../../lib/data/select-as-of'

export type LetterLookup =
  | { state: 'found'; dataset: Dataset; rows: CommitmentRow[] }
  | { state: 'missing' }
  /** The letter exists but is dated after the chosen "as of" day. */
  | { state: 'not-yet'; date: string }

/**
 * One letter by dataset id, as known on `asOf`. Looks in every dataset, not only the `?doc=`
 * narrowing, so a permalink keeps working whatever document filter the reader has set. `rows`
 * are the dashboard's rows for `asOf` (useDashboard().knownRows): the letter's marks then show
 * the very assessment every other surface shows.
 */
export function findLetter(
  datasets: readonly Dataset[],
  id: string,
  asOf: string,
  rows?: readonly CommitmentRow[],
): LetterLookup {
  const dataset = datasets.find((d) => d.entry.id === id)
  if (!dataset) return { state: 'missing' }
  const [known] = datasetsAsOf([dataset], asOf)
  if (!known) return { state: 'not-yet', date: dataset.document?.date ?? '' }
  const own = rows?.filter((row) => row.datasetId === id)
  return {
    state: 'found',
    dataset: known,
    rows: own && own.length > 0 ? own : buildCommitmentRows([known], asOf),
  }
}
