import type { Change, ChangeAction, ChangedFile } from './schema/change-log'
import type { VerdictStatus } from './schema/update'
import { isVerdictStatus } from './schema/vocabulary'

/**
 * What one change of a change log did, reduced to what is said of it: an item added, changed or
 * removed, or a verdict set, moved or withdrawn. The bulletin and the commitment's history both
 * read a change through this, so the same change is never told two ways.
 */
export type ChangeGist =
  | { kind: 'item'; file: ChangedFile; action: ChangeAction }
  | {
      kind: 'verdict'
      from: VerdictStatus | null
      /** null: the verdict was withdrawn. */
      to: VerdictStatus | null
    }

export function gistOf(change: Change): ChangeGist {
  const verdict = verdictOf(change)
  return verdict
    ? { kind: 'verdict', ...verdict }
    : { kind: 'item', file: change.file, action: change.action }
}

/** A verdict set or moved (`verdict`), or withdrawn (field `verdict` from a status to null). */
export function verdictOf(
  change: Change,
): { from: VerdictStatus | null; to: VerdictStatus | null } | null {
  if (change.verdict) return { from: change.verdict.from ?? null, to: change.verdict.to }
  if (change.field === 'verdict' && change.to === null && isVerdictStatus(change.from)) {
    return { from: change.from, to: null }
  }
  return null
}
