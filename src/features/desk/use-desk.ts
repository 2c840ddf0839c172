import { useDataSource } from '../../lib/data/data-source'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { Draft } from '../../domain/draft/draft-schema'
import { replayDraft, type Replay } from '../../domain/draft/replay-draft'
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
  /** The draft replayed onto the published files: conflicts and a colleague's changes too. */
  replay: Replay
  /** Reads the published files from the server again (at review, before downloading). */
  recheck: () => Promise<DataSnapshot | undefined>
  /** Whether the published files are being read again, and why the last reading failed. */
  rechecking: boolean
  recheckError: unknown
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
  const replay = useMemo(
    () => (published ? replayDraft(published, state.draft) : undefined),
    [published, state.draft],
  )
  const { refetch } = query
  const recheck = useCallback(async () => (await refetch()).data, [refetch])
  if (query.isError && !published) {
    return { status: 'error', error: query.error, retry: () => void query.refetch() }
  }
  if (!published || !replay) return { status: 'loading' }
  return {
    status: 'ready',
    desk: {
      store,
      state,
      draft: state.draft,
      published,
      drafted: replay.snapshot,
      replay,
      edit,
      recheck,
      rechecking: query.isFetching,
      recheckError: query.isError ? query.error : null,
    },
  }
}
