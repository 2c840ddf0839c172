import { isRated } from '../../domain/commitment-kinds'
import { compareIso } from '../../domain/compare-iso'
import type { DeadlineLight } from '../../domain/deadline'
import { localized, type Language } from '../../domain/language'
import type { Category, CommitmentKind } from '../../domain/schema/commitment'
import { CATEGORY_VALUES } from '../../domain/schema/vocabulary'
import { STATUSES, type Status } from '../../domain/status'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import {
  searchFolding,
  startSearchFolding,
  subscribeSearchFolding,
} from '../../lib/text/search-folding'
import type { Simplify } from '../../lib/text/simplify'

/**
 * The commitments list's filters, search and sort, and how they live in the URL. Pure (no React)
 * so every rule can be tested on its own and a shared link always means the same list.
 */

export const KINDS = [
  'result',
  'forecast',
  'target',
  'promise',
  'estimate',
  'declined',
] as const satisfies readonly CommitmentKind[]
export const CATEGORIES: readonly Category[] = CATEGORY_VALUES
export const DEADLINE_LIGHTS = [
  'green',
  'yellow',
  'red',
  'none',
  'done',
] as const satisfies readonly DeadlineLight[]
export const SORT_KEYS = ['urgency', 'letter', 'deadline', 'status', 'title'] as const
export type SortKey = (typeof SORT_KEYS)[number]
/** Promises first, the most pressing at the top: what an official opens the list to see. */
export const DEFAULT_SORT: SortKey = 'urgency'

/** A hand-typed or pasted query longer than this is cut: nobody searches with a page of text. */
export const MAX_QUERY_LENGTH = 200

export interface ListFilters {
  status: Status[]
  category: Category[]
  kind: CommitmentKind[]
  deadline: DeadlineLight[]
  /** One document (the app-wide `doc` parameter), or null for all. */
  doc: string | null
  /** The search box as typed (kept raw so the box shows exactly what the reader wrote). */
  q: string
}

export interface ListParams extends ListFilters {
  sort: SortKey
}

/** The multi-value filters: each is a set of allowed values, empty meaning "any". */
export type SetFilter = 'status' | 'category' | 'kind' | 'deadline'
export const SET_FILTERS = [
  'status',
  'category',
  'kind',
  'deadline',
] as const satisfies readonly SetFilter[]

export const EMPTY_FILTERS: ListFilters = {
  status: [],
  category: [],
  kind: [],
  deadline: [],
  doc: null,
  q: '',
}

// ---------------------------------------------------------------------------------------------
// URL <-> params

/**
 * Reads the list's state from the hash route's query. Values may be comma-separated
 * (`status=kept,broken`) or repeated; unknown values are dropped rather than failing, so an old
 * or mistyped link still opens a sensible list. An unknown document shows every document, as
 * the app shell does.
 */
export function parseListParams(
  params: URLSearchParams,
  knownDocuments: readonly string[],
): ListParams {
  const doc = params.get('doc')
  const sort = params.get('sort')
  return {
    status: pickAll(params, 'status', STATUSES),
    category: pickAll(params, 'category', CATEGORIES),
    kind: pickAll(params, 'kind', KINDS),
    deadline: pickAll(params, 'deadline', DEADLINE_LIGHTS),
    doc: doc && knownDocuments.includes(doc) ? doc : null,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    sort: isOneOf(sort, SORT_KEYS) ? sort : DEFAULT_SORT,
  }
}

function pickAll<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T[] {
  const asked = new Set(
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim()),
  )
  // The canonical order, not the URL's: the same filter always reads the same way.
  return allowed.filter((value) => asked.has(value))
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
}

/**
 * The query parameters for `setParams`: empty filters and the default sort are removed from the
 * URL (null), so the plain list keeps a plain address.
 */
export function toUrlParams(list: Partial<ListParams>): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const name of SET_FILTERS) {
    const values = list[name]
    if (values !== undefined) out[name] = values.length > 0 ? values.join(',') : null
  }
  if (list.doc !== undefined) out.doc = list.doc
  if (list.q !== undefined) out.q = list.q === '' ? null : list.q
  if (list.sort !== undefined) out.sort = list.sort === DEFAULT_SORT ? null : list.sort
  return out
}

