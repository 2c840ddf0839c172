import { emptyDraft, type Draft, type DraftEdit, type DraftV1 } from './draft-schema'
import { idOf, itemsOf, type ListKind } from './snapshot'

/**
 * A version-1 draft (whole copies of the files the official touched) as edits. What the official
 * started from was not kept, so each copied item becomes an edit whose starting point is unknown:
 * replayed, an item equal to the server's is nothing, a new one is added, and one that differs is
 * a conflict for the official to decide, since nobody can tell now who changed it. Items the
 * server has and the copy lacked are never removed (they may be a colleague's); their ids are
 * kept so the review can say so.
 */
export function migrateDraftV1(old: DraftV1, session: string): Draft {
  const at = old.savedAt
  const newIds = new Set(old.newEntries.map((entry) => entry.id))
  const edits: DraftEdit[] = []
  const ids: Record<string, string[]> = {}
  const newTexts: Record<string, string> = {}
  const push = (edit: Omit<DraftEdit, 'id' | 'at' | 'session'>) =>
    edits.push({ id: `v1-${edits.length + 1}`, at, session: 'v1', ...edit })

  for (const [datasetId, files] of Object.entries(old.datasets)) {
    const isNew = newIds.has(datasetId)
    const unknown = isNew ? {} : { baseUnknown: true as const }
    if (files.document) {
      push({
        datasetId,
        file: 'document',
        itemId: '',
        base: null,
        value: files.document,
        ...unknown,
      })
    }
    for (const kind of ['commitments', 'updates', 'funding'] as ListKind[]) {
      const file = files[kind]
      if (!file) continue
      const items = itemsOf(file, kind)
      if (!isNew) ids[`${datasetId}:${kind}`] = items.map(idOf)
      for (const item of items) {
        push({ datasetId, file: kind, itemId: idOf(item), base: null, value: item, ...unknown })
      }
    }
    if (isNew && files.sourceText !== undefined) newTexts[datasetId] = files.sourceText
  }
  return {
    ...emptyDraft(new Date(at), session),
    edits,
    newEntries: old.newEntries,
    newTexts,
    ...(old.letter ? { letter: old.letter } : {}),
    ...(old.proposals ? { proposals: old.proposals } : {}),
    migration: { from: 1, ids },
  }
}
