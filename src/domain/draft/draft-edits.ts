import type { DatasetEntry } from '../schema/data-index'
import type { Draft, DraftDataset, LetterWork } from './draft-schema'
import {
  defaultEntry,
  idOf,
  itemsOf,
  LIST_KEYS,
  type DataSnapshot,
  type DatasetSnapshot,
  type JsonObject,
  type ListKind,
} from './snapshot'

/*
 * The desk's edits, as pure functions from one draft to the next. A draft keeps whole files: the
 * first edit to a published file copies it into the draft, so what is published later is exactly
 * the published file with the official's changes, in the same order, nothing else touched.
 */

function touch(draft: Draft, now: Date): Draft {
  return { ...draft, savedAt: now.toISOString() }
}

/** The dataset as the draft currently has it (published files with the draft's in their place). */
export function currentDataset(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
): DatasetSnapshot | undefined {
  const base =
    published.datasets.find((dataset) => dataset.entry.id === datasetId) ??
    draft.newEntries
      .filter((entry) => entry.id === datasetId)
      .map((entry): DatasetSnapshot => ({ entry }))[0]
  if (!base) return undefined
  return { ...base, ...draft.datasets[datasetId] }
}

/** Adds an item to a list file, or replaces the item with the same id. */
export function upsertItem(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
  kind: ListKind,
  item: JsonObject,
  now = new Date(),
): Draft {
  const file = currentDataset(published, draft, datasetId)?.[kind] ?? {
    documentId: datasetId,
    [LIST_KEYS[kind]]: [],
  }
  const items = itemsOf(file, kind)
  const at = items.findIndex((existing) => idOf(existing) === idOf(item))
  const next = at >= 0 ? items.map((old, i) => (i === at ? item : old)) : [...items, item]
  return setFile(draft, datasetId, { [kind]: { ...file, [LIST_KEYS[kind]]: next } }, now)
}

export function removeItem(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
  kind: ListKind,
  id: string,
  now = new Date(),
): Draft {
  const file = currentDataset(published, draft, datasetId)?.[kind]
  if (!file) return draft
  const items = itemsOf(file, kind).filter((item) => idOf(item) !== id)
  return setFile(draft, datasetId, { [kind]: { ...file, [LIST_KEYS[kind]]: items } }, now)
}

export function setFile(
  draft: Draft,
  datasetId: string,
  files: Partial<DraftDataset>,
  now = new Date(),
): Draft {
  const datasets = { ...draft.datasets, [datasetId]: { ...draft.datasets[datasetId], ...files } }
  return touch({ ...draft, datasets }, now)
}

/**
 * Adds a new letter: its index entry, its document, its text and empty lists to fill. The
 * letter being typed is cleared: it is now a dataset of the draft.
 */
export function addLetter(
  draft: Draft,
  { document, sourceText }: { document: JsonObject; sourceText: string },
  now = new Date(),
): Draft {
  const id = idOf(document)
  const entry: DatasetEntry = defaultEntry(id)
  const lists = {
    commitments: { documentId: id, commitments: [] },
    updates: { documentId: id, updates: [] },
    funding: { documentId: id, lines: [] },
  }
  const existing = draft.datasets[id]
  return touch(
    {
      ...draft,
      newEntries: [...draft.newEntries.filter((old) => old.id !== id), entry],
      datasets: {
        ...draft.datasets,
        [id]: { ...lists, ...existing, document, sourceText },
      },
      letter: undefined,
    },
    now,
  )
}

/** Drops every change to one letter (a new letter disappears from the draft). */
export function revertDataset(draft: Draft, datasetId: string, now = new Date()): Draft {
  const datasets = { ...draft.datasets }
  delete datasets[datasetId]
  const newEntries = draft.newEntries.filter((entry) => entry.id !== datasetId)
  return touch({ ...draft, datasets, newEntries }, now)
}

export function setLetterWork(
  draft: Draft,
  letter: LetterWork | undefined,
  now = new Date(),
): Draft {
  return touch({ ...draft, letter }, now)
}

/** Records the official's decision on a scanner proposal ("rejected" or a commitment id). */
export function decideProposal(
  draft: Draft,
  datasetId: string,
  proposalId: string,
  decision: string | null,
  now = new Date(),
): Draft {
  const decisions = { ...draft.proposals?.[datasetId] }
  if (decision === null) delete decisions[proposalId]
  else decisions[proposalId] = decision
  return touch({ ...draft, proposals: { ...draft.proposals, [datasetId]: decisions } }, now)
}
