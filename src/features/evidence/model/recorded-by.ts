import type { ChangeLogEntry } from '../../../domain/schema/change-log'

/** When and by whom one piece of evidence was recorded, as the letter's change log says. */
export interface RecordedBy {
  /** The publish that added the update: the earliest, should the log list several. */
  added?: ChangeLogEntry
  /** The latest publish that changed it afterwards, if any. */
  lastChanged?: ChangeLogEntry
}

/**
 * Update id → the entry that added it and the latest entry that changed it, read from one
 * letter's change log (only changes to `updates`). Entries are ordered by date, then by their
 * place in the file (oldest first, so of two on one day the later one in the file is later).
 * An update the log does not mention is absent: it was recorded before the log began, and
 * nothing is said of it.
 */
export function recordedByUpdate(
  entries: readonly ChangeLogEntry[],
): ReadonlyMap<string, RecordedBy> {
  const added = new Map<string, Placed>()
  const changed = new Map<string, Placed>()
  entries.forEach((entry, order) => {
    const placed = { entry, order }
    for (const change of entry.changes) {
      if (change.file !== 'updates') continue
      if (change.action === 'added') {
        const seen = added.get(change.itemId)
        if (!seen || isLater(seen, placed)) added.set(change.itemId, placed)
      } else if (change.action === 'changed') {
        const seen = changed.get(change.itemId)
        if (!seen || isLater(placed, seen)) changed.set(change.itemId, placed)
      }
    }
  })
  const map = new Map<string, RecordedBy>()
  for (const [id, { entry }] of added) map.set(id, { added: entry })
  for (const [id, { entry }] of changed) {
    const record = map.get(id)
    // The publish that added the item says so already; it is not also its "last change".
    if (record?.added === entry) continue
    map.set(id, { ...record, lastChanged: entry })
  }
  return map
}

interface Placed {
  entry: ChangeLogEntry
  order: number
}

/** Whether `a` was published after `b`: by date (ISO dates compare as strings), then file order. */
function isLater(a: Placed, b: Placed): boolean {
  if (a.entry.date !== b.entry.date) return a.entry.date > b.entry.date
  return a.order > b.order
}
