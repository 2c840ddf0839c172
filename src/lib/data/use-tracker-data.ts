import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { DataIndex } from '../../domain/schema/data-index'
import { assembleDatasets, type Dataset } from './assemble'
import type { DataIssue } from './data-error'
import {
  commitmentsQuery,
  dataIndexQuery,
  documentQuery,
  fundingQuery,
  updatesQuery,
} from './queries'
import type { CollectionResult } from './validate'

export interface FileFailure {
  datasetId: string
  error: unknown
  retry: () => void
}

export interface TrackerData {
  /** `loading` until the index and every commitments file have settled. */
  status: 'loading' | 'error' | 'ready'
  index: DataIndex | undefined
  indexError: unknown
  retryIndex: () => void
  datasets: Dataset[]
  /** Item-level and cross-file problems: the named parts are hidden, the rest is shown. */
  issues: DataIssue[]
  /** Whole files that could not be used. */
  failures: FileFailure[]
  /** When the newest data on screen was fetched (ms since epoch), for "as of" and staleness. */
  fetchedAt: number
  isFetching: boolean
}

interface Combined<T> {
  data: Array<T | undefined>
  results: Array<UseQueryResult<T>>
}

// Module-level so TanStack Query can memoize the combined result between renders.
function combine<T>(results: Array<UseQueryResult<T>>): Combined<T> {
  return { data: results.map((r) => r.data), results }
}

export function useTrackerData(): TrackerData {
  const indexQuery = useQuery(dataIndexQuery())
  const entries = useMemo(() => indexQuery.data?.datasets ?? [], [indexQuery.data])

  const documents = useQueries({ queries: entries.map(documentQuery), combine })
  const commitments = useQueries({ queries: entries.map(commitmentsQuery), combine })
  const updates = useQueries({ queries: entries.map(updatesQuery), combine })
  const funding = useQueries({ queries: entries.map(fundingQuery), combine })

  const assembled = useMemo(() => {
    const itemIssues: DataIssue[] = []
    const items = <T>(result: CollectionResult<T> | undefined): T[] => {
      if (!result) return []
      itemIssues.push(...result.issues)
      return result.items
    }
    const { datasets, issues } = assembleDatasets(
      entries.map((entry, i) => ({
        entry,
        document: documents.data[i],
        commitments: items(commitments.data[i]),
        updates: items(updates.data[i]),
        funding: items(funding.data[i]),
      })),
    )
    return { datasets, issues: [...itemIssues, ...issues] }
  }, [entries, documents.data, commitments.data, updates.data, funding.data])

  const all = [documents, commitments, updates, funding].flatMap((group) =>
    group.results.map((result, i) => ({ result, entry: entries[i]! })),
  )
  const failures: FileFailure[] = all
    .filter(({ result }) => result.isError)
    .map(({ result, entry }) => ({
      datasetId: entry.id,
      error: result.error,
      retry: () => void result.refetch(),
    }))

  const settled =
    commitments.results.every((r) => !r.isPending) && documents.results.every((r) => !r.isPending)
  const status =
    indexQuery.isError && !indexQuery.data
      ? 'error'
      : indexQuery.data && settled
        ? 'ready'
        : 'loading'

  return {
    status,
    index: indexQuery.data,
    indexError: indexQuery.error,
    retryIndex: () => void indexQuery.refetch(),
    datasets: assembled.datasets,
    issues: assembled.issues,
    failures,
    fetchedAt: Math.max(indexQuery.dataUpdatedAt, ...all.map(({ result }) => result.dataUpdatedAt)),
    isFetching: indexQuery.isFetching || all.some(({ result }) => result.isFetching),
  }
}
