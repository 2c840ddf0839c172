import {
  touchedCommitments,
  type DatasetDiff,
  type ItemChange,
  type LineChange,
} from '../../../domain/draft/diff-datasets'
import { idOf, itemsOf, type DataSnapshot, type JsonObject } from '../../../domain/draft/snapshot'

/** Everything a draft changes about one commitment: itself, its updates, its funding lines. */
export interface CommitmentChanges {
  id: string
  commitment: JsonObject | undefined
  own: ItemChange | undefined
  updates: ItemChange[]
  funding: LineChange[]
}

/** The diff regrouped commitment by commitment, in the letter's order. */
export function changesByCommitment(
  diff: DatasetDiff,
  drafted: DataSnapshot,
  published: DataSnapshot,
): CommitmentChanges[] {
  const find = (snapshot: DataSnapshot, id: string) =>
    snapshot.datasets
      .flatMap((dataset) => itemsOf(dataset.commitments, 'commitments'))
      .find((item) => idOf(item) === id)
  return touchedCommitments(diff).map((id) => ({
    id,
    commitment: find(drafted, id) ?? find(published, id),
    own: diff.commitments.find((change) => change.id === id),
    updates: diff.updates.filter((change) => change.item.commitmentId === id),
    funding: diff.funding.filter(
      (change) =>
        Array.isArray(change.item.commitmentIds) && change.item.commitmentIds.includes(id),
    ),
  }))
}
