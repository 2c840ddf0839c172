import type { QueryClient } from '@tanstack/react-query'
import { setDataLocation } from './data-location'
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
 * the queries, which report them where the data is shown.
 */
export async function prefetchTrackerData(
  client: QueryClient,
  dataLocation: string | null | undefined,
): Promise<void> {
  setDataLocation(dataLocation)
  const index = await client.fetchQuery(dataIndexQuery()).catch(() => undefined)
  for (const entry of index?.index.datasets ?? []) {
    void client.prefetchQuery(documentQuery(entry))
    void client.prefetchQuery(commitmentsQuery(entry))
    void client.prefetchQuery(updatesQuery(entry))
    void client.prefetchQuery(fundingQuery(entry))
  }
}
