import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { searchFolding, startSearchFolding, subscribeSearchFolding } from '../text/search-folding'
import type { Simplify } from '../text/simplify'
import { useIndexWhenIdle } from './use-index-when-idle'

/** Indexes `items` from `start` while `hasTime()`, folded with `fold`; returns the next to do. */
export type FoldingIndexer<T> = (
  items: readonly T[],
  start: number,
  hasTime: () => boolean,
  fold: Simplify | null,
) => number

/**
 * The converter that makes Simplified and Traditional match, once it has loaded (on the first
 * search, or when the index is built in idle time) and the idle indexer has folded every item;
 * null until then, and the page matches plainly. Folding a province's texts takes seconds: done
 * on a keystroke it would freeze the box, so a page switches only when the work is done. Shared
 * by the commitments list and the evidence page.
 */
export function useFoldedSearch<T>(
  items: readonly T[],
  q: string,
  index: FoldingIndexer<T>,
): Simplify | null {
  const fold = useSyncExternalStore(subscribeSearchFolding, searchFolding)
  const [folded, setFolded] = useState<{ items: readonly T[]; fold: Simplify } | null>(null)
  useEffect(() => {
    if (q.trim()) startSearchFolding()
  }, [q])
  // Two passes over the items: plain first, then folded. Until the folded pass is done the page
  // matches plainly, so the plain texts must be ready too: left to the first keystroke, a
  // province's would be normalized all at once (0.3 s) while the reader waits.
  const indexFrom = useCallback(
    (list: readonly T[], start: number, hasTime: () => boolean) => {
      const n = list.length
      let next = start < n ? index(list, start, hasTime, null) : start
      if (next < n || !fold || !hasTime()) return next
      next = n + index(list, next - n, hasTime, fold)
      if (next >= 2 * n) setFolded({ items: list, fold })
      return next
    },
    [fold, index],
  )
  useIndexWhenIdle(items, indexFrom, fold ? 2 * items.length : items.length)
  return folded?.items === items && folded.fold === fold ? fold : null
}
