import type { Draft } from './draft-schema'
import { replayDraft } from './replay-draft'
import type { DataSnapshot } from './snapshot'

/**
 * The data as it would be published: the draft's edits replayed onto the published files (see
 * replay-draft.ts), the draft's new letters appended to the index. Undecided conflicts keep the
 * server's version here; publishing is blocked until they are decided.
 */
export function applyDraft(published: DataSnapshot, draft: Draft): DataSnapshot {
  return replayDraft(published, draft).snapshot
}
