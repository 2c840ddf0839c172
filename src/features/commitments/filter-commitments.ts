import type { DeadlineLight } from '../../domain/deadline'
import { localized, type Language } from '../../domain/language'
import { categorySchema, type Category, type CommitmentKind } from '../../domain/schema/commitment'
import { STATUSES, type Status } from '../../domain/status'
import type { CommitmentRow } from '../../lib/data/commitment-rows'

/**
 * The commitments list's filters, search and sort, and how they live in the URL. Pure (no React)
 * so every rule can be tested on its own and a shared link always means the same list.
 */

export const KINDS = [
  'result',
  'forecast',
  'target',
  'promise',
] as const satisfies readonly CommitmentKind[]
export const CATEGORIES: readonly Category[] = categorySchema.options
export const DEADLINE_LIGHTS = [
  'green',
  'yellow',
  'red',
  'none',
  'done',
] as const satisfies readonly DeadlineLight[]
export const SORT_KEYS = ['letter', 'deadline', 'status', 'title'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const DEFAULT_SORT: SortKey = 'letter'

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
 * Chinese has no case and no spaces, so a substring test is the right match for it.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** The search terms: every whitespace-separated term must occur somewhere in the commitment. */
export function normalizeQuery(q: string): string[] {
  return normalizeText(q).split(/\s+/).filter(Boolean)
}

/** The fields a search looks in, both languages whatever the UI language. */
export function searchableText(row: CommitmentRow): string {
  const c = row.commitment
  return normalizeText(
    [c.title, c.titleEn, c.quote, c.quoteEn, c.section, c.note, c.noteEn]
      .filter((field): field is string => typeof field === 'string')
      .join('\n'),
  )
}

export function matchesQuery(row: CommitmentRow, terms: readonly string[]): boolean {
  if (terms.length === 0) return true
  const text = searchableText(row)
  return terms.every((term) => text.includes(term))
}

// ---------------------------------------------------------------------------------------------
// Filtering

/** The light a row can be filtered on; reported results have none (nothing left to watch). */
export function lightOf(row: CommitmentRow): DeadlineLight | null {
  return row.deadline?.light ?? null
}

/** Whether a row passes every filter, optionally ignoring one (for the counts beside options). */
export function matchesFilters(
  row: CommitmentRow,
  filters: ListFilters,
  ignore?: SetFilter | 'doc',
): boolean {
  const c = row.commitment
  const light = lightOf(row)
  return (
    (ignore === 'status' || allows(filters.status, row.status.status)) &&
    (ignore === 'category' || allows(filters.category, c.category)) &&
    (ignore === 'kind' || allows(filters.kind, c.kind)) &&
    (ignore === 'deadline' ||
      filters.deadline.length === 0 ||
      (light !== null && filters.deadline.includes(light))) &&
    (ignore === 'doc' || filters.doc === null || row.datasetId === filters.doc) &&
    matchesQuery(row, normalizeQuery(filters.q))
  )
}

function allows<T>(selected: readonly T[], value: T): boolean {
  return selected.length === 0 || selected.includes(value)
}

export function filterRows(rows: readonly CommitmentRow[], filters: ListFilters): CommitmentRow[] {
  return rows.filter((row) => matchesFilters(row, filters))
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
export function facetCounts(rows: readonly CommitmentRow[], filters: ListFilters): FacetCounts {
  const count = (
    ignore: SetFilter | 'doc',
    key: (row: CommitmentRow) => string | null,
  ): Record<string, number> => {
    const counts: Record<string, number> = {}
    for (const row of rows) {
      if (!matchesFilters(row, filters, ignore)) continue
      const value = key(row)
      if (value !== null) counts[value] = (counts[value] ?? 0) + 1
    }
    return counts
  }
  return {
    status: count('status', (row) => row.status.status),
    category: count('category', (row) => row.commitment.category),
    kind: count('kind', (row) => row.commitment.kind),
    deadline: count('deadline', lightOf),
    doc: count('doc', (row) => row.datasetId),
  }
}

// ---------------------------------------------------------------------------------------------
// Sorting

/**
 * Sorts a copy of `rows` (which arrive in letter order: document, then the data's order).
 * Every order falls back to letter order, so ties never shuffle between renders.
 *  - deadline: soonest due first (overdue first of all), then kept promises whose deadline no
 *    longer matters, then commitments without a stated deadline, then reported results;
 *  - status: the fixed scale, 已兑现 → 待评估;
 *  - title: the title in the reader's language, collated for that language (pinyin for Chinese).
 */
export function sortRows(
  rows: readonly CommitmentRow[],
  sort: SortKey,
  lang: Language,
): CommitmentRow[] {
  const indexed = rows.map((row, index) => ({ row, index }))
  const compare = comparatorFor(sort, lang)
  return indexed.sort((a, b) => compare(a.row, b.row) || a.index - b.index).map(({ row }) => row)
}

function comparatorFor(
  sort: SortKey,
  lang: Language,
): (a: CommitmentRow, b: CommitmentRow) => number {
  switch (sort) {
    case 'letter':
      return () => 0
    case 'deadline':
      return (a, b) => {
        const rank = deadlineRank(a) - deadlineRank(b)
        if (rank !== 0) return rank
        const dueA = a.deadline?.due
        const dueB = b.deadline?.due
        return dueA && dueB ? dueA.localeCompare(dueB) : 0
      }
    case 'status':
      return (a, b) => STATUSES.indexOf(a.status.status) - STATUSES.indexOf(b.status.status)
    case 'title': {
      const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN', { numeric: true })
      const title = (row: CommitmentRow) =>
        localized(lang, row.commitment.title, row.commitment.titleEn)
      return (a, b) => collator.compare(title(a), title(b))
    }
  }
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
): CommitmentRow[] {
  return sortRows(filterRows(rows, params), params.sort, lang)
}
