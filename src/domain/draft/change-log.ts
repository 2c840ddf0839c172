import type { ChangeLogEntry, ChangeLogFile } from '../schema/change-log'

/**
 * The letter's change log with one more publish recorded at its end (entries stay oldest first).
 * Pure: returns a new file and leaves the given one alone. A letter without a change log yet
 * starts one. An entry whose id is already recorded is refused: an entry is never rewritten.
 */
export function appendChangeLogEntry(
  file: ChangeLogFile | undefined,
  documentId: string,
  entry: ChangeLogEntry,
): ChangeLogFile {
  const base: ChangeLogFile = file ?? { documentId, entries: [] }
  if (base.documentId !== documentId) {
    throw new Error(`the change log is for "${base.documentId}", not "${documentId}"`)
  }
  if (base.entries.some((recorded) => recorded.id === entry.id)) {
    throw new Error(`the change log already has an entry "${entry.id}"`)
  }
  return { ...base, entries: [...base.entries, entry] }
}
