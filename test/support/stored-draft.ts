import { replayDraft } from '../../src/domain/draft/replay-draft'
import type { DataSnapshot, DatasetSnapshot } from '../../src/domain/draft/snapshot'
import { DRAFT_STORAGE_KEY, parseDraftText } from '../../src/lib/draft/draft-store'

/**
 * A letter's files as the draft saved in this browser would publish them onto `published`: the
 * draft keeps edits, so tests read what it stands for, not its inner layout.
 */
export function storedDraftDataset(
  published: DataSnapshot,
  datasetId: string,
): DatasetSnapshot | undefined {
  const raw = window.localStorage.getItem(DRAFT_STORAGE_KEY)
  if (raw === null) return undefined
  const parsed = parseDraftText(raw)
  if (!parsed.ok) throw new Error(`the stored draft does not read: ${parsed.problem.kind}`)
  return replayDraft(published, parsed.draft).snapshot.datasets.find(
    (dataset) => dataset.entry.id === datasetId,
  )
}
