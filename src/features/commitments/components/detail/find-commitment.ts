import type { Dataset } from '../../../../lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../../../lib/data/commitment-rows'
import { datasetsAsOf } from '../../../../lib/data/select-as-of'

export type CommitmentLookup =
  | { state: 'found'; row: CommitmentRow; dataset: Dataset }
  | { state: 'missing' }
  /** The commitment exists, but its letter is dated after the chosen "as of" day. */
  | { state: 'not-yet'; date: string }

/**
 * One commitment by id, with its assessment for `asOf`. Searches every dataset rather than the
 * `?doc=` narrowing, so a permalink works whatever document filter the reader has set. `rows` are
 * the dashboard's rows for `asOf` (useDashboard().knownRows): given them, the page shows the very
 * assessment every other surface shows, quote check included, instead of assessing again.
 */
export function findCommitment(
  datasets: readonly Dataset[],
  id: string,
  asOf: string,
  rows?: readonly CommitmentRow[],
): CommitmentLookup {
  const dataset = datasets.find((d) => d.commitments.some((c) => c.id === id))
  if (!dataset) return { state: 'missing' }
  const [known] = datasetsAsOf([dataset], asOf)
  if (!known) return { state: 'not-yet', date: dataset.document?.date ?? '' }
  const row =
    rows?.find((r) => r.commitment.id === id) ??
    buildCommitmentRows([known], asOf).find((r) => r.commitment.id === id)
  return row ? { state: 'found', row, dataset: known } : { state: 'missing' }
}
