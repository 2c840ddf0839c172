import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { createDraftStore, flushOnLeave, type DraftState, type DraftStore } from './draft-store'

const DraftStoreContext = createContext<DraftStore | null>(null)

function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage switched off (privacy settings): the desk works, and says drafts cannot be kept.
    return null
  }
}

/**
 * The page's one draft store while anything shows it. The desk and the preview each provide it
 * (both load lazily: a reader who never opens them never reads the stored draft), and when both
 * are on screen they must share one. When the last of them goes, the store is saved and let go;
 * the next one reads the saved draft afresh.
 */
let pageStore: DraftStore | null = null
let pageStoreUsers = 0

/** The draft store, saved on the way out of the page. */
export function DraftStoreProvider({
  children,
  store,
}: {
  children: ReactNode
  store?: DraftStore
}) {
  const [value] = useState(() => {
    if (store) return store
    pageStore ??= createDraftStore(browserStorage())
    return pageStore
  })
  useEffect(() => flushOnLeave(value), [value])
  useEffect(() => {
    if (store) return () => value.flush()
    // Re-adopted after a hand-over (the desk unmounting as the preview mounts) or a remount.
    pageStore ??= value
    if (pageStore !== value) return () => value.flush()
    pageStoreUsers += 1
    return () => {
      value.flush()
      pageStoreUsers -= 1
      if (pageStoreUsers === 0) pageStore = null
    }
  }, [store, value])
  return <DraftStoreContext.Provider value={value}>{children}</DraftStoreContext.Provider>
}

// eslint-disable-next-line react-refresh/only-export-components -- hook belongs with its provider
export function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext)
  if (!store) throw new Error('useDraftStore must be used inside <DraftStoreProvider>')
  return store
}

// eslint-disable-next-line react-refresh/only-export-components -- hook belongs with its provider
export function useDraftState(): DraftState {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}
