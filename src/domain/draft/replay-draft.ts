import { CONTRACT_VERSION, type DatasetEntry } from '../schema/data-index'
import { contentHash } from './content-hash'
import { liveEdits, type Draft, type DraftEdit, type EditedFile } from './draft-schema'
import { mergeValues, UNKNOWN_BASE, type Choice } from './merge-values'
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

/** One part of one item that the official and the server changed differently. */
export interface DraftConflict {
  /** Stable while the draft lives: the edit's id and the field path. */
  key: string
  datasetId: string
  file: EditedFile
  itemId: string
  /** Field path inside the item; [] when the whole item is at stake (one side removed it). */
  path: string[]
  /** The official's version (undefined: removed or absent). */
  mine: unknown
  /** The server's version now. */
  theirs: unknown
  /** How the official decided; undecided conflicts keep the server's version. */
  choice?: Choice
}

/** What was published in a file since the draft's first edit to it (item ids). */
export interface ServerChange {
  datasetId: string
  file: EditedFile
  path: string
  added: string[]
  changed: string[]
  removed: string[]
}

/** Items the server has that a version-1 draft's copy of the file lacked: kept, said so. */
export interface MigrationGap {
  datasetId: string
  file: ListKind
  ids: string[]
}

export interface Replay {
  /** The data as it would be published. */
  snapshot: DataSnapshot
  conflicts: DraftConflict[]
  serverChanges: ServerChange[]
  /** Letters the draft edits that are no longer on the server (their edits cannot be placed). */
  missingLetters: { datasetId: string; edits: number }[]
  migrationGaps: MigrationGap[]
}

export function conflictKey(edit: Pick<DraftEdit, 'id'>, path: string[]): string {
  return `${edit.id}:${path.join('/')}`
}

/**
 * The draft's edits replayed, in order, onto the files as the server has them now: each edit is
 * merged three ways (what the official found, what they made, what is there now), so work a
 * colleague published in between stays, and only a part both changed differently becomes a
 * conflict. The same replay serves the review, the preview and the files downloaded.
 */
export function replayDraft(published: DataSnapshot, draft: Draft): Replay {
  const publishedIds = new Set(published.datasets.map((dataset) => dataset.entry.id))
  const added = draft.newEntries.filter((entry) => !publishedIds.has(entry.id))
  const working = new Map<string, DatasetSnapshot>()
  for (const dataset of published.datasets) working.set(dataset.entry.id, { ...dataset })
  for (const entry of added) working.set(entry.id, newLetter(entry, draft.newTexts[entry.id]))

  const conflicts: DraftConflict[] = []
  const missing = new Map<string, number>()
  const edits = liveEdits(draft)
  for (const edit of edits) {
    const dataset = working.get(edit.datasetId)
    if (!dataset) {
      missing.set(edit.datasetId, (missing.get(edit.datasetId) ?? 0) + 1)
      continue
    }
    const decide = (path: string[]) => draft.resolutions[conflictKey(edit, path)]
    const current = currentItem(dataset, edit)
    const base = edit.baseUnknown ? UNKNOWN_BASE : (edit.base ?? undefined)
    const merged = mergeValues(base, edit.value ?? undefined, current, decide)
    for (const conflict of merged.conflicts) {
      const choice = decide(conflict.path)
      conflicts.push({
        key: conflictKey(edit, conflict.path),
        datasetId: edit.datasetId,
        file: edit.file,
        itemId: edit.itemId,
        path: conflict.path,
        mine: conflict.mine,
        theirs: conflict.theirs,
        ...(choice ? { choice } : {}),
      })
    }
    placeItem(dataset, edit, merged.value as JsonObject | undefined)
  }

  const touched = new Set(edits.map((edit) => edit.datasetId))
  const datasets = [
    ...published.datasets.map((dataset) => dataset.entry.id),
    ...added.map((e) => e.id),
  ]
    .map((id) => working.get(id)!)
    .map((dataset) => ({ ...dataset, entry: entryFor(dataset) }))
  const changed = touched.size > 0 || added.length > 0
  return {
    snapshot: {
      index: {
        ...published.index,
        ...(changed ? { contractVersion: CONTRACT_VERSION } : {}),
        datasets: datasets.map((dataset) => dataset.entry),
      },
      datasets,
    },
    conflicts,
    serverChanges: serverChanges(published, draft, touched),
    missingLetters: [...missing].map(([datasetId, count]) => ({ datasetId, edits: count })),
    migrationGaps: migrationGaps(published, draft),
  }
}

