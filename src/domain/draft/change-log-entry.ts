import type { Change, ChangeLogEntry, ChangeLogFile } from '../schema/change-log'
import type { DatasetEntry } from '../schema/data-index'
import { forbiddenCharacter } from '../schema/text-safety'
import { verdictStatusSchema, type VerdictStatus } from '../schema/update'
import { appendChangeLogEntry } from './change-log'
import {
  diffDatasets,
  sameJson,
  type DatasetDiff,
  type ItemChange,
  type LineChange,
} from './diff-datasets'
import { idOf, itemsOf, type DataSnapshot, type DatasetSnapshot, type JsonObject } from './snapshot'

/**
 * What one publish adds to each letter's public record of changes (changes.json): the changes
 * item by item, read from the published files and the files about to be published (never from
 * the draft's edits, so the record says what the server's files will really gain), who recorded
 * them and, for every commitment whose verdict moves, why. Pure.
 */

export interface ChangeLogMeta {
  /** The publishing day (ISO). */
  date: string
  /** The official's name as they typed it. */
  recordedBy: string
  /** Why each commitment's verdict moves, by commitment id (see verdictChanges). */
  reasons: Readonly<Record<string, string>>
  summary?: string
}

/** A commitment whose verdict (the public judgement, see status.ts) the publish sets or moves. */
export interface VerdictChange {
  datasetId: string
  commitmentId: string
  /** The commitment's title as drafted (as published when it is removed), for the form. */
  title: string
  titleEn?: string
  /** null: no verdict before. */
  from: VerdictStatus | null
  /** null: the verdict is withdrawn (the update that carried it removed, or its verdict cleared). */
  to: VerdictStatus | null
  /** The update whose verdict the commitment has after the publish (before it, when withdrawn). */
  updateId: string
}

/** Every commitment whose verdict changes, in letter then update order. */
export function verdictChanges(published: DataSnapshot, drafted: DataSnapshot): VerdictChange[] {
  const before = new Map(published.datasets.map((d) => [d.entry.id, d]))
  return drafted.datasets.flatMap((dataset) =>
    datasetVerdictChanges(before.get(dataset.entry.id), dataset),
  )
}

/** The ids of the commitments whose verdict changes: the form asks for a reason for each. */
export function verdictChangesNeedingReason(
  published: DataSnapshot,
  drafted: DataSnapshot,
): string[] {
  return verdictChanges(published, drafted).map((change) => change.commitmentId)
}

/**
 * One entry per letter whose files the publish changes, keyed by dataset id. A verdict change
 * whose reason is missing or blank is written without one, so the change-log schema refuses the
 * entry and publishing says why (the form asks for every reason before that). Letters the
 * drafted data no longer lists get no entry: there is no letter left to keep the record beside.
 */
export function buildChangeLogEntries(
  published: DataSnapshot,
  drafted: DataSnapshot,
  meta: ChangeLogMeta,
): Map<string, ChangeLogEntry> {
  const before = new Map(published.datasets.map((d) => [d.entry.id, d]))
  const after = new Map(drafted.datasets.map((d) => [d.entry.id, d]))
  const entries = new Map<string, ChangeLogEntry>()
  for (const diff of diffDatasets(published, drafted)) {
    const dataset = after.get(diff.id)
    if (!dataset) continue
    const verdicts = datasetVerdictChanges(before.get(diff.id), dataset)
    const changes = [
      ...documentChanges(diff),
      ...diff.commitments.flatMap((change) => itemChanges('commitments', change, [])),
      ...updateChanges(diff, verdicts),
      ...verdicts.map((verdict) => verdictChange(verdict, meta.reasons[verdict.commitmentId])),
      ...diff.funding.flatMap(lineChanges),
    ]
    if (changes.length === 0) continue
    const summary = meta.summary?.trim()
    entries.set(diff.id, {
      id: nextEntryId(diff.id, meta.date, before.get(diff.id)?.changes),
      date: meta.date,
      recordedBy: meta.recordedBy.trim(),
      ...(summary ? { summary } : {}),
      changes,
    })
  }
  return entries
}

/** A letter's change log as it will be published, and where. */
export interface ChangeLogWrite {
  datasetId: string
  /** Under the data folder: the index's `changes`, or `<datasetId>/changes.json` for a new log. */
  path: string
  /** The published log (if any) with the new entry at its end. */
  file: ChangeLogFile
  /** The letter's index entry as it will be published: `changes` listed. */
  entry: DatasetEntry
  /** The index entry gains `changes` (the letter had no log yet): index.json must be written. */
  entryChanged: boolean
}

/**
 * The changes.json file of each letter an entry is for: the published log read by the desk
 * (DatasetSnapshot.changes) with the entry appended (appendChangeLogEntry: an entry is never
 * rewritten), or a new log whose path the letter's index entry then lists.
 */
