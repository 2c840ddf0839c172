import type { Comparability } from '../../../domain/schema/update'
import { COMPARABILITY_VALUES } from '../../../domain/schema/vocabulary'
import {
  searchFolding,
  startSearchFolding,
  subscribeSearchFolding,
} from '../../../lib/text/search-folding'
import type { Simplify } from '../../../lib/text/simplify'
import type { EvidenceItem } from './evidence-items'

/**
 * The evidence page's filters and search, and how they live in the URL (`comparability`,
 * `doc`, `q`), read and written the way the commitments list reads and writes its own, so a
 * filtered view can be shared and survives a reload. Pure, so every rule can be tested alone.
 */

export const COMPARABILITIES: readonly Comparability[] = COMPARABILITY_VALUES

/** A pasted query longer than this is cut, as in the commitments list. */
export const MAX_QUERY_LENGTH = 200

export interface EvidenceFilters {
  comparability: Comparability[]
  /** One letter (the app-wide `doc` parameter), or null for all. */
  doc: string | null
  /** The search box as typed. */
  q: string
}

export const EMPTY_EVIDENCE_FILTERS: EvidenceFilters = { comparability: [], doc: null, q: '' }

/** Unknown values are dropped rather than failing: an old or mistyped link still opens. */
export function parseEvidenceParams(
  params: URLSearchParams,
  knownDocuments: readonly string[],
): EvidenceFilters {
  const asked = new Set(
    params
      .getAll('comparability')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim()),
  )
  const doc = params.get('doc')
  return {
    comparability: COMPARABILITIES.filter((c) => asked.has(c)),
    doc: doc && knownDocuments.includes(doc) ? doc : null,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
  }
}

/** The query parameters for `setParams`: empty filters are removed from the URL (null). */
export function toEvidenceUrlParams(
  filters: Partial<EvidenceFilters>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  if (filters.comparability !== undefined) {
    out.comparability = filters.comparability.length > 0 ? filters.comparability.join(',') : null
  }
  if (filters.doc !== undefined) out.doc = filters.doc
  if (filters.q !== undefined) out.q = filters.q === '' ? null : filters.q
  return out
}

export function hasActiveEvidenceFilters(filters: EvidenceFilters): boolean {
  return filters.comparability.length > 0 || filters.doc !== null || termsOf(filters.q).length > 0
}

/** Adds or removes one comparability, keeping the canonical order. */
export function toggleComparability(
  selected: readonly Comparability[],
  value: Comparability,
): Comparability[] {
  const next = new Set(selected)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return COMPARABILITIES.filter((c) => next.has(c))
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * NFKC folds full-width letters, digits and brackets; Latin is compared without case. With `fold`
 * (Traditional → Simplified, once loaded) 項目資金 and 项目资金 read the same, both in the query
 * and in the searched text, so either script finds the other.
 */
function normalizeText(text: string, fold: Simplify | null): string {
  const plain = text.normalize('NFKC').toLowerCase()
  return fold ? fold(plain) : plain
}

/** Every whitespace-separated term must occur somewhere in the item. */
export function termsOf(q: string, fold: Simplify | null = null): string[] {
  return normalizeText(q, fold).split(/\s+/).filter(Boolean)
}

// ---------------------------------------------------------------------------------------------
// Simplified / Traditional folding, loaded on first use (as in the commitments list)

export { searchFolding, startSearchFolding, subscribeSearchFolding }

/** One index without folding and one with: an update's text is normalized once per fold. */
const plainIndex = new WeakMap<EvidenceItem['evidence']['update'], string>()
let foldedIndex: {
  fold: Simplify
  texts: WeakMap<EvidenceItem['evidence']['update'], string>
} | null = null

function indexFor(fold: Simplify | null) {
  if (!fold) return plainIndex
  if (foldedIndex?.fold !== fold) foldedIndex = { fold, texts: new WeakMap() }
  return foldedIndex.texts
}

/**
 * What a search looks in, both languages whatever the UI language: what the evidence says, its
 * quote and note, the source's title and publisher, and the title of the commitment it bears on.
 * Normalized once per update and fold, and kept while the update lives (see indexEvidence).
 */
export function searchableText(
  item: EvidenceItem,
  fold: Simplify | null = searchFolding(),
): string {
  const u = item.evidence.update
  const index = indexFor(fold)
  let text = index.get(u)
  if (text === undefined) {
    const c = item.row.commitment
    text = normalizeText(
      [
        u.summary,
        u.summaryEn,
        u.quote,
        u.note,
        u.noteEn,
        u.source.title,
        u.source.titleEn,
        u.source.publisher,
        u.source.publisherEn,
        c.title,
        c.titleEn,
      ]
        .filter((field): field is string => typeof field === 'string')
        .join('\n'),
      fold,
    )
    index.set(u, text)
  }
  return text
}

/**
 * Normalizes items from `from` onwards while `hasTime()` says so; returns where it stopped. Run
 * in idle time, so the first keystroke does not pay for every item's text. It also starts
 * loading the converter; once that arrives the page indexes again, folded.
 */
export function indexEvidence(
  items: readonly EvidenceItem[],
  from: number,
  hasTime: () => boolean,
  fold: Simplify | null = searchFolding(),
): number {
  startSearchFolding()
  let next = from
  while (next < items.length && hasTime()) {
    searchableText(items[next]!, fold)
    next += 1
  }
  return next
}

/** The last search per items array: typing narrows a query, so only its matches are tested. */
const lastSearch = new WeakMap<
  readonly EvidenceItem[],
  { terms: string[]; fold: Simplify | null; matches: EvidenceItem[] }
>()

function searchItems(
  items: readonly EvidenceItem[],
  terms: string[],
  fold: Simplify | null,
): readonly EvidenceItem[] {
  if (terms.length === 0) return items
  const last = lastSearch.get(items)
  // Matches found without the fold may miss items the fold finds: never refine across folds.
  const refines =
    last &&
    last.fold === fold &&
    last.terms.every((old) => terms.some((term) => term.includes(old)))
  const base = refines ? last.matches : items
  const matches = base.filter((item) => {
    const text = searchableText(item, fold)
    return terms.every((term) => text.includes(term))
  })
  lastSearch.set(items, { terms, fold, matches })
  return matches
}

// ---------------------------------------------------------------------------------------------
// Filtering

export interface EvidenceCounts {
  /** Per comparability, given the letter and the search (ticking it would show these). */
  comparability: Record<string, number>
  /** Per letter, given the comparability and the search. */
  doc: Record<string, number>
}

/** The items the page shows, newest first, and the counts beside each option. */
export function evidenceView(
  items: readonly EvidenceItem[],
  filters: EvidenceFilters,
  fold: Simplify | null = searchFolding(),
): { shown: EvidenceItem[]; counts: EvidenceCounts } {
  const found = searchItems(items, termsOf(filters.q, fold), fold)
  const kinds = filters.comparability
  const counts: EvidenceCounts = { comparability: {}, doc: {} }
  const shown: EvidenceItem[] = []
  for (const item of found) {
    const comparability = item.evidence.comparability
    const doc = item.row.datasetId
    const kindOk = kinds.length === 0 || kinds.includes(comparability)
    const docOk = filters.doc === null || filters.doc === doc
    if (docOk) counts.comparability[comparability] = (counts.comparability[comparability] ?? 0) + 1
    if (kindOk) counts.doc[doc] = (counts.doc[doc] ?? 0) + 1
    if (kindOk && docOk) shown.push(item)
  }
  return { shown, counts }
}
