import type { DatasetDiff } from '../../../domain/draft/diff-datasets'

/** Counts for the desk's home: how much the draft changes, letter by letter. */
export interface DraftCounts {
  letters: number
  newLetters: number
  commitments: number
  updates: number
  fundingEntries: number
}

export function countChanges(diffs: DatasetDiff[]): DraftCounts {
  return {
    letters: diffs.length,
    newLetters: diffs.filter((diff) => diff.isNew).length,
    commitments: sum(diffs, (diff) => diff.commitments.length),
    updates: sum(diffs, (diff) => diff.updates.length),
    fundingEntries: sum(diffs, (diff) =>
      diff.funding.reduce(
        (n, line) => n + line.entriesAdded.length + line.entriesRemoved.length,
        0,
      ),
    ),
  }
}

function sum(diffs: DatasetDiff[], count: (diff: DatasetDiff) => number): number {
  return diffs.reduce((n, diff) => n + count(diff), 0)
}
