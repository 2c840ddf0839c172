import { useDataSource } from '../../lib/data/data-source'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { applyDraft } from '../../domain/draft/apply-draft'
import type { Draft } from '../../domain/draft/draft-schema'
import type { DataSnapshot } from '../../domain/draft/snapshot'
import { useDraftState, useDraftStore } from '../../lib/draft/draft-context'
import type { DraftState, DraftStore } from '../../lib/draft/draft-store'
import { publishedSnapshotQuery } from '../../lib/draft/published-snapshot'

export interface Desk {
  store: DraftStore
  state: DraftState
  draft: Draft
  /** The published files, once loaded. */
  published: DataSnapshot
  /** The published files with the draft applied: what the official is editing. */
  drafted: DataSnapshot
  /** Applies an edit to the draft (saved shortly after). */
  edit: (change: (published: DataSnapshot, draft: Draft) => Draft) => void
}

export type DeskLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; desk: Desk }

export function useDesk(): DeskLoad {
  const store = useDraftStore()
  const state = useDraftState()
  const query = useQuery(publishedSnapshotQuery(useDataSource()))
  const published = query.data
  const edit = useCallback<Desk['edit']>(
    (change) => {
      if (published) store.update((draft) => change(published, draft))
    },
    [store, published],
  )
  const drafted = useMemo(
    () => (published ? applyDraft(published, state.draft) : undefined),
    [published, state.draft],
  )
  if (query.isError && !published) {
    return { status: 'error', error: query.error, retry: () => void query.refetch() }
  }
  if (!published || !drafted) return { status: 'loading' }
  return { status: 'ready', desk: { store, state, draft: state.draft, published, drafted, edit } }
}
