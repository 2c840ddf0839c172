import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { searchFolding, startSearchFolding } from '../../src/lib/text/search-folding'
import { useFoldedSearch, type FoldingIndexer } from '../../src/lib/ui/use-folded-search'

describe('useFoldedSearch', () => {
  it('indexes every item plainly before folding any, then folds them all', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `項目${i}`)
    const done: Array<{ item: number; folded: boolean }> = []
    // One item per call of hasTime: the idle slices cut the work anywhere.
    const indexer: FoldingIndexer<string> = (list, start, hasTime, fold) => {
      let next = start
      while (next < list.length && hasTime()) {
        done.push({ item: next, folded: fold !== null })
        next += 1
      }
      return next
    }
    // The converter is already in (a search earlier, on another page): the plain texts, which
    // searches use until the folded pass is done, must still come first.
    startSearchFolding()
    await waitFor(() => expect(searchFolding()).not.toBeNull(), { timeout: 20_000 })
    const { result } = renderHook(() => useFoldedSearch(items, '', indexer))
    await waitFor(() => expect(result.current).not.toBeNull(), { timeout: 20_000 })
    expect(result.current!('項目')).toBe('项目')

    const firstFolded = done.findIndex((d) => d.folded)
    expect(new Set(done.slice(0, firstFolded).map((d) => d.item)).size).toBe(items.length)
    const folded = new Set(done.filter((d) => d.folded).map((d) => d.item))
    expect(folded.size).toBe(items.length)
  })
})
