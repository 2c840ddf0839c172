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
  const indexFrom = useCallback(
    (list: readonly T[], start: number, hasTime: () => boolean) => {
      const next = index(list, start, hasTime, fold)
      if (fold && next >= list.length) setFolded({ items: list, fold })
      return next
    },
    [fold, index],
  )
  useIndexWhenIdle(items, indexFrom)
  return folded?.items === items && folded.fold === fold ? fold : null
}