export function changeLogWrites(
  published: DataSnapshot,
  drafted: DataSnapshot,
  entries: ReadonlyMap<string, ChangeLogEntry>,
): ChangeLogWrite[] {
  const before = new Map(published.datasets.map((d) => [d.entry.id, d]))
  const after = new Map(drafted.datasets.map((d) => [d.entry.id, d]))
  return [...entries].flatMap(([datasetId, logEntry]) => {
    const dataset = after.get(datasetId)
    if (!dataset) return []
    const was = before.get(datasetId)
    const listed = was?.entry.changes ?? dataset.entry.changes
    const path = listed ?? `${datasetId}/changes.json`
    // Starting afresh over a listed log that was not read would publish its history away.
    if (was?.entry.changes && was.changes === undefined) {
      throw new Error(`the change log ${was.entry.changes} was not read; it cannot be added to`)
    }
    const file = appendChangeLogEntry(
      was?.changes as ChangeLogFile | undefined,
      datasetId,
      logEntry,
    )
    const entry = { ...dataset.entry, changes: path }
    return [{ datasetId, path, file, entry, entryChanged: dataset.entry.changes !== path }]
  })
}

/**
 * The drafted data with the logs in place: each letter's `changes` set, and its index entry
 * (in the snapshot and in index.json) listing the log's path.
 */
export function withChangeLogs(
  drafted: DataSnapshot,
  writes: readonly ChangeLogWrite[],
): DataSnapshot {
  const byId = new Map(writes.map((write) => [write.datasetId, write]))
  const indexEntries = drafted.index.datasets
  return {
    index: {
      ...drafted.index,
      datasets: Array.isArray(indexEntries)
        ? indexEntries.map((entry: unknown) => {
            const write = byId.get(idOf(entry))
            return write ? { ...(entry as JsonObject), changes: write.path } : entry
          })
        : indexEntries,
    },
    datasets: drafted.datasets.map((dataset) => {
      const write = byId.get(dataset.entry.id)
      return write
        ? { ...dataset, entry: write.entry, changes: write.file as unknown as JsonObject }
        : dataset
    }),
  }
}

// ---------------------------------------------------------------- changes item by item

function documentChanges(diff: DatasetDiff): Change[] {
  const base = { file: 'document', itemId: diff.id } as const
  if (diff.isNew) return [{ ...base, action: 'added' }]
  const changes: Change[] = diff.document.flatMap((field) =>
    leafChanges(field.field, field.before, field.after).map((leaf) => ({
      ...base,
      action: 'changed' as const,
      ...leaf,
    })),
  )
  // The text itself is never copied into the log: it is long, and its file is beside it.
  if (diff.sourceTextChanged) changes.push({ ...base, action: 'changed', field: 'sourceText' })
  return changes
}

/** An item added or removed is one change; a changed item is one change per field that moved. */
function itemChanges(
  file: 'commitments' | 'updates' | 'funding',
  change: ItemChange,
  commitmentIds: string[],
  skipField?: string,
): Change[] {
  const base = {
    file,
    itemId: change.id,
    ...(commitmentIds.length > 0 ? { commitmentIds } : {}),
  }
  if (change.change !== 'changed') return [{ ...base, action: change.change }]
  return change.fields
    .filter((field) => !(file === 'funding' && field.field === 'entries'))
    .flatMap((field) => leafChanges(field.field, field.before, field.after))
    .filter((leaf) => leaf.field !== skipField)
    .map((leaf) => ({ ...base, action: 'changed' as const, ...leaf }))
}

function updateChanges(diff: DatasetDiff, verdicts: readonly VerdictChange[]): Change[] {
  const carriers = new Set(verdicts.map((verdict) => verdict.updateId))
  return diff.updates.flatMap((change) => {
    const commitmentId = change.item.commitmentId
    const ids = typeof commitmentId === 'string' && commitmentId ? [commitmentId] : []
    // The verdict's own change says this status move, with its reason.
    return itemChanges(
      'updates',
      change,
      ids,
      carriers.has(change.id) ? 'verdict.status' : undefined,
    )
  })
}

function verdictChange(verdict: VerdictChange, reason: string | undefined): Change {
  const why = reason?.trim()
  return {
    file: 'updates',
    itemId: verdict.updateId,
    commitmentIds: [verdict.commitmentId],
    action: 'changed',
    field: 'verdict',
    ...(verdict.to === null
      ? { from: verdict.from, to: null }
      : { verdict: { from: verdict.from, to: verdict.to } }),
    ...(why ? { reason: why } : {}),
  }
}

/** A funding line: its own fields, and each entry (an amount at a stage) gained or lost. */
function lineChanges(change: LineChange): Change[] {
  const ids = Array.isArray(change.item.commitmentIds)
    ? change.item.commitmentIds.filter((id): id is string => typeof id === 'string')
    : []
  const changes = itemChanges('funding', change, ids)
  if (change.change !== 'changed') return changes
  const base = {
    file: 'funding' as const,
    itemId: change.id,
    action: 'changed' as const,
    ...(ids.length > 0 ? { commitmentIds: ids } : {}),
  }
  const removed = [...change.entriesRemoved]
  for (const added of change.entriesAdded) {
    const stage = String(added.stage ?? '')
    // An amount corrected at the same stage reads as from → to, not as one lost and one gained.
    const index = removed.findIndex((entry) => entry.stage === added.stage)
    const [was] = index >= 0 ? removed.splice(index, 1) : []
    changes.push({
      ...base,
      field: `entries.${stage}`,
      ...(was ? withValue('from', was.asWritten) : {}),
      ...withValue('to', added.asWritten),
    })
  }
  for (const was of removed) {
    changes.push({
      ...base,
      field: `entries.${String(was.stage ?? '')}`,
      ...withValue('from', was.asWritten),
      to: null,
    })
  }
  return changes
}

