import type { DatasetEntry } from '../schema/data-index'
import { sameJson } from './diff-datasets'
import {
  liveEdits,
  type ChangeLogWork,
  type Draft,
  type DraftEdit,
  type EditedFile,
  type LetterWork,
} from './draft-schema'
import { fileVersion, filePath, replayDraft } from './replay-draft'
import {
  defaultEntry,
  idOf,
  itemsOf,
  type DataSnapshot,
  type DatasetSnapshot,
  type JsonObject,
  type ListKind,
} from './snapshot'

/*
 * The desk's edits, as pure functions from one draft to the next. Each records one item as the
 * official found it and as they left it (an edit, never a copy of the file), and the version of
 * the published file it was made against, so the draft can later be replayed onto whatever the
 * server holds then. Repeated edits to one item by the same tab extend that tab's edit.
 */

function touch(draft: Draft, now: Date): Draft {
  return { ...draft, savedAt: now.toISOString() }
}

/** The dataset as the draft currently has it (published files with the draft's edits applied). */
export function currentDataset(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
): DatasetSnapshot | undefined {
  return replayDraft(published, draft).snapshot.datasets.find(
    (dataset) => dataset.entry.id === datasetId,
  )
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
  const found = findItem(published, draft, datasetId, kind, idOf(item))
  if (found && sameJson(found, item)) return draft
  return recordEdit(
    published,
    draft,
    { datasetId, file: kind, itemId: idOf(item) },
    found,
    item,
    now,
  )
}

export function removeItem(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
  kind: ListKind,
  id: string,
  now = new Date(),
): Draft {
  const found = findItem(published, draft, datasetId, kind, id)
  if (!found) return draft
  return recordEdit(published, draft, { datasetId, file: kind, itemId: id }, found, null, now)
}

function findItem(
  published: DataSnapshot,
  draft: Draft,
  datasetId: string,
  kind: ListKind,
  id: string,
): JsonObject | undefined {
  const dataset = currentDataset(published, draft, datasetId)
  return itemsOf(dataset?.[kind], kind).find((existing) => idOf(existing) === id)
}

type Target = Pick<DraftEdit, 'datasetId' | 'file' | 'itemId'>

/**
 * Records one item's change. The tab's own latest edit to the same item is extended (its
 * starting point kept); otherwise a new edit starts from the item as the official saw it. The
 * published file's version is noted the first time the draft touches it.
 */
function recordEdit(
  published: DataSnapshot | undefined,
  draft: Draft,
  target: Target,
  found: JsonObject | undefined,
  value: JsonObject | null,
  now: Date,
): Draft {
  const at = now.toISOString()
  const live = new Set(liveEdits(draft))
  const last = draft.edits.findLastIndex(
    (edit) =>
      live.has(edit) &&
      edit.datasetId === target.datasetId &&
      edit.file === target.file &&
      edit.itemId === target.itemId,
  )
  const own = last >= 0 && draft.edits[last]!.session === draft.session ? last : -1
  const edits =
    own >= 0
      ? draft.edits.map((edit, i) => (i === own ? { ...edit, value, at } : edit))
      : [
          ...draft.edits,
          {
            id: nextEditId(draft),
            at,
            session: draft.session,
            ...target,
            base: found ?? null,
            value,
          },
        ]
  return touch({ ...draft, edits, bases: withBase(published, draft, target) }, now)
}

function nextEditId(draft: Draft): string {
  const prefix = `${draft.session}-`
  const used = draft.edits
    .filter((edit) => edit.id.startsWith(prefix))
    .map((edit) => Number(edit.id.slice(prefix.length)))
    .filter(Number.isFinite)
  return `${prefix}${Math.max(0, ...used) + 1}`
}

function withBase(
  published: DataSnapshot | undefined,
  draft: Draft,
  { datasetId, file }: Target,
): Draft['bases'] {
  const dataset = published?.datasets.find((candidate) => candidate.entry.id === datasetId)
  const path = dataset ? filePath(dataset, file) : undefined
  if (!dataset || !path || draft.bases[path]) return draft.bases
  return { ...draft.bases, [path]: fileVersion(dataset[file], file) }
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
  const withEntry: Draft = {
    ...draft,
    newEntries: [...draft.newEntries.filter((old) => old.id !== id), entry],
    newTexts: { ...draft.newTexts, [id]: sourceText },
    letter: undefined,
  }
  const previous = liveEdits(draft).findLast(
    (edit) => edit.datasetId === id && edit.file === 'document',
  )
  const target = { datasetId: id, file: 'document' as EditedFile, itemId: '' }
  return recordEdit(undefined, withEntry, target, previous?.value ?? undefined, document, now)
}

/** Drops every change to one letter (a new letter disappears from the draft). */
export function revertDataset(draft: Draft, datasetId: string, now = new Date()): Draft {
  const newEntries = draft.newEntries.filter((entry) => entry.id !== datasetId)
  const newTexts = { ...draft.newTexts }
  delete newTexts[datasetId]
  // Kept, not deleted, so another tab's copy of these edits cannot bring them back.
  const reverted = { ...draft.reverted, [datasetId]: now.toISOString() }
  return touch({ ...draft, newEntries, newTexts, reverted }, now)
}

export function setLetterWork(
  draft: Draft,
  letter: LetterWork | undefined,
  now = new Date(),
): Draft {
  return touch({ ...draft, letter }, now)
}

/** Keeps the review's change-log form as typed (see changeLogWorkSchema). */
export function setChangeLogWork(draft: Draft, changeLog: ChangeLogWork, now = new Date()): Draft {
  return touch({ ...draft, changeLog }, now)
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

/** Records how the official decided a conflict (see replay-draft.ts). */
export function resolveConflict(
  draft: Draft,
  key: string,
  choice: 'mine' | 'theirs',
  now = new Date(),
): Draft {
  return touch({ ...draft, resolutions: { ...draft.resolutions, [key]: choice } }, now)
}
