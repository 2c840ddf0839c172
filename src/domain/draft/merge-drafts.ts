import { sameJson } from './diff-datasets'
import type { Draft, DraftEdit } from './draft-schema'

/**
 * Two tabs of one browser share the stored draft. When this tab saves, the stored draft may hold
 * another tab's work saved since this tab last read it (`synced`): both are kept. Edits are
 * joined by id (an edit is only ever extended by the tab that made it, so the later version of
 * one edit is that tab's newest); where both tabs changed the same item, replaying the edits in
 * order turns the overlap into a conflict the official decides, like a colleague's. The letter
 * form, the change-log form and proposal decisions take whichever tab changed them since `synced`.
 */
export function mergeDrafts(stored: Draft, mine: Draft, synced: Draft): Draft {
  const edits = new Map<string, DraftEdit>()
  for (const edit of stored.edits) edits.set(edit.id, edit)
  for (const edit of mine.edits) {
    const other = edits.get(edit.id)
    if (!other || edit.at >= other.at) edits.set(edit.id, edit)
  }
  const entries = new Map(stored.newEntries.map((entry) => [entry.id, entry]))
  for (const entry of mine.newEntries) entries.set(entry.id, entry)
  const reverted = { ...stored.reverted }
  for (const [id, at] of Object.entries(mine.reverted)) {
    if (!reverted[id] || at > reverted[id]) reverted[id] = at
  }
  const joined = [...edits.values()]
  // A letter removed by either tab (reverted after it was last added) stays removed.
  const newEntries = [...entries.values()].filter((entry) => {
    const gone = reverted[entry.id]
    return !gone || addedAt(joined, entry.id) > gone
  })
  const letter = sameJson(mine.letter, synced.letter) ? stored.letter : mine.letter
  const changeLog = sameJson(mine.changeLog, synced.changeLog) ? stored.changeLog : mine.changeLog
  const proposals = mergeProposals(stored.proposals, mine.proposals, synced.proposals)
  const migration = mine.migration ?? stored.migration
  return {
    ...mine,
    savedAt: mine.savedAt > stored.savedAt ? mine.savedAt : stored.savedAt,
    edits: joined,
    bases: { ...mine.bases, ...stored.bases },
    newEntries,
    newTexts: { ...stored.newTexts, ...mine.newTexts },
    reverted,
    resolutions: { ...stored.resolutions, ...mine.resolutions },
    ...(letter ? { letter } : { letter: undefined }),
    ...(proposals ? { proposals } : {}),
    ...(changeLog ? { changeLog } : { changeLog: undefined }),
    ...(migration ? { migration } : {}),
  }
}

/** When a letter was last (re)added: its latest document edit. */
function addedAt(edits: DraftEdit[], id: string): string {
  const times = edits
    .filter((edit) => edit.datasetId === id && edit.file === 'document')
    .map((edit) => edit.at)
  return times.sort().at(-1) ?? ''
}

type Proposals = Draft['proposals']

function mergeProposals(stored: Proposals, mine: Proposals, synced: Proposals): Proposals {
  if (!stored && !mine) return undefined
  const out: NonNullable<Proposals> = {}
  const datasets = new Set([...Object.keys(stored ?? {}), ...Object.keys(mine ?? {})])
  for (const id of datasets) {
    const [s, m, base] = [stored?.[id] ?? {}, mine?.[id] ?? {}, synced?.[id] ?? {}]
    const keys = new Set([...Object.keys(s), ...Object.keys(m), ...Object.keys(base)])
    const decisions: Record<string, string> = {}
    for (const key of keys) {
      // This tab's decision where it changed it since the last save, else the stored one.
      const value = m[key] !== base[key] ? m[key] : s[key]
      if (value !== undefined) decisions[key] = value
    }
    out[id] = decisions
  }
  return out
}
