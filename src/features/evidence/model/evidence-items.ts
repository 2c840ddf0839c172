import type { QualifiedEvidence } from '../../../domain/assessment/assess'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { qualifyEvidence } from './qualify'

/** One dated piece of evidence and the commitment it bears on, as of the view date. */
export interface EvidenceItem {
  evidence: QualifiedEvidence
  /** The assessed commitment the evidence is about (its status is shown beside it). */
  row: CommitmentRow
}

const cache = new WeakMap<readonly CommitmentRow[], EvidenceItem[]>()

/**
 * Every piece of evidence the rows' assessments hold (each is published by the view date, see
 * assess), newest publication first. Ties go to the later reported state, then to letter order,
 * so the page never reshuffles between renders. Kept per rows array: rows are rebuilt when the
 * data or the view date changes, and a keystroke in the search box changes neither.
 */
export function evidenceItems(rows: readonly CommitmentRow[]): EvidenceItem[] {
  let items = cache.get(rows)
  if (!items) {
    const all: EvidenceItem[] = []
    for (const row of rows) {
      for (const update of row.evidence) all.push({ evidence: qualifyEvidence(row, update), row })
    }
    // ISO dates compare as plain strings; a locale-aware comparison would cost ten times more
    // over a province's ~100 000 items.
    const keyed = all.map((item, index) => ({
      item,
      index,
      published: item.evidence.update.source.date,
      held: item.evidence.update.asOf,
    }))
    keyed.sort(
      (a, b) =>
        compareDesc(a.published, b.published) || compareDesc(a.held, b.held) || a.index - b.index,
    )
    items = keyed.map((k) => k.item)
    cache.set(rows, items)
  }
  return items
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0
}
