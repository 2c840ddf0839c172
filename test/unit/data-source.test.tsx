import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import type { DataIndex } from '../../src/domain/schema/data-index'
import type { SourceDocument } from '../../src/domain/schema/document'
import { isDataFileError } from '../../src/lib/data/data-error'
import {
  DataSourceProvider,
  PUBLISHED_SOURCE,
  useDataSource,
  type DataSource,
} from '../../src/lib/data/data-source'
import { loadIndexFile } from '../../src/lib/data/loaders'
import {
  commitmentsQuery,
  dataIndexQuery,
  dataKeys,
  documentQuery,
  sourceTextQuery,
} from '../../src/lib/data/queries'
import { readShipped, letterFiles } from '../support/real-data'

/**
 * The data source is a value handed down (context in components, an argument to the query
 * factories and loaders), never module state: two sources can be live at once and each reads
 * its own files into its own cache entries.
 */
const index = readShipped<DataIndex>('index.json')
const entry = index.datasets[0]!

function draftSource(files: Record<string, string>, key = 'draft:2026-11-30T08:00:00.000Z') {
  return { key, location: 'data/', read: (file: string) => files[file] } satisfies DataSource
}

const draftIndex = JSON.stringify({ ...index, title: '草稿中的标题' })

describe('data source', () => {
  it('defaults to the published data, and a provider hands its source to everything below', () => {
    const draft = draftSource({})
    expect(renderHook(() => useDataSource()).result.current).toBe(PUBLISHED_SOURCE)
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DataSourceProvider source={draft}>{children}</DataSourceProvider>
    )
    expect(renderHook(() => useDataSource(), { wrapper }).result.current).toBe(draft)
  })

  it('puts the source key into every query key, so published and draft caches stay apart', () => {
    const draft = draftSource({})
    expect(dataIndexQuery(PUBLISHED_SOURCE).queryKey).toEqual(['data', 'published', 'index'])
    expect(dataIndexQuery(draft).queryKey).toEqual(['data', draft.key, 'index'])
    for (const query of [documentQuery, commitmentsQuery]) {
      const [published, drafted] = [query(PUBLISHED_SOURCE, entry), query(draft, entry)]
      expect(published.queryKey).not.toEqual(drafted.queryKey)
      expect(published.queryKey.slice(0, 2)).toEqual(dataKeys.source(PUBLISHED_SOURCE))
      expect(drafted.queryKey.slice(0, 2)).toEqual(dataKeys.source(draft))
    }
    const document = { sourceText: 'source.txt' } as SourceDocument
    expect(sourceTextQuery(draft, entry, document).queryKey).toContain(draft.key)
    // Two revisions of the draft are two caches as well.
    expect(dataIndexQuery(draftSource({}, 'draft:later')).queryKey).not.toEqual(
      dataIndexQuery(draft).queryKey,
    )
  })

  it("reads a drafted file's text instead of the server's, through the same checks", async () => {
    let served = 0
    server.use(
      http.get('*/index.json', () => {
        served += 1
        return HttpResponse.json(index)
      }),
    )
    const drafted = await loadIndexFile(draftSource({ 'index.json': draftIndex }))
    expect(drafted.index.title).toBe('草稿中的标题')
    expect(served).toBe(0)
    expect((await loadIndexFile(PUBLISHED_SOURCE)).index.title).toBe(index.title)
    expect(served).toBe(1)

    // Broken drafted JSON fails exactly as a broken file from the server would.
    const failed = await loadIndexFile(draftSource({ 'index.json': '{"title": ' })).catch(
      (e: unknown) => e,
    )
    expect(isDataFileError(failed) && failed.issues[0]).toMatchObject({
      file: 'index.json',
      code: 'invalid-json',
    })
  })

  it('serves two sources side by side from one query client without mixing them', async () => {
    server.use(...dataFileHandlers(letterFiles()))
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const draft = draftSource({ 'index.json': draftIndex })
    const titleUnder = (source: DataSource) =>
      renderHook(() => useQuery(dataIndexQuery(useDataSource())).data?.index.title, {
        wrapper: ({ children }) => (
          <QueryClientProvider client={client}>
            <DataSourceProvider source={source}>{children}</DataSourceProvider>
          </QueryClientProvider>
        ),
      })
    const published = titleUnder(PUBLISHED_SOURCE)
    const drafted = titleUnder(draft)
    await waitFor(() => expect(published.result.current).toBe(index.title))
    await waitFor(() => expect(drafted.result.current).toBe('草稿中的标题'))
  })
})
