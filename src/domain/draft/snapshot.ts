import type { DatasetEntry } from '../schema/data-index'
import type { DraftDataset } from './draft-schema'

/**
 * The data files as read from (or about to be written to) the data folder, unvalidated: the desk
 * edits the files themselves, not the dashboard's repaired view of them, so nothing the dashboard
 * would hide is lost on publishing.
 */
export type JsonObject = Record<string, unknown>

export interface DatasetSnapshot extends DraftDataset {
  entry: DatasetEntry
  /**
   * The letter's change log (changes.json) as read, when the index lists one. Never edited by a
   * draft: publishing appends one entry to it (change-log-entry.ts).
   */
  changes?: JsonObject
}

export interface DataSnapshot {
  /** index.json as read, `$schema`, title and flags included. */
  index: JsonObject
  /** Every listed dataset, in index order. */
  datasets: DatasetSnapshot[]
}

export type ListKind = 'commitments' | 'updates' | 'funding'

/** The array each list file keeps its items in. */
export const LIST_KEYS: Record<ListKind, string> = {
  commitments: 'commitments',
  updates: 'updates',
  funding: 'lines',
}

export const FILE_KINDS = ['document', 'commitments', 'updates', 'funding'] as const
export type FileKind = (typeof FILE_KINDS)[number]

/** The items of a list file; [] when the file is absent or not a list. */
export function itemsOf(file: JsonObject | undefined, kind: ListKind): JsonObject[] {
  const items = file?.[LIST_KEYS[kind]]
  return Array.isArray(items) ? (items as JsonObject[]) : []
}

export function idOf(item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : ''
}

/** Where a new letter's files go: one folder per dataset id, like the shipped km-153005/. */
export function defaultEntry(id: string): DatasetEntry {
  return {
    id,
    document: `${id}/document.json`,
    commitments: `${id}/commitments.json`,
    updates: `${id}/updates.json`,
    funding: `${id}/funding.json`,
  }
}

/** A path listed in a file, resolved against that file's folder (as the dashboard does). */
export function besideFile(relativePath: string, file: string): string {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
  return `${folder}${relativePath}`
}

/** The path of a dataset's source text, when its document names one. */
export function sourceTextPath(dataset: DatasetSnapshot): string | undefined {
  const name = dataset.document?.sourceText
  return typeof name === 'string' ? besideFile(name, dataset.entry.document) : undefined
}

export const INDEX_PATH = 'index.json'

/**
 * Every file of a snapshot by its path under the data folder: JSON values, source texts and
 * change logs (which a draft never edits; publishing appends to them).
 */
export function snapshotFiles(snapshot: DataSnapshot): Map<string, unknown> {
  const files = new Map<string, unknown>([[INDEX_PATH, snapshot.index]])
  for (const dataset of snapshot.datasets) {
    for (const kind of FILE_KINDS) {
      const path = dataset.entry[kind]
      if (path && dataset[kind] !== undefined) files.set(path, dataset[kind])
    }
    const textPath = sourceTextPath(dataset)
    if (textPath && dataset.sourceText !== undefined) files.set(textPath, dataset.sourceText)
    const logPath = dataset.entry.changes
    if (logPath && dataset.changes !== undefined) files.set(logPath, dataset.changes)
  }
  return files
}