function newLetter(entry: DatasetEntry, sourceText: string | undefined): DatasetSnapshot {
  const documentId = entry.id
  return {
    entry,
    commitments: { documentId, commitments: [] },
    updates: { documentId, updates: [] },
    funding: { documentId, lines: [] },
    ...(sourceText === undefined ? {} : { sourceText }),
  }
}

function currentItem(dataset: DatasetSnapshot, edit: DraftEdit): JsonObject | undefined {
  if (edit.file === 'document') return dataset.document
  return itemsOf(dataset[edit.file], edit.file).find((item) => idOf(item) === edit.itemId)
}

/** Puts the merged item where it belongs: in place when the file has it, else at the end. */
function placeItem(dataset: DatasetSnapshot, edit: DraftEdit, item: JsonObject | undefined): void {
  if (edit.file === 'document') {
    if (item) dataset.document = item
    return
  }
  const kind = edit.file
  const file = dataset[kind] ?? { documentId: dataset.entry.id, [LIST_KEYS[kind]]: [] }
  const items = itemsOf(file, kind)
  const at = items.findIndex((existing) => idOf(existing) === edit.itemId)
  const next =
    at < 0
      ? item
        ? [...items, item]
        : items
      : item
        ? items.map((old, i) => (i === at ? item : old))
        : items.filter((_, i) => i !== at)
  // The draft's lists keep the envelope the dashboard requires; `as` names which list it is.
  dataset[kind] = { ...file, [LIST_KEYS[kind]]: next } as DatasetSnapshot[typeof kind]
}

/** A file the draft gives a published letter (its first updates or funding) gets the usual path. */
function entryFor(dataset: DatasetSnapshot): DatasetEntry {
  const paths = defaultEntry(dataset.entry.id)
  const next = { ...dataset.entry }
  if (dataset.updates !== undefined && !next.updates) next.updates = paths.updates
  if (dataset.funding !== undefined && !next.funding) next.funding = paths.funding
  return next
}

/** Hashes of a file and its items, as recorded when the first edit is made against it. */
export function fileVersion(file: JsonObject | undefined, kind: EditedFile) {
  const items: Record<string, string> = {}
  if (kind === 'document') items[''] = contentHash(file ?? null)
  else for (const item of itemsOf(file, kind)) items[idOf(item)] = contentHash(item)
  return { hash: contentHash(file ?? null), items }
}

/** Where each edited file of a published letter is (its path in index.json). */
export function filePath(dataset: DatasetSnapshot, kind: EditedFile): string | undefined {
  return dataset.entry[kind]
}

function serverChanges(
  published: DataSnapshot,
  draft: Draft,
  touched: ReadonlySet<string>,
): ServerChange[] {
  return published.datasets.flatMap((dataset) => {
    if (!touched.has(dataset.entry.id)) return []
    return (['document', 'commitments', 'updates', 'funding'] as const).flatMap((kind) => {
      const path = filePath(dataset, kind)
      const base = path ? draft.bases[path] : undefined
      if (!path || !base) return []
      const now = fileVersion(dataset[kind], kind)
      if (now.hash === base.hash) return []
      const ids = Object.keys(now.items)
      const change: ServerChange = {
        datasetId: dataset.entry.id,
        file: kind,
        path,
        added: ids.filter((id) => !(id in base.items)),
        changed: ids.filter((id) => id in base.items && base.items[id] !== now.items[id]),
        removed: Object.keys(base.items).filter((id) => !(id in now.items)),
      }
      const any = change.added.length + change.changed.length + change.removed.length > 0
      return any ? [change] : []
    })
  })
}

function migrationGaps(published: DataSnapshot, draft: Draft): MigrationGap[] {
  const copied = draft.migration?.ids
  if (!copied) return []
  return published.datasets.flatMap((dataset) =>
    (['commitments', 'updates', 'funding'] as const).flatMap((kind) => {
      const had = copied[`${dataset.entry.id}:${kind}`]
      if (!had) return []
      const known = new Set(had)
      const ids = itemsOf(dataset[kind], kind)
        .map(idOf)
        .filter((id) => !known.has(id))
      return ids.length > 0 ? [{ datasetId: dataset.entry.id, file: kind, ids }] : []
    }),
  )
}
