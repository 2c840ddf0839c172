import {
  idOf,
  itemsOf,
  type DataSnapshot,
  type DatasetSnapshot,
  type JsonObject,
  type ListKind,
} from './snapshot'

/** One field that differs; `before` absent for a new field, `after` absent for a removed one. */
export interface FieldChange {
  field: string
  before?: unknown
  after?: unknown
}

export type ChangeKind = 'added' | 'changed' | 'removed'

export interface ItemChange {
  id: string
  change: ChangeKind
  /** The item as it will be published (as it was, when removed). */
  item: JsonObject
  /** Top-level fields that differ (for `changed`); every field for `added` / `removed`. */
  fields: FieldChange[]
}

export interface LineChange extends ItemChange {
  /** Entries (pledged / allocated / disbursed amounts) the line gains. */
  entriesAdded: JsonObject[]
  entriesRemoved: JsonObject[]
}

export interface DatasetDiff {
  id: string
  /** A letter the published data does not have yet. */
  isNew: boolean
  document: FieldChange[]
  sourceTextChanged: boolean
  commitments: ItemChange[]
  updates: ItemChange[]
  funding: LineChange[]
}

/** What publishing the drafted data would change, letter by letter; unchanged letters omitted. */
export function diffDatasets(published: DataSnapshot, drafted: DataSnapshot): DatasetDiff[] {
  const before = new Map(published.datasets.map((dataset) => [dataset.entry.id, dataset]))
  const after = new Map(drafted.datasets.map((dataset) => [dataset.entry.id, dataset]))
  const ids = [...new Set([...before.keys(), ...after.keys()])]
  return ids.map((id) => diffDataset(id, before.get(id), after.get(id))).filter(hasChanges)
}

function diffDataset(
  id: string,
  before: DatasetSnapshot | undefined,
  after: DatasetSnapshot | undefined,
): DatasetDiff {
  const lines = diffItems(before, after, 'funding').map((change): LineChange => {
    const was = itemsOf(before?.funding, 'funding').find((line) => idOf(line) === change.id)
    const oldEntries = entriesOf(change.change === 'removed' ? change.item : was)
    const newEntries = change.change === 'removed' ? [] : entriesOf(change.item)
    return {
      ...change,
      entriesAdded: without(newEntries, oldEntries),
      entriesRemoved: without(oldEntries, newEntries),
    }
  })
  return {
    id,
    isNew: before === undefined,
    document: diffFields(before?.document ?? {}, after?.document ?? {}),
    sourceTextChanged: (before?.sourceText ?? '') !== (after?.sourceText ?? ''),
    commitments: diffItems(before, after, 'commitments'),
    updates: diffItems(before, after, 'updates'),
    funding: lines,
  }
}

function hasChanges(diff: DatasetDiff): boolean {
  return (
    diff.isNew ||
    diff.document.length > 0 ||
    diff.sourceTextChanged ||
    diff.commitments.length > 0 ||
    diff.updates.length > 0 ||
    diff.funding.length > 0
  )
}

function diffItems(
  before: DatasetSnapshot | undefined,
  after: DatasetSnapshot | undefined,
  kind: ListKind,
): ItemChange[] {
  const oldItems = itemsOf(before?.[kind], kind)
  const newItems = itemsOf(after?.[kind], kind)
  const oldById = new Map(oldItems.map((item) => [idOf(item), item]))
  const newIds = new Set(newItems.map(idOf))
  const changes: ItemChange[] = []
  for (const item of newItems) {
    const was = oldById.get(idOf(item))
    if (!was) {
      changes.push({ id: idOf(item), change: 'added', item, fields: diffFields({}, item) })
      continue
    }
    const fields = diffFields(was, item)
    if (fields.length > 0) changes.push({ id: idOf(item), change: 'changed', item, fields })
  }
  for (const item of oldItems) {
    if (!newIds.has(idOf(item))) {
      changes.push({ id: idOf(item), change: 'removed', item, fields: diffFields(item, {}) })
    }
  }
  return changes
}

/** Top-level fields whose values differ (compared as JSON, so key order inside does not count). */
export function diffFields(before: JsonObject, after: JsonObject): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.flatMap((field) => {
    const [was, now] = [before[field], after[field]]
    if (sameJson(was, now)) return []
    return [
      {
        field,
        ...(was === undefined ? {} : { before: was }),
        ...(now === undefined ? {} : { after: now }),
      },
    ]
  })
}

function entriesOf(line: JsonObject | undefined): JsonObject[] {
  const entries = line?.entries
  return Array.isArray(entries) ? (entries as JsonObject[]) : []
}

/** Items of `list` that `other` does not contain (as JSON values). */
function without(list: JsonObject[], other: JsonObject[]): JsonObject[] {
  const keys = new Set(other.map(canonical))
  return list.filter((item) => !keys.has(canonical(item)))
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

/** JSON text with object keys sorted, so two equal values always give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/** Every commitment id the diff touches: its own change, or a change to its updates or funding. */
export function touchedCommitments(diff: DatasetDiff): string[] {
  const ids = [
    ...diff.commitments.map((change) => change.id),
    ...diff.updates.map((change) => String(change.item.commitmentId ?? '')),
    ...diff.funding.flatMap((change) =>
      Array.isArray(change.item.commitmentIds) ? change.item.commitmentIds.map(String) : [],
    ),
  ]
  return [...new Set(ids.filter(Boolean))]
}
