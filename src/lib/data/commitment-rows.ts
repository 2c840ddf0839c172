import { assess, type Assessment } from '../../domain/assessment/assess'
import type { Commitment } from '../../domain/schema/commitment'
import type { SourceDocument } from '../../domain/schema/document'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { Dataset } from './assemble'

/**
 * One commitment's assessment on a given day, with the letter it belongs to. Every surface
 * (overview, list, detail, report, embeds, exports) reads these rows and never calls a status or
 * progress rule itself, so they cannot tell the same commitment differently.
 */
export interface CommitmentRow extends Assessment {
  document: SourceDocument | undefined
  datasetId: string
}

/** Letter texts by dataset id, as far as they have loaded (a missing one means "unchecked"). */
export type LetterTexts = ReadonlyMap<string, string>

const NO_TEXTS: LetterTexts = new Map()

interface CachedRow {
  row: CommitmentRow
  asOf: string
  text: string | undefined
  /** The commitment's own updates the row was computed from, compared item by item. */
  own: readonly ProgressUpdate[]
}

/**
 * Rows by commitment object. The data layer re-assembles (new arrays, the same item objects)
 * every time another file arrives; a row whose commitment, document, day, text and evidence are
 * unchanged is reused instead of assessed again. Weak, so dropped data is collected with its rows.
 */
const cache = new WeakMap<Commitment, CachedRow>()

export function buildCommitmentRows(
  datasets: readonly Dataset[],
  asOf: string,
  texts: LetterTexts = NO_TEXTS,
): CommitmentRow[] {
  return datasets.flatMap((dataset) => {
    // Each rule only looks at the commitment's own updates: hand each just those, so a letter
    // costs O(commitments + updates) rather than commitments × updates.
    const byCommitment = groupUpdates(dataset.updates)
    const text = texts.get(dataset.entry.id)
    return dataset.commitments.map((commitment) => {
      const own = byCommitment.get(commitment.id) ?? NO_UPDATES
      const cached = cache.get(commitment)
      if (
        cached &&
        cached.asOf === asOf &&
        cached.text === text &&
        cached.row.document === dataset.document &&
        cached.row.datasetId === dataset.entry.id &&
        sameItems(cached.own, own)
      ) {
        return cached.row
      }
      const row: CommitmentRow = {
        ...assess(commitment, own, asOf, {
          date: dataset.document?.date,
          text,
          evidenceUnavailable: dataset.unavailable?.updates === true,
        }),
        document: dataset.document,
        datasetId: dataset.entry.id,
      }
      cache.set(commitment, { row, asOf, text, own })
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
