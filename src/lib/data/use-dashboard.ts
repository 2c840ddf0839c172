import {
  createContext,
  createElement,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { newestEvidenceDate } from '../../domain/assessment/assess'
import { todayIso } from '../../domain/dates'
import { isRealIsoDate } from '../../domain/iso-day'
import { parseHash } from '../router/hash-location'
import type { Dataset } from './assemble'
import { buildCommitmentRows, type CommitmentRow, type LetterTexts } from './commitment-rows'
import { datasetsAsOf } from './select-as-of'
import { useLetterTexts } from './use-letter-texts'
import { useTrackerData, type TrackerData } from './use-tracker-data'

export interface Dashboard extends TrackerData {
  asOf: string
  /** The datasets as known on `asOf`, narrowed to `?doc=` when set. */
  visible: Dataset[]
  /** One row per visible commitment with status and deadline computed for `asOf`. */
  rows: CommitmentRow[]
  /** Every dataset known on `asOf`, whatever `?doc=` says (the list filters by document itself). */
  known: Dataset[]
  /** One row per commitment of `known`: `rows` is the part of it that `visible` covers. */
  knownRows: CommitmentRow[]
  /** The newest evidence published by `asOf` among the known letters: the data's own date. */
  newestEvidence: string | null
}

interface Known {
  known: Dataset[]
  knownRows: CommitmentRow[]
}

const NOTHING_KNOWN: Known = { known: [], knownRows: [] }
const NO_DATASETS: Dataset[] = []

/**
 * The datasets and rows as of a day, kept per loaded data (weakly: a refetch drops them). Every
 * page works from them; moving from one page to the next then reuses them instead of filtering
 * every letter's evidence and rebuilding every row again, and the list's search and filter
 * indexes (kept per rows array) survive the trip.
 */
const knownCache = new WeakMap<readonly Dataset[], Known & { asOf: string; texts: LetterTexts }>()
const datasetsCache = new WeakMap<readonly Dataset[], { asOf: string; known: Dataset[] }>()

/** The letters as known on a day, kept per loaded data so the texts hook sees a stable array. */
function datasetsOn(datasets: readonly Dataset[], asOf: string): Dataset[] {
  const cached = datasetsCache.get(datasets)
  if (cached?.asOf === asOf) return cached.known
  const known = datasetsAsOf(datasets, asOf)
  datasetsCache.set(datasets, { asOf, known })
  return known
}

function knownOn(datasets: readonly Dataset[], asOf: string, texts: LetterTexts): Known {
  const cached = knownCache.get(datasets)
  // Each component calling useDashboard holds its own map of the same texts: compared by content,
  // so a page of many widgets shares one set of rows instead of rebuilding 55,000 per widget.
  if (cached?.asOf === asOf && sameTexts(cached.texts, texts)) return cached
  const known = datasetsOn(datasets, asOf)
  // Rows are built once for every known dataset and narrowed for `?doc=`: a letter's rows do not
  // depend on the other letters, and the list (which filters by document itself) reuses them.
  const entry = { asOf, texts, known, knownRows: buildCommitmentRows(known, asOf, texts) }
  knownCache.set(datasets, entry)
  return entry
}

/**
 * Per rows array, not per caller: the funding page's thousand target widgets each call
 * useDashboard, and each scanning 55,000 rows for the newest date was most of its route change.
 */
const newestEvidenceCache = new WeakMap<readonly CommitmentRow[], string | null>()

function newestEvidenceOf(rows: readonly CommitmentRow[]): string | null {
  if (newestEvidenceCache.has(rows)) return newestEvidenceCache.get(rows)!
  const newest = newestEvidenceDate(rows)
  newestEvidenceCache.set(rows, newest)
  return newest
}

function sameTexts(a: LetterTexts, b: LetterTexts): boolean {
  if (a === b) return true
  if (a.size !== b.size) return false
  for (const [id, text] of a) if (b.get(id) !== text) return false
  return true
}

/**
 * The dashboard of the nearest DashboardProvider: worked out once for the page, however many
 * widgets ask (the funding page has a widget per target, a thousand at a province's scale, and
 * each working it out watched the letters' texts itself: fifty queries per widget).
 */
const DashboardContext = createContext<SharedDashboard | null>(null)

interface SharedDashboard {
  dashboard: Dashboard
  /** The loaded data it was worked out from: a widget under another data provider ignores it. */
  from: TrackerData
}

/** Works out the dashboard once and hands it to every useDashboard below (inside the data's provider). */
export function DashboardProvider({ children }: { children: ReactNode }) {
  const from = useTrackerData()
  const dashboard = useOwnDashboard(true)!
  const value = useMemo(() => ({ dashboard, from }), [dashboard, from])
  return createElement(DashboardContext.Provider, { value }, children)
}

/** The data every view starts from: loaded, validated, as of the chosen date, optionally one document. */
export function useDashboard(): Dashboard {
  const shared = useContext(DashboardContext)
  const tracker = useTrackerData()
  const usable = shared && shared.from === tracker ? shared.dashboard : null
  // Without a provider for this data (a widget rendered on its own) it works the dashboard out
  // itself; under one, the same hooks run with nothing to watch.
  const own = useOwnDashboard(usable === null)
  return usable ?? own!
}

function useOwnDashboard(wanted: boolean): Dashboard | null {
  const data = useTrackerData()
  const { asOf, doc } = useDashboardParams()
  // While the index and commitments are still arriving every view shows the loading state, and
  // each arriving file would otherwise rebuild every row: wait until there is something to show.
  const idle = data.status === 'loading' || !wanted
  const knownDatasets = useMemo(
    () => (idle ? NO_DATASETS : datasetsOn(data.datasets, asOf)),
    [idle, data.datasets, asOf],
  )
  const texts = useLetterTexts(knownDatasets)
  const { known, knownRows } = useMemo(
    () => (idle ? NOTHING_KNOWN : knownOn(data.datasets, asOf, texts)),
    [idle, data.datasets, asOf, texts],
  )
  const { visible, rows } = useMemo(() => {
    // An unknown `?doc=` shows everything (the shell says so) rather than an empty page.
    const narrowed = doc ? known.filter((d) => d.entry.id === doc) : known
    if (narrowed.length === 0 || narrowed.length === known.length) {
      return { visible: known, rows: knownRows }
    }
    return { visible: narrowed, rows: knownRows.filter((row) => row.datasetId === doc) }
  }, [known, knownRows, doc])
  const newestEvidence = newestEvidenceOf(rows)
  return useMemo(
    () => (wanted ? { ...data, asOf, visible, rows, known, knownRows, newestEvidence } : null),
    [wanted, data, asOf, visible, rows, known, knownRows, newestEvidence],
  )
}

/**
 * `asOf` and `doc` as useViewState reads them, but re-rendering only when one of those two
 * changes. A page calling useDashboard re-runs the data hooks (four queries per letter) on every
 * render; with useViewState it would do so on every keystroke in a search box, since the list's
 * search lives in the hash too.
 */
function useDashboardParams(): { asOf: string; doc: string | null } {
  const key = useSyncExternalStore(subscribeToHash, readParamsKey, () => '["",""]')
  const [rawAsOf, rawDoc] = JSON.parse(key) as [string, string]
  // The same rule as useViewState: a real calendar date, otherwise today.
  return { asOf: isRealIsoDate(rawAsOf) ? rawAsOf : todayIso(), doc: rawDoc || null }
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** A string snapshot (compared by value), so unrelated hash changes do not re-render. */
function readParamsKey(): string {
  const { params } = parseHash(window.location.hash)
  return JSON.stringify([params.get('asOf') ?? '', params.get('doc') ?? ''])
}