/** True when anything narrows the list (the sort order does not). */
export function hasActiveFilters(filters: ListFilters): boolean {
  return (
    SET_FILTERS.some((name) => filters[name].length > 0) ||
    filters.doc !== null ||
    normalizeQuery(filters.q).length > 0
  )
}

/** Adds or removes one value of a multi-value filter, keeping the canonical order. */
export function toggleValue<T extends string>(
  selected: readonly T[],
  value: T,
  allowed: readonly T[],
): T[] {
  const next = new Set(selected)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return allowed.filter((v) => next.has(v))
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Folds what readers type onto what the data holds: NFKC turns full-width Latin, digits, spaces
 * and brackets (ＧＡＰ, ５３３４, “三（五）”) into their ASCII forms; Latin is compared without case.
 * Chinese has no case and no spaces, so a substring test is the right match for it. With `fold`
 * (Traditional → Simplified, once loaded) 項目資金 and 项目资金 read the same: both the query and
 * the searched text are folded, so either script finds the other.
 */
export function normalizeText(text: string, fold: Simplify | null = null): string {
  const plain = text.normalize('NFKC').toLowerCase()
  return fold ? fold(plain) : plain
}

/** The search terms: every whitespace-separated term must occur somewhere in the commitment. */
export function normalizeQuery(q: string, fold: Simplify | null = null): string[] {
  return normalizeText(q, fold).split(/\s+/).filter(Boolean)
}

// ---------------------------------------------------------------------------------------------
// Simplified / Traditional folding, loaded on first use

export { searchFolding, startSearchFolding, subscribeSearchFolding }

/**
 * The fields a search looks in, both languages whatever the UI language: the commitment's own
 * words, and the evidence about it published by the view date (what it says, its quote, the
 * source's title and publisher), so "营业收入", "云南日报" or "231" find the commitments the
 * evidence bears on. Evidence published later is not searched: the list is as of its date.
 */
export function searchableText(
  row: CommitmentRow,
  fold: Simplify | null = searchFolding(),
): string {
  // The search index: NFKC (and folding) over every field is the costly part of a search, so
  // each commitment's and each update's text is normalized once per fold, kept for as long as
  // the item itself lives, and a row only joins them (rows are rebuilt when the view date
  // changes, items not).
  const index = indexFor(fold)
  let text = index.rows.get(row)
  if (text === undefined) {
    const own = commitmentText(row.commitment, index)
    text =
      row.evidence.length === 0
        ? own
        : [own, ...row.evidence.map((u) => evidenceText(u, index))].join('\n')
    index.rows.set(row, text)
  }
  return text
}

interface SearchIndex {
  fold: Simplify | null
  commitments: WeakMap<CommitmentRow['commitment'], string>
  evidence: WeakMap<ProgressUpdate, string>
  rows: WeakMap<CommitmentRow, string>
}

const newIndex = (fold: Simplify | null): SearchIndex => ({
  fold,
  commitments: new WeakMap(),
  evidence: new WeakMap(),
  rows: new WeakMap(),
})

/** One index without folding and one with: a text folded once stays folded. */
const plainIndex = newIndex(null)
let foldedIndex: SearchIndex | null = null

function indexFor(fold: Simplify | null): SearchIndex {
  if (!fold) return plainIndex
  if (foldedIndex?.fold !== fold) foldedIndex = newIndex(fold)
  return foldedIndex
}

function commitmentText(c: CommitmentRow['commitment'], index: SearchIndex): string {
  let text = index.commitments.get(c)
  if (text === undefined) {
    text = normalizeFields(
      [c.title, c.titleEn, c.quote, c.quoteEn, c.section, c.note, c.noteEn],
      index.fold,
    )
    index.commitments.set(c, text)
  }
  return text
}

function evidenceText(u: ProgressUpdate, index: SearchIndex): string {
  let text = index.evidence.get(u)
  if (text === undefined) {
    const s = u.source
    text = normalizeFields(
      [u.summary, u.summaryEn, u.quote, s.title, s.titleEn, s.publisher, s.publisherEn],
      index.fold,
    )
    index.evidence.set(u, text)
  }
  return text
}

function normalizeFields(fields: ReadonlyArray<string | undefined>, fold: Simplify | null): string {
  return normalizeText(fields.filter((f): f is string => typeof f === 'string').join('\n'), fold)
}

/** `terms` must be normalized with the same `fold` (normalizeQuery(q, fold)). */
export function matchesQuery(
  row: CommitmentRow,
  terms: readonly string[],
  fold: Simplify | null = searchFolding(),
): boolean {
  if (terms.length === 0) return true
  const text = searchableText(row, fold)
  return terms.every((term) => text.includes(term))
}

/** The terms of the last query asked for: one query is tested against every row in a row. */
let lastQuery: { q: string; fold: Simplify | null; terms: string[] } = {
  q: '',
  fold: null,
  terms: [],
}

function termsOf(q: string, fold: Simplify | null): string[] {
  if (lastQuery.q !== q || lastQuery.fold !== fold) {
    lastQuery = { q, fold, terms: normalizeQuery(q, fold) }
  }
  return lastQuery.terms
}

// ---------------------------------------------------------------------------------------------
// Filtering

/**
 * The status a row can be filtered on. Reported results have none: they are not promises, so a
 * status filter never lists them, and the list's count under `?status=not-rated` is the
 * overview's 待评估 total (which counts trackable commitments only).
 */
export function statusOf(row: CommitmentRow): Status | null {
  return row.status?.status ?? null
}

/** The light a row can be filtered on; reported results have none (nothing left to watch). */
export function lightOf(row: CommitmentRow): DeadlineLight | null {
  return row.deadline?.light ?? null
}

/** Whether a row passes every filter, optionally ignoring one (for the counts beside options). */
export function matchesFilters(
  row: CommitmentRow,
  filters: ListFilters,
  ignore?: SetFilter | 'doc',
  fold: Simplify | null = searchFolding(),
): boolean {
  const failed = failedFilters(row, filters, termsOf(filters.q, fold), fold)
  return failed === 0 || (ignore !== undefined && failed === FILTER_BIT[ignore])
}

/** One bit per facet, so a single pass can tell "fails only this one" from "fails others too". */
const FILTER_BIT = { status: 1, category: 2, kind: 4, deadline: 8, doc: 16 } as const
/** The search is not a facet: a row that does not match it counts nowhere. */
const QUERY_BIT = 32

function failedFilters(
  row: CommitmentRow,
  filters: ListFilters,
  terms: readonly string[],
  fold: Simplify | null,
): number {
  const c = row.commitment
  const light = lightOf(row)
  let failed = 0
  if (!allows(filters.status, statusOf(row))) failed |= FILTER_BIT.status
  if (!allows(filters.category, c.category)) failed |= FILTER_BIT.category
  if (!allows(filters.kind, c.kind)) failed |= FILTER_BIT.kind
  if (filters.deadline.length > 0 && (light === null || !filters.deadline.includes(light))) {
    failed |= FILTER_BIT.deadline
  }
  if (filters.doc !== null && row.datasetId !== filters.doc) failed |= FILTER_BIT.doc
  if (!matchesQuery(row, terms, fold)) failed |= QUERY_BIT
  return failed
}

/** A value of null (a result's status, its deadline light) never passes a ticked filter. */
function allows<T>(selected: readonly T[], value: T | null): boolean {
  return selected.length === 0 || (value !== null && selected.includes(value))
}

export function filterRows(
  rows: readonly CommitmentRow[],
  filters: ListFilters,
  fold: Simplify | null = searchFolding(),
): CommitmentRow[] {
  return scanRows(rows, filters, fold).matched
}

export interface FacetCounts {
  status: Record<string, number>
  category: Record<string, number>
  kind: Record<string, number>
  deadline: Record<string, number>
  doc: Record<string, number>
}

/**
 * How many rows each option would show, given every other filter: "待评估 (12)" then means
 * "ticking this shows 12 more", the usual faceted-search reading.
 */
export function facetCounts(
  rows: readonly CommitmentRow[],
  filters: ListFilters,
  fold: Simplify | null = searchFolding(),
): FacetCounts {
  return scanRows(rows, filters, fold).facets
}

/**
 * One pass for both the list and the counts beside the options: a row that passes every filter
 * is shown and counts in every facet; a row that fails exactly one facet counts only in that
 * facet (ticking that option would bring it in); any other row counts nowhere. A row that does
 * not match the search counts nowhere either, so with a search only its matches are visited.
 */
function scanRows(
  rows: readonly CommitmentRow[],
  filters: ListFilters,
  fold: Simplify | null,
): { matched: CommitmentRow[]; facets: FacetCounts } {
  const columns = columnsOf(rows)
  const candidates = searchMatches(rows, columns, termsOf(filters.q, fold), fold)
  const facets = FACETS.map((facet) => ({
    column: columns[facet],
    allowed: allowedMask(columns[facet], selectedValues(filters, facet)),
    counts: new Int32Array(columns[facet].values.length),
  }))
  // Only the facets with something ticked can fail; usually none or one.
  const active = facets.flatMap((facet, f) => (facet.allowed ? [f] : []))
  const matched: CommitmentRow[] = []
  const visit = (i: number) => {
    let failedFacet = -1
    let failures = 0
    for (let a = 0; a < active.length && failures < 2; a += 1) {
      const f = active[a]!
      const { column, allowed } = facets[f]!
      if (allowed![column.ids[i]!] !== 1) {
        failedFacet = f
        failures += 1
      }
    }
    if (failures === 0) {
      matched.push(rows[i]!)
      for (const { column, counts } of facets) counts[column.ids[i]!]! += 1
    } else if (failures === 1) {
      const { column, counts } = facets[failedFacet]!
      counts[column.ids[i]!]! += 1
    }
  }
  if (candidates) for (const i of candidates) visit(i)
  else for (let i = 0; i < rows.length; i += 1) visit(i)

  const counted = (f: number): Record<string, number> => {
    const { column, counts } = facets[f]!
    const out: Record<string, number> = {}
    column.values.forEach((value, id) => {
      // A reported result has no status and no deadline light: it is never counted under one.
      if (value !== null && counts[id]! > 0) out[value] = counts[id]!
    })
    return out
  }
  return {
    matched,
    facets: {
      status: counted(0),
      category: counted(1),
      kind: counted(2),
      deadline: counted(3),
      doc: counted(4),
    },
  }
}

// ---------------------------------------------------------------------------------------------
// The scan's index: per rows array, built once and kept while the array lives

const FACETS = ['status', 'category', 'kind', 'deadline', 'doc'] as const
type Facet = (typeof FACETS)[number]

/** One facet as small integers: `ids[i]` is row i's value, `values[id]` the value itself. */
interface Column {
  ids: Uint32Array
  values: Array<string | null>
  idOf: Map<string | null, number>
}

type Columns = Record<Facet, Column> & {
  /** Recent searches: normalized terms → the indexes of the rows that match them. */
  searches: Map<string, Int32Array>
  /** The fold those searches were made with: a search without it may have missed rows. */
  searchFold: Simplify | null
}

const columnsCache = new WeakMap<readonly CommitmentRow[], Columns>()

function columnsOf(rows: readonly CommitmentRow[]): Columns {
  let columns = columnsCache.get(rows)
  if (!columns) {
    columns = {
      status: columnOf(rows, statusOf),
      category: columnOf(rows, (row) => row.commitment.category),
      kind: columnOf(rows, (row) => row.commitment.kind),
      deadline: columnOf(rows, lightOf),
      doc: columnOf(rows, (row) => row.datasetId),
      searches: new Map(),
      searchFold: null,
    }
    columnsCache.set(rows, columns)
  }
  return columns
}

function columnOf(
  rows: readonly CommitmentRow[],
  valueOf: (row: CommitmentRow) => string | null,
): Column {
  const ids = new Uint32Array(rows.length)
  const values: Array<string | null> = []
  const idOf = new Map<string | null, number>()
  rows.forEach((row, i) => {
    const value = valueOf(row)
    let id = idOf.get(value)
    if (id === undefined) {
      id = values.length
      values.push(value)
      idOf.set(value, id)
    }
    ids[i] = id
  })
  return { ids, values, idOf }
}

function selectedValues(filters: ListFilters, facet: Facet): readonly string[] {
  if (facet === 'doc') return filters.doc === null ? [] : [filters.doc]
  return filters[facet]
}

/** Which value ids pass a filter (1), or null when nothing is selected (everything passes). */
function allowedMask(column: Column, selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null
  const mask = new Uint8Array(column.values.length)
  for (const value of selected) {
    const id = column.idOf.get(value)
    if (id !== undefined) mask[id] = 1
  }
  // A row without a status or deadline light never passes that filter, whatever is selected.
  const none = column.idOf.get(null)
  if (none !== undefined) mask[none] = 0
  return mask
}

/** How many searches are remembered per rows array (about one word typed and deleted). */
const REMEMBERED_SEARCHES = 16

/**
 * The rows matching every term, or null without terms. Typing narrows a search, so a new query
 * is tested only against the matches of the narrowest remembered query it refines (every old
 * term inside some new term); deleting a letter usually finds the query remembered.
 */
function searchMatches(
  rows: readonly CommitmentRow[],
  columns: Columns,
  terms: readonly string[],
  fold: Simplify | null,
): Int32Array | null {
  if (terms.length === 0) return null
  if (columns.searchFold !== fold) {
    columns.searches.clear()
    columns.searchFold = fold
  }
  const key = terms.join(' ')
  const remembered = columns.searches.get(key)
  if (remembered) return remembered
  let base: Int32Array | null = null
  for (const [oldKey, oldMatches] of columns.searches) {
    const refines = oldKey.split(' ').every((old) => terms.some((term) => term.includes(old)))
    if (refines && (!base || oldMatches.length < base.length)) base = oldMatches
  }
  const found: number[] = []
  const test = (i: number) => {
    if (matchesQuery(rows[i]!, terms, fold)) found.push(i)
  }
  if (base) for (const i of base) test(i)
  else for (let i = 0; i < rows.length; i += 1) test(i)
  const matches = Int32Array.from(found)
  if (columns.searches.size >= REMEMBERED_SEARCHES) {
    columns.searches.delete(columns.searches.keys().next().value!)
  }
  columns.searches.set(key, matches)
  return matches
}

// ---------------------------------------------------------------------------------------------
// Sorting

/**
 * Sorts a copy of `rows` (which arrive in letter order: document, then the data's order).
 * Every order falls back to letter order, so ties never shuffle between renders.
 *  - urgency (the default): open promises and targets first, overdue first (the most days
 *    overdue first), then due soonest, then due later; then open ones with no stated deadline,
 *    the longest open first; then the kept and broken ones; then reported results, estimates and
 *    declined requests, which the list shows in a group of their own (see `splitByRating`);
 *  - deadline: soonest due first (overdue first of all), then kept promises whose deadline no
 *    longer matters, then commitments without a stated deadline, then reported results;
 *  - status: the fixed scale, 已兑现 → 待评估, then reported results (no status);
 *  - title: the title in the reader's language, collated for that language (pinyin for Chinese).
 */
export function sortRows(
  rows: readonly CommitmentRow[],
  sort: SortKey,
  lang: Language,
): CommitmentRow[] {
  // Letter order is the order rows arrive in: nothing to sort.
  if (sort === 'letter') return [...rows]
  if (sort === 'urgency') return sortByUrgency(rows)
  const indexed = rows.map((row, index) => ({ row, index }))
  const compare = comparatorFor(sort, lang)
  return indexed.sort((a, b) => compare(a.row, b.row) || a.index - b.index).map(({ row }) => row)
}

/**
 * The default order (see sortRows), with each row's band and place in it read once, not once
 * per comparison: at 55,000 rows those reads were a large part of a filter click.
 */
function sortByUrgency(rows: readonly CommitmentRow[]): CommitmentRow[] {
  const keyed = rows.map((row, index) => {
    const rank = urgencyRank(row)
    // Soonest due first; without a stated deadline, the longest open first.
    const within =
      rank === URGENCY.dated
        ? row.deadline!.days!
        : rank === URGENCY.undated
          ? -(row.openDays ?? -1)
          : 0
    return { row, index, rank, within }
  })
  keyed.sort((a, b) => a.rank - b.rank || a.within - b.within || a.index - b.index)
  return keyed.map(({ row }) => row)
}

function comparatorFor(
  sort: Exclude<SortKey, 'letter' | 'urgency'>,
  lang: Language,
): (a: CommitmentRow, b: CommitmentRow) => number {
  switch (sort) {
    case 'deadline':
      return (a, b) => {
        const rank = deadlineRank(a) - deadlineRank(b)
        if (rank !== 0) return rank
        const dueA = a.deadline?.due
        const dueB = b.deadline?.due
        return dueA && dueB ? compareIso(dueA, dueB) : 0
      }
    case 'status':
      return (a, b) => statusRank(a) - statusRank(b)
    case 'title': {
      const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN', { numeric: true })
      const title = (row: CommitmentRow) =>
        localized(lang, row.commitment.title, row.commitment.titleEn)
      return (a, b) => collator.compare(title(a), title(b))
    }
  }
}

/** The fixed scale, then reported results (which have no status) after every status. */
function statusRank(row: CommitmentRow): number {
  const status = statusOf(row)
  return status === null ? STATUSES.length : STATUSES.indexOf(status)
}

const URGENCY = { dated: 0, undated: 1, closed: 2, unrated: 3 } as const

/**
 * Which band of the urgency order a row is in, read from its assessment: open with a stated
 * deadline, open without one, closed (kept or broken), or not a promise at all.
 */
function urgencyRank(row: CommitmentRow): number {
  const status = statusOf(row)
  if (status === null) return URGENCY.unrated
  if (status === 'kept' || status === 'broken') return URGENCY.closed
  return row.deadline?.days != null ? URGENCY.dated : URGENCY.undated
}

/**
 * The list's two groups, in the given order: the promises and targets (which have a status),
 * and the reported results, estimates and declined requests (which have none).
 */
export function splitByRating(rows: readonly CommitmentRow[]): {
  rated: CommitmentRow[]
  unrated: CommitmentRow[]
} {
  const rated: CommitmentRow[] = []
  const unrated: CommitmentRow[] = []
  for (const row of rows) (isRated(row.commitment) ? rated : unrated).push(row)
  return { rated, unrated }
}

/** 0 open with a date, 1 kept (done), 2 no deadline stated, 3 a reported result. */
function deadlineRank(row: CommitmentRow): number {
  if (row.deadline === null) return 3
  if (row.deadline.light === 'done') return row.deadline.due ? 1 : 2
  return row.deadline.due ? 0 : 2
}

/** Filters then sorts: what the list shows for these parameters. */
export function listCommitments(
  rows: readonly CommitmentRow[],
  params: ListParams,
  lang: Language,
  fold: Simplify | null = searchFolding(),
): CommitmentRow[] {
  return sortRows(filterRows(rows, params, fold), params.sort, lang)
}

/** What the list page shows: `listCommitments` and `facetCounts` in a single pass over the rows. */
export function listView(
  rows: readonly CommitmentRow[],
  params: ListParams,
  lang: Language,
  fold: Simplify | null = searchFolding(),
): { shown: CommitmentRow[]; facets: FacetCounts } {
  const { matched, facets } = scanRows(rows, params, fold)
  return { shown: sortRows(matched, params.sort, lang), facets }
}

/**
 * Builds the search index for rows `from` onwards while `hasTime()` says so; returns where it
 * stopped. Run in idle time after the list appears, so the first keystroke does not pay for
 * normalizing every commitment's text. It also starts loading the Traditional → Simplified
 * converter; once that arrives the page indexes again, folded.
 */
export function indexForSearch(
  rows: readonly CommitmentRow[],
  from: number,
  hasTime: () => boolean,
  fold: Simplify | null = searchFolding(),
): number {
  startSearchFolding()
  let next = from
  while (next < rows.length && hasTime()) {
    searchableText(rows[next]!, fold)
    next += 1
  }
  return next
}
