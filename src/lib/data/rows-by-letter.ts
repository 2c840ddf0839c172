import { derivedFrom } from '../collections/derived-from'
import { groupBy } from '../collections/group-by'
import type { CommitmentRow } from './commitment-rows'

const NO_ROWS: readonly CommitmentRow[] = []
const groups = derivedFrom<readonly CommitmentRow[], Map<string, CommitmentRow[]>>()

/**
 * Each letter's rows (in the rows' order), grouped once per rows array: the overview's letters
 * and the documents page's cards each filtered all 55,000 rows for their own on every visit.
 * The same array for a letter every time, so what is worked out from it can be kept too.
 */
export function rowsOfLetter(rows: readonly CommitmentRow[], datasetId: string) {
  return rowsByLetter(rows).get(datasetId) ?? NO_ROWS
}

export function rowsByLetter(
  rows: readonly CommitmentRow[],
): ReadonlyMap<string, readonly CommitmentRow[]> {
  return groups(rows, '', () => groupBy(rows, (row) => row.datasetId))
}
