import { loadSimplify, type Simplify } from './simplify'

/**
 * The search's Traditional/Simplified folding, shared by the commitments list and the evidence
 * page. The converter is a lazy chunk: nothing loads it until a search is typed or a search index
 * is built in idle time. Until it arrives searches match plainly; then the pages (subscribed
 * here) search again with it. A loaded library, not data: one per page is right.
 */
let loadedFold: Simplify | null = null
let foldRequested = false
const foldListeners = new Set<() => void>()

/** Starts loading the converter, once; a failed fetch is tried again on the next call. */
export function startSearchFolding(): void {
  if (loadedFold || foldRequested) return
  foldRequested = true
  loadSimplify().then(
    (fold) => {
      loadedFold = fold
      for (const listener of foldListeners) listener()
    },
    // Offline or a stale deploy: plain matching goes on; the next search asks again.
    () => {
      foldRequested = false
    },
  )
}

/** For useSyncExternalStore: called once the converter has loaded. */
export function subscribeSearchFolding(listener: () => void): () => void {
  foldListeners.add(listener)
  return () => foldListeners.delete(listener)
}

/** The loaded converter, or null until it has loaded. */
export function searchFolding(): Simplify | null {
  return loadedFold
}
