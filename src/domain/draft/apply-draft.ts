import { CONTRACT_VERSION, type DatasetEntry } from '../schema/data-index'
import type { Draft } from './draft-schema'
import { defaultEntry, type DataSnapshot, type DatasetSnapshot } from './snapshot'

/**
 * The data as it would be published: the published files with the draft's files in their place,
 * the draft's new letters appended to the index. A file the draft adds to a published letter
 * (its first updates or funding file) gets the path a new letter would use, and the index entry
 * names it. Files the desk writes are checked with the current contract's schemas, so an index
 * the draft changes says it is written for that contract.
 */
export function applyDraft(published: DataSnapshot, draft: Draft): DataSnapshot {
  const publishedIds = new Set(published.datasets.map((dataset) => dataset.entry.id))
  const added = draft.newEntries.filter((entry) => !publishedIds.has(entry.id))
  const datasets: DatasetSnapshot[] = [
    ...published.datasets,
    ...added.map((entry) => ({ entry })),
  ].map((dataset) => {
    const edited = draft.datasets[dataset.entry.id]
    if (!edited) return dataset
    return { ...dataset, ...edited, entry: entryFor(dataset.entry, edited) }
  })
  const changed = Object.keys(draft.datasets).length > 0 || added.length > 0
  return {
    index: {
      ...published.index,
      ...(changed ? { contractVersion: CONTRACT_VERSION } : {}),
      datasets: datasets.map((dataset) => dataset.entry),
    },
    datasets,
  }
}

function entryFor(entry: DatasetEntry, edited: Draft['datasets'][string]): DatasetEntry {
  const paths = defaultEntry(entry.id)
  const next = { ...entry }
  if (edited.updates !== undefined && !next.updates) next.updates = paths.updates
  if (edited.funding !== undefined && !next.funding) next.funding = paths.funding
  return next
}
