import type { QueryClient } from '@tanstack/react-query'
import { publishedSource } from './data-source'
import {
  commitmentsQuery,
  dataIndexQuery,
  documentQuery,
  fundingQuery,
  updatesQuery,
} from './queries'

/**
 * Starts reading the data as soon as config.json has said where it is, before React renders
 * anything: the index, then every file it lists, through the same queries the pages use (so the
 * pages find them in flight or done, and nothing is fetched twice). Without this the index waited
 * for the first render and paint, and each letter's files for the next one. Failures are left to
 * the queries, which report them where the data is shown. Always the published data: the desk's
 * draft exists only inside React (the preview's DataSourceProvider), and is cached apart.
 */
export async function prefetchTrackerData(
  client: QueryClient,
  dataLocation: string | null | undefined,
): Promise<void> {
  const source = publishedSource(dataLocation)
  const index = await client.fetchQuery(dataIndexQuery(source)).catch(() => undefined)
  for (const entry of index?.index.datasets ?? []) {
    void client.prefetchQuery(documentQuery(source, entry))
    void client.prefetchQuery(commitmentsQuery(source, entry))
    void client.prefetchQuery(updatesQuery(source, entry))
    void client.prefetchQuery(fundingQuery(source, entry))
  }
}
