import {
  onlineManager,
  useQuery,
  useQueryClient,
  type QueryObserverOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { DataIndex, DatasetEntry } from '../../domain/schema/data-index'
import { assembleDatasets, assembleInput, type Dataset } from './assemble'
import type { DataIssue } from './data-error'
import { useDataSource, type DataSource } from './data-source'
import type { Commitment } from '../../domain/schema/commitment'
import type { FundingLine } from '../../domain/schema/funding'
import type { ProgressUpdate } from '../../domain/schema/update'
import { INDEX_FILE, type DocumentResult } from './loaders'
import type { CollectionResult } from './validate'
import { useFileQueries } from './use-file-queries'
import { useViewState } from '../router/view-state'
import {
  commitmentsQuery,
  dataIndexQuery,
  dataKeys,
  documentQuery,
  fundingQuery,
  updatesQuery,
} from './queries'

export interface FileFailure {
  /** The dataset the file belongs to; "" for index.json. */
  datasetId: string
  file: string
  error: unknown
  retry: () => void
  /** A refetch failed but the last good copy of the file is still on screen. */
  hasData: boolean
}

/** A file the page is still waiting for, for a loading message that names it. */
export interface WaitingFile {
  file: string
  /** Failed attempts so far: the query client retries network faults and 5xx by itself. */
  failureCount: number
  failureReason: unknown
}

/** The data on screen could not be refreshed: it is the last good copy, from `fetchedAt`. */
export interface StaleData {
  /** When the oldest file on screen was fetched (ms since epoch). */
  fetchedAt: number
  /** The browser reports no network at all. */
  offline: boolean
}

export interface TrackerData {
  /** `loading` until the index and every document, commitments and updates file have settled. */
  status: 'loading' | 'error' | 'ready'
  index: DataIndex | undefined
  indexError: unknown
  retryIndex: () => void
  datasets: Dataset[]
  /** Item-level and cross-file problems: the named parts are hidden, the rest is shown. */
  issues: DataIssue[]
  /** Whole files that could not be used (or refreshed). */
  failures: FileFailure[]
  /** Files requested and not yet arrived. */
  waiting: WaitingFile[]
  stale: StaleData | null
  /** Fetches every data file again (the "try again" of the offline notice). */
  refetchAll: () => void
  /** When the newest data on screen was fetched (ms since epoch), for "as of" and staleness. */
  fetchedAt: number
  isFetching: boolean
}

/** The files of one letter, in the order `letterQueries` asks for them. */
const FILE_KINDS = ['document', 'commitments', 'updates', 'funding'] as const
type FileKind = (typeof FILE_KINDS)[number]

function letterQueries(source: DataSource, entry: DatasetEntry): QueryObserverOptions[] {
  // One array holds files of four types; each kind's data is read back with its loader's type.
  return [
    documentQuery(source, entry),
    commitmentsQuery(source, entry),
    updatesQuery(source, entry),
    fundingQuery(source, entry),
  ] as unknown as QueryObserverOptions[]
}

/** One kind of file of every letter, in the index's order. */
function ofKind(results: readonly UseQueryResult[], kind: FileKind): UseQueryResult[] {
  const offset = FILE_KINDS.indexOf(kind)
  const out: UseQueryResult[] = []
  for (let i = offset; i < results.length; i += FILE_KINDS.length) out.push(results[i]!)
  return out
}

/**
 * Each file's data, as an array that keeps its identity while no file's data changed, so the
 * assembled datasets are rebuilt when data arrives and not when a fetch merely starts or stops.
 */
function useGroupData<T>(results: readonly UseQueryResult[]): Array<T | undefined> {
  const next = results.map((r) => r.data as T | undefined)
  // React's "state from the previous render" pattern: adopt the new array only when it differs.
  const [stable, setStable] = useState(next)
  if (next.length !== stable.length || next.some((data, i) => data !== stable[i])) {
    setStable(next)
    return next
  }
  return stable
}

const NOT_ASSEMBLED: { datasets: Dataset[]; issues: DataIssue[] } = { datasets: [], issues: [] }

interface TrackedFile {
  result: UseQueryResult<unknown>
  file: string
  datasetId: string
}

/**
 * The loaded data, from the nearest TrackerDataProvider: the files are watched once for the whole
 * page. (Each caller watching them itself meant every arriving file re-ran the work once per
 * caller, which at a thousand letters' four thousand files was most of the loading time.)
 */
// eslint-disable-next-line react-refresh/only-export-components -- the hook belongs with its provider
export function useTrackerData(): TrackerData {
  const data = useContext(TrackerDataContext)
  if (!data) throw new Error('useTrackerData needs a <TrackerDataProvider> above it')
  return data
}

const TrackerDataContext = createContext<TrackerData | null>(null)

/** Watches every data file once and hands the result to everything below. */
export function TrackerDataProvider({ children }: { children: ReactNode }) {
  const data = useTrackerDataQueries()
  return (
    <TrackerDataContext.Provider value={data}>
      <RefetchStaleOnNavigation />
      {children}
    </TrackerDataContext.Provider>
  )
}

/**
 * A component of its own, so that following a link (which changes the address) re-renders only
 * this and not the provider, whose render reads every file's state.
 *
 * Moving to another view re-reads data files that have gone stale (5 minutes), as a page that
 * watched them itself would on mounting: files published meanwhile then show without a reload.
 */
function RefetchStaleOnNavigation(): null {
  const client = useQueryClient()
  const { path } = useViewState()
  const shownPath = useRef(path)
  useEffect(() => {
    if (path === shownPath.current) return
    shownPath.current = path
    void client.refetchQueries(
      { queryKey: dataKeys.all, stale: true, type: 'active' },
      { cancelRefetch: false },
    )
  }, [client, path])
  return null
}

function useTrackerDataQueries(): TrackerData {
  // Published, or the desk's draft under `?preview=draft`: its key keeps the caches apart.
  const source = useDataSource()
  const indexQuery = useQuery(dataIndexQuery(source))
  const online = useOnline()
  const entries = useMemo(() => indexQuery.data?.index.datasets ?? [], [indexQuery.data])

  const queries = useMemo(
    () => entries.flatMap((entry) => letterQueries(source, entry)),
    [source, entries],
  )
  const results = useFileQueries(queries) as readonly UseQueryResult[]
  const documents = useMemo(() => ofKind(results, 'document'), [results])
  const commitments = useMemo(() => ofKind(results, 'commitments'), [results])
  const updates = useMemo(() => ofKind(results, 'updates'), [results])
  const funding = useMemo(() => ofKind(results, 'funding'), [results])
  const documentsData = useGroupData<DocumentResult>(documents)
  const commitmentsData = useGroupData<CollectionResult<Commitment>>(commitments)
  const updatesData = useGroupData<CollectionResult<ProgressUpdate>>(updates)
  const fundingData = useGroupData<CollectionResult<FundingLine>>(funding)

  // The evidence files are waited for too: a commitment assessed before its letter's updates
  // arrive would read "no evidence published" on every surface, which is not what the data says.
  const settled =
    commitments.every((r) => !r.isPending) &&
    documents.every((r) => !r.isPending) &&
    updates.every((r) => !r.isPending)
  const status =
    indexQuery.isError && !indexQuery.data
      ? 'error'
      : indexQuery.data && settled
        ? 'ready'
        : 'loading'

  // Nothing is shown before every letter and its commitments have arrived, and assembling
  // checks every letter against the others: done once then, not again for each of a thousand
  // letters' files as it arrives (which made loading grow with the square of the data).
  const loading = status === 'loading'
  const assembled = useMemo(() => {
    if (loading) return NOT_ASSEMBLED
    const fileIssues: DataIssue[] = [...(indexQuery.data?.issues ?? [])]
    const { datasets, issues } = assembleDatasets(
      entries.map((entry, i) => {
        const files = {
          document: documentsData[i]?.document,
          commitments: commitmentsData[i],
          updates: updatesData[i],
          funding: fundingData[i],
        }
        fileIssues.push(
          ...(documentsData[i]?.issues ?? []),
          ...(files.commitments?.issues ?? []),
          ...(files.updates?.issues ?? []),
          ...(files.funding?.issues ?? []),
        )
        // Not arrived, or unusable: what points into them is neither dropped nor reported.
        return assembleInput(entry, files)
      }),
    )
    return { datasets, issues: [...fileIssues, ...issues] }
  }, [loading, indexQuery.data, entries, documentsData, commitmentsData, updatesData, fundingData])

  const files: TrackedFile[] = [
    { result: indexQuery, file: INDEX_FILE, datasetId: '' },
    ...entries.flatMap((entry, i) =>
      [
        { result: documents[i], file: entry.document },
        { result: commitments[i], file: entry.commitments },
        { result: updates[i], file: entry.updates },
        { result: funding[i], file: entry.funding },
      ].flatMap(({ result, file }) =>
        result && file
          ? [{ result: result as UseQueryResult<unknown>, file, datasetId: entry.id }]
          : [],
      ),
    ),
  ]
  const loaded = files.filter(({ result }) => result.data !== undefined)

  const failures: FileFailure[] = files
    // An index that never loaded is the whole page's error (DataGate), not one problem of many.
    .filter(({ result, datasetId }) => result.isError && (datasetId !== '' || result.data))
    .map(({ result, file, datasetId }) => ({
      datasetId,
      file,
      error: result.error,
      retry: () => void result.refetch(),
      hasData: result.data !== undefined,
    }))

  const waiting: WaitingFile[] = files
    .filter(({ result }) => result.isPending && result.fetchStatus !== 'idle')
    .map(({ result, file }) => ({
      file,
      failureCount: result.failureCount,
      failureReason: result.failureReason,
    }))

  const refreshFailed = loaded.some(
    ({ result }) => result.isError || result.fetchStatus === 'paused',
  )
  const stale: StaleData | null =
    loaded.length > 0 && (!online || refreshFailed)
      ? {
          fetchedAt: Math.min(...loaded.map(({ result }) => result.dataUpdatedAt)),
          offline: !online,
        }
      : null

  return {
    status,
    index: indexQuery.data?.index,
    indexError: indexQuery.error,
    retryIndex: () => void indexQuery.refetch(),
    datasets: assembled.datasets,
    issues: assembled.issues,
    failures,
    waiting,
    stale,
    refetchAll: () => files.forEach(({ result }) => void result.refetch()),
    fetchedAt: Math.max(...files.map(({ result }) => result.dataUpdatedAt)),
    isFetching: files.some(({ result }) => result.isFetching),
  }
}

/** Whether the browser reports a network; React Query pauses retries while it does not. */
// eslint-disable-next-line react-refresh/only-export-components -- used with the data it qualifies
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
    () => true,
  )
}
