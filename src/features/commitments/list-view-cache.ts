import type { Language } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import type { Simplify } from '../../lib/text/simplify'
import { listView, splitByRating, type ListParams } from './filter-commitments'

type ListView = ReturnType<typeof listView>

interface Entry {
  key: string
  fold: Simplify | null
  view: ListView
}

/** Views kept per rows array: the last few filter and search states. */
const KEPT = 16

/**
 * The list's view of some rows, remembered per rows array (weakly: new data drops it) for the
 * last few filter and search states. Coming back to the list, unticking a box just ticked or
 * deleting the letter just typed shows a view already worked out, where at a thousand letters
 * filtering and sorting 55,000 rows again was most of the wait. Pure inputs, so a remembered
 * view is exactly the one listView would return.
 */
const views = new WeakMap<readonly CommitmentRow[], Entry[]>()

export function cachedListView(
  rows: readonly CommitmentRow[],
  params: ListParams,
  lang: Language,
  fold: Simplify | null,
): ListView {
  const key = `${lang}\u0000${JSON.stringify(params)}`
  let entries = views.get(rows)
  if (!entries) {
    entries = []
    views.set(rows, entries)
  }
  const at = entries.findIndex((entry) => entry.key === key && entry.fold === fold)
  if (at >= 0) {
    const [entry] = entries.splice(at, 1)
    entries.unshift(entry!)
    return entry!.view
  }
  const view = listView(rows, params, lang, fold)
  entries.unshift({ key, fold, view })
  entries.length = Math.min(entries.length, KEPT)
  return view
}

const splits = new WeakMap<readonly CommitmentRow[], ReturnType<typeof splitByRating>>()

/** splitByRating, once per shown array (a remembered view brings its split with it). */
export function cachedSplitByRating(shown: readonly CommitmentRow[]) {
  let split = splits.get(shown)
  if (!split) {
    split = splitByRating(shown)
    splits.set(shown, split)
  }
  return split
}