type FieldValue = string | number | boolean | null
type Leaf = { field: string; from?: FieldValue; to?: FieldValue }

/**
 * The fields that moved, down to plain values: `verdict.status`, `deadline.date`. A list, or a
 * value the log cannot hold as written, is named without its values.
 */
function leafChanges(field: string, before: unknown, after: unknown): Leaf[] {
  if (sameJson(before, after)) return []
  if (isPlainObject(before) || isPlainObject(after)) {
    const was = isPlainObject(before) ? before : {}
    const now = isPlainObject(after) ? after : {}
    if (before !== undefined && !isPlainObject(before)) return [leaf(field, before, after)]
    if (after !== undefined && !isPlainObject(after)) return [leaf(field, before, after)]
    const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])]
    return keys.flatMap((key) => leafChanges(`${field}.${key}`, was[key], now[key]))
  }
  return [leaf(field, before, after)]
}

function leaf(field: string, before: unknown, after: unknown): Leaf {
  return { field, ...withValue('from', before), ...withValue('to', after) }
}

function withValue<K extends 'from' | 'to'>(
  key: K,
  value: unknown,
): Partial<Record<K, FieldValue>> {
  const plain = plainValue(value)
  return plain === undefined ? {} : ({ [key]: plain } as Record<K, FieldValue>)
}

function plainValue(value: unknown): FieldValue | undefined {
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string') {
    return value.length <= 20_000 && forbiddenCharacter(value) === null ? value : undefined
  }
  return undefined
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------- verdicts

interface HeldVerdict {
  status: VerdictStatus
  updateId: string
}

function datasetVerdictChanges(
  before: DatasetSnapshot | undefined,
  after: DatasetSnapshot,
): VerdictChange[] {
  const was = verdictsOf(before)
  const now = verdictsOf(after)
  const titles = new Map(
    [
      ...itemsOf(before?.commitments, 'commitments'),
      ...itemsOf(after.commitments, 'commitments'),
    ].map((commitment) => [idOf(commitment), commitment]),
  )
  const ids = [...new Set([...now.keys(), ...was.keys()])]
  return ids.flatMap((commitmentId): VerdictChange[] => {
    const from = was.get(commitmentId)
    const to = now.get(commitmentId)
    if ((from?.status ?? null) === (to?.status ?? null)) return []
    const commitment = titles.get(commitmentId)
    const title = typeof commitment?.title === 'string' ? commitment.title : commitmentId
    const titleEn = typeof commitment?.titleEn === 'string' ? commitment.titleEn : undefined
    return [
      {
        datasetId: after.entry.id,
        commitmentId,
        title,
        ...(titleEn ? { titleEn } : {}),
        from: from?.status ?? null,
        to: to?.status ?? null,
        updateId: (to ?? from)!.updateId,
      },
    ]
  })
}

/**
 * Each commitment's verdict as the dashboard shows it once every update is out: the one dated
 * latest, the first listed on a tie (commitmentStatus's rule, without the view date).
 */
function verdictsOf(dataset: DatasetSnapshot | undefined): Map<string, HeldVerdict> {
  const held = new Map<string, HeldVerdict & { date: string }>()
  for (const update of itemsOf(dataset?.updates, 'updates')) {
    const verdict = isPlainObject(update.verdict) ? update.verdict : undefined
    const status = verdictStatusSchema.safeParse(verdict?.status)
    const commitmentId = update.commitmentId
    if (!status.success || typeof commitmentId !== 'string') continue
    const date = typeof verdict?.date === 'string' ? verdict.date : ''
    const current = held.get(commitmentId)
    if (!current || date > current.date) {
      held.set(commitmentId, { status: status.data, updateId: idOf(update), date })
    }
  }
  return new Map([...held].map(([id, { status, updateId }]) => [id, { status, updateId }]))
}

// ---------------------------------------------------------------- ids

/**
 * `<letter>-ch-<yyyymmdd>-<n>`: dated, so two logs kept apart rarely pick the same id, and the
 * smallest n the published log has not used.
 */
function nextEntryId(datasetId: string, date: string, log: JsonObject | undefined): string {
  const used = new Set(
    (Array.isArray(log?.entries) ? (log.entries as unknown[]) : []).map((entry) => idOf(entry)),
  )
  const day = date.replace(/-/g, '')
  const prefix = `${datasetId}-ch-${day}`.length <= 110 ? `${datasetId}-ch-${day}` : `ch-${day}`
  let n = 1
  while (used.has(`${prefix}-${n}`)) n++
  return `${prefix}-${n}`
}
