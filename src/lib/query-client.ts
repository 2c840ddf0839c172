import { QueryClient } from '@tanstack/react-query'
import { isDataFileError } from './data/data-error'

const MAX_RETRIES = 2

/**
 * Query defaults, made once in the app provider. Data files change rarely (published by copying
 * files), so they stay fresh for minutes; "offlineFirst" keeps the last good data on screen when
 * the network drops instead of pausing forever.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 24 * 60 * 60_000,
        networkMode: 'offlineFirst',
        refetchOnWindowFocus: false,
        // A 404 or a schema error will not fix itself: only faults of the network are retried.
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && (!isDataFileError(error) || error.retryable),
        retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 8_000),
      },
    },
  })
}
