import { QueryClient, QueryClientProvider, type QueryObserverOptions } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { coalescePause, useFileQueries } from '../../src/lib/data/use-file-queries'

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

/** `count` files that arrive one by one, each in a task of its own (as from a network). */
function files(count: number): QueryObserverOptions[] {
  return Array.from({ length: count }, (_, i) => ({
    queryKey: ['file', i],
    queryFn: () => new Promise<string>((resolve) => setTimeout(() => resolve(`data ${i}`), i % 50)),
  }))
}

describe('useFileQueries', () => {
  it('gathers a burst of arrivals: many files, few re-renders, every file in the end', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const queries = files(800)
    let renders = 0
    const { result } = renderHook(
      () => {
        renders += 1
        return useFileQueries(queries)
      },
      { wrapper: wrapper(client) },
    )
    // Before anything arrives, every file reads as being fetched (never as "no data").
    expect(result.current.every((r) => r.isPending)).toBe(true)
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true))
    expect(result.current.map((r) => r.data)).toEqual(queries.map((_, i) => `data ${i}`))
    // 800 files arriving over ~50 ms, gathered per 50 ms pause: a handful of renders, not 800.
    expect(coalescePause(800)).toBe(50)
    expect(renders).toBeLessThan(20)
  })

  it('shows a single file as soon as it arrives (no pause for a small letter)', async () => {
    expect(coalescePause(4)).toBe(0)
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const queries = files(4)
    const { result } = renderHook(() => useFileQueries(queries), { wrapper: wrapper(client) })
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true))
  })

  it('follows new queries at once, with their state, before the observer has them', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const first = files(2)
    const { result, rerender } = renderHook(({ queries }) => useFileQueries(queries), {
      wrapper: wrapper(client),
      initialProps: { queries: first },
    })
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true))
    const more = files(3)
    rerender({ queries: more })
    // The results always match the queries asked for, one by one.
    expect(result.current).toHaveLength(3)
    expect(result.current[0]!.data).toBe('data 0')
    await waitFor(() => expect(result.current[2]!.data).toBe('data 2'))
  })

  it('reports a failing file as failed, with its error', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const queries: QueryObserverOptions[] = [
      { queryKey: ['bad'], queryFn: () => Promise.reject(new Error('HTTP 500')) },
    ]
    const { result } = renderHook(() => useFileQueries(queries), { wrapper: wrapper(client) })
    await waitFor(() => expect(result.current[0]!.isError).toBe(true))
    expect(String(result.current[0]!.error)).toContain('HTTP 500')
  })
})
