import type { Change, ChangeLogEntry, ChangedFile, ChangeAction } from '../schema/change-log'
import type { SourceDocument } from '../schema/document'
import type { VerdictStatus } from '../schema/update'
import { verdictOf } from '../change-gist'
import type { BulletinLetter, BulletinRow } from './bulletin'
import type { Period } from './period'
import { compareIso } from '../compare-iso'

/**
 * The bulletin's "record of changes" section: the entries of the letters' change logs dated in
 * the period (what was published, by whom, and why a verdict moved), newest first. Pure: the
 * caller reads the logs; a letter whose index lists none is not passed in at all.
 */

/** A letter whose index lists a change log, with its entries once read. */
export interface LetterChangeLog {
  datasetId: string
  document: SourceDocument | undefined
  /** undefined: not read (still loading, or it could not be read). */
  entries: readonly ChangeLogEntry[] | undefined
}

/** One line of an entry: an item added, changed or removed, or a verdict set, moved or withdrawn. */
export type ChangeLine =
  | {
      kind: 'item'
      file: ChangedFile
      action: ChangeAction
      itemId: string
      /** The commitments concerned (the item itself, for a commitment). */
      commitments: ConcernedCommitment[]
    }
  | {
      kind: 'verdict'
      itemId: string
      commitments: ConcernedCommitment[]
      from: VerdictStatus | null
      /** null: the verdict was withdrawn. */
      to: VerdictStatus | null
      reason: string | undefined
      reasonEn: string | undefined
    }

/** A commitment a change concerns, with its assessment when it still exists at the period's end. */
export interface ConcernedCommitment {
  id: string
  row: BulletinRow | undefined
}

export interface ChangeLogItem {
  datasetId: string
  document: SourceDocument | undefined
  entry: ChangeLogEntry
  lines: ChangeLine[]
}

export interface BulletinChangeLog {
  items: ChangeLogItem[]
  /** Letters whose log is not read: the section says so rather than claim nothing changed. */
  unread: Array<{ datasetId: string; document: SourceDocument | undefined }>
}

/** null when no letter has a change log: the bulletin then has no such section at all. */
export function changeLogInPeriod(
  logs: readonly LetterChangeLog[],
  { from, to }: Period,
  rows: readonly BulletinRow[],
  letters: readonly BulletinLetter[],
): BulletinChangeLog | null {
  if (logs.length === 0) return null
  const concerned = concernedBy(rows, letters)
  const items = logs.flatMap((log) =>
    (log.entries ?? [])
      .map((entry, order) => ({ log, entry, order }))
      .filter(({ entry }) => entry.date >= from && entry.date <= to),
  )
  // Newest first, as every list of the bulletin; the later entry of a day first.
  items.sort((a, b) => compareIso(b.entry.date, a.entry.date) || b.order - a.order)
  return {
    items: items.map(({ log, entry }) => ({
      datasetId: log.datasetId,
      document: log.document,
      entry,
      lines: linesOf(entry.changes, concerned),
    })),
    unread: logs
      .filter((log) => log.entries === undefined)
      .map(({ datasetId, document }) => ({ datasetId, document })),
  }
}

/**
 * The commitments a change concerns: those it names, else (an older entry that names none) the
 * commitment the update or funding line still bears on, as the detail page's history reads it.
 */
function concernedBy(
  rows: readonly BulletinRow[],
  letters: readonly BulletinLetter[],
): (change: Change) => ConcernedCommitment[] {
  const byId = new Map(rows.map((row) => [row.commitment.id, row]))
  const updateOf = new Map(
    rows.flatMap((row) => row.evidence.map((update) => [update.id, row.commitment.id] as const)),
  )
  const lineOf = new Map(
    letters.flatMap((letter) =>
      letter.funding.map((line) => [line.id, line.commitmentIds] as const),
    ),
  )
  return (change) => {
    const named =
      change.commitmentIds ??
      (change.file === 'commitments'
        ? [change.itemId]
        : change.file === 'updates'
          ? [updateOf.get(change.itemId)].filter((id): id is string => id !== undefined)
          : change.file === 'funding'
            ? (lineOf.get(change.itemId) ?? [])
            : [])
    return named.map((id) => ({ id, row: byId.get(id) }))
  }
}

/**
 * An item's field changes read as one line ("this update changed"): the bulletin says what
 * was touched, the letter's own record keeps each field. Verdicts keep a line each, with why.
 */
function linesOf(
  changes: readonly Change[],
  concerned: (change: Change) => ConcernedCommitment[],
): ChangeLine[] {
  const lines: ChangeLine[] = []
  const seen = new Set<string>()
  for (const change of changes) {
    const commitments = concerned(change)
    const verdict = verdictOf(change)
    if (verdict) {
      lines.push({
        kind: 'verdict',
        itemId: change.itemId,
        commitments,
        ...verdict,
        reason: change.reason,
        reasonEn: change.reasonEn,
      })
      continue
    }
    const key = `${change.file} ${change.itemId} ${change.action}`
    if (seen.has(key)) continue
    seen.add(key)
    lines.push({
      kind: 'item',
      file: change.file,
      action: change.action,
      itemId: change.itemId,
      commitments,
    })
  }
  return lines
}
