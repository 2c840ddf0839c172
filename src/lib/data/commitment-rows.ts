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

export function buildCommitmentRows(datasets: readonly Dataset[], asOf: string): CommitmentRow[] {
  return datasets.flatMap((dataset) =>
    dataset.commitments.map((commitment) => {
      const status = commitmentStatus(commitment, dataset.updates, asOf)
      const latest = latestMeasurement(commitment.id, dataset.updates, asOf)
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
        evidence: evidenceFor(commitment.id, dataset.updates, asOf),
        latest,
      }
    }),
  )
}
