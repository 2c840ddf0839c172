import {
  QueriesObserver,
  useQueryClient,
  type QueryClient,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/react-query'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'

/**
 * The longest pause between two re-renders while files keep arriving, and how fast it grows with
 * the number of files: each re-render reads every file's state, so at 4,000 files (a thousand
 * letters) re-rendering on each arrival grew with the square of the data and was most of the
 * loading time. One re-render per 1/16 ms per file keeps that work a small, fixed share of the
 * time; a letter's four files still show at once (under 1 ms).
 */
const MAX_PAUSE_MS = 250
const FILES_PER_MS = 16

/** How long a burst of arrivals is gathered into one re-render, for this many files. */
export function coalescePause(fileCount: number): number {
  return Math.min(MAX_PAUSE_MS, Math.floor(fileCount / FILES_PER_MS))
}

interface ResultStore {
  subscribe: (onChange: () => void) => () => void
  getVersion: () => number
}

/**
 * Counts the observer's changes and tells React at most once per pause: the first change after a
 * quiet spell is passed on at once (next task, like TanStack Query's own batching), later ones
 * wait for the pause to end and go together.
 */
function resultStore(observer: QueriesObserver, pauseMs: number): ResultStore {
  let version = 0
  return {
    getVersion: () => version,
    subscribe: (onChange) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      let lastShown = -Infinity
      const show = () => {
        timer = undefined
        lastShown = Date.now()
        version += 1
        onChange()
      }
      const unsubscribe = observer.subscribe(() => {
        if (timer !== undefined) return
        timer = setTimeout(show, Math.max(0, lastShown + pauseMs - Date.now()))
      })
      return () => {
        unsubscribe()
        if (timer !== undefined) clearTimeout(timer)
      }
    },
  }
}

function defaulted(client: QueryClient, queries: readonly QueryObserverOptions[]) {
  return queries.map((options) => ({
    ...client.defaultQueryOptions(options),
    // What useQueries asks for too: before the first fetch starts, a file reads as being fetched.
    _optimisticResults: 'optimistic' as const,
  }))
}

/**
 * Like useQueries for many files, but re-rendering once per burst of arrivals instead of once per
 * file (see MAX_PAUSE_MS). `queries` must keep its identity while the files stay the same (memoize
 * it): each new array re-reads every file's options. The results keep their identity between
 * re-renders, so what is derived from them can be memoized.
 */
export function useFileQueries(
  queries: readonly QueryObserverOptions[],
): readonly QueryObserverResult[] {
  const client = useQueryClient()
  const options = useMemo(() => defaulted(client, queries), [client, queries])
  const [observer] = useState(() => new QueriesObserver(client, options))
  const store = useMemo(
    () => resultStore(observer, coalescePause(options.length)),
    [observer, options.length],
  )
  const version = useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion)
  useEffect(() => observer.setQueries(options), [observer, options])
  // Read when the queries or their state changed: the files' state as it is now, for these
  // queries even before the effect above has handed them to the observer.
  return useMemo(
    () => observer.getOptimisticResult(options, undefined)[0],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the observer's change count
    [observer, options, version],
  )
}
