import { deadlineState, type DeadlineState } from '../../domain/deadline'
import type { Commitment } from '../../domain/schema/commitment'
import type { SourceDocument } from '../../domain/schema/document'
import type { ProgressUpdate } from '../../domain/schema/update'
import { commitmentStatus, type StatusResult } from '../../domain/status'
import { evidenceFor, latestMeasurement } from '../../domain/target'
import type { Dataset } from './assemble'

/** Everything a view needs to show one commitment on a given day, computed once. */
export interface CommitmentRow {
  commitment: Commitment
  document: SourceDocument | undefined
  datasetId: string
  status: StatusResult
  /** Null for reported results: they have no deadline to watch. */
  deadline: DeadlineState | null
  /** Evidence published by the as-of date, newest first. */
  evidence: ProgressUpdate[]
  latest: (ProgressUpdate & { value: number }) | undefined
}

interface CachedRow {
  row: CommitmentRow
  asOf: string
  /** The commitment's own updates the row was computed from, compared item by item. */
  own: readonly ProgressUpdate[]
}

/**
 * Rows by commitment object. The data layer re-assembles (new arrays, the same item objects)
 * every time another file arrives, and each view builds rows again; a row whose commitment,
 * document, day and evidence are unchanged is reused instead of recomputing its status. Weak, so
 * data that is dropped (a refetch, another as-of day) is collected with its rows.
 */
const cache = new WeakMap<Commitment, CachedRow>()

export function buildCommitmentRows(datasets: readonly Dataset[], asOf: string): CommitmentRow[] {
  return datasets.flatMap((dataset) => {
    // Each status rule only looks at the commitment's own updates: hand each just those, so a
    // letter costs O(commitments + updates) rather than commitments × updates.
    const byCommitment = groupUpdates(dataset.updates)
    return dataset.commitments.map((commitment) => {
      const own = byCommitment.get(commitment.id) ?? NO_UPDATES
      const cached = cache.get(commitment)
      if (
        cached &&
        cached.asOf === asOf &&
        cached.row.document === dataset.document &&
        cached.row.datasetId === dataset.entry.id &&
        sameItems(cached.own, own)
      ) {
        return cached.row
      }
      const row = buildRow(commitment, dataset, own, asOf)
      cache.set(commitment, { row, asOf, own })
      return row
    })
  })
}

const NO_UPDATES: readonly ProgressUpdate[] = []

function groupUpdates(updates: readonly ProgressUpdate[]): Map<string, ProgressUpdate[]> {
  const groups = new Map<string, ProgressUpdate[]>()
  for (const update of updates) {
    const group = groups.get(update.commitmentId)
    if (group) group.push(update)
    else groups.set(update.commitmentId, [update])
  }
  return groups
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function buildRow(
  commitment: Commitment,
  dataset: Dataset,
  updates: readonly ProgressUpdate[],
  asOf: string,
): CommitmentRow {
  const status = commitmentStatus(commitment, updates, asOf)
  const latest = latestMeasurement(commitment.id, updates, asOf)
  const deadline =
    commitment.kind === 'result'
      ? null
      : deadlineState(commitment.deadline, asOf, status.status === 'kept', {
          ...(commitment.kind === 'target' && commitment.baseline
            ? { baseline: commitment.baseline }
            : {}),
          ...(latest ? { latest: { value: latest.value, asOf: latest.asOf } } : {}),
          ...(commitment.kind !== 'promise' ? { target: commitment.figure.value } : {}),
        })
  return {
    commitment,
    document: dataset.document,
    datasetId: dataset.entry.id,
    status,
    deadline,
    evidence: evidenceFor(commitment.id, updates, asOf),
    latest,
  }
}
