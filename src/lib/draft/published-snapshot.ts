import { queryOptions } from '@tanstack/react-query'
import type { DataSnapshot, DatasetSnapshot, JsonObject } from '../../domain/draft/snapshot'
import type { DatasetEntry } from '../../domain/schema/data-index'
import { dataFileUrl, resolveDataPath } from '../data/data-location'
import type { DataSource } from '../data/data-source'
import { fetchDataFile } from '../data/fetch-data-file'
import { INDEX_FILE, readIndex } from '../data/readers'

type Signal = { signal?: AbortSignal }

/**
 * The published files as they are on the server, unrepaired: the desk edits these, so nothing
 * the dashboard would hide (a bad note, a rejected item) is silently dropped on publishing. Read
 * straight from the server, never from the preview's draft source.
 */
export async function loadPublishedSnapshot(
  location: string,
  { signal }: Signal = {},
): Promise<DataSnapshot> {
  const url = (file: string) => dataFileUrl(file, location)
  const fetched = await fetchDataFile(url(INDEX_FILE), INDEX_FILE, 'json', { signal })
  // Without a valid index there is no way to know which files exist: that error is shown as is.
  const index = readIndex(fetched)
  const datasets = await Promise.all(index.datasets.map((entry) => loadDataset(url, entry, signal)))
  return { index: fetched.body as JsonObject, datasets }
}

async function loadDataset(
  url: (file: string) => string,
  entry: DatasetEntry,
  signal?: AbortSignal,
): Promise<DatasetSnapshot> {
  const json = async (file: string | undefined) =>
    file
      ? ((await fetchDataFile(url(file), file, 'json', { signal })).body as JsonObject)
      : undefined
  // The change log is read like the other files: a listed log that cannot be read stops the
  // desk rather than start a new one that would drop the letter's recorded history.
  const [document, commitments, updates, funding, changes] = await Promise.all([
    json(entry.document),
    json(entry.commitments),
    json(entry.updates),
    json(entry.funding),
    json(entry.changes),
  ])
  const name = document?.sourceText
  const sourceText =
    typeof name === 'string'
      ? await loadText(url, resolveDataPath(name, entry.document), signal)
      : undefined
  return {
    entry,
    document,
    commitments: commitments as DatasetSnapshot['commitments'],
    updates: updates as DatasetSnapshot['updates'],
    funding: funding as DatasetSnapshot['funding'],
    sourceText,
    ...(changes === undefined ? {} : { changes }),
  }
}

async function loadText(
  url: (file: string) => string,
  file: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  // A missing text only stops quote checks for that letter; the files can still be edited.
  try {
    const { body } = await fetchDataFile(url(file), file, 'text', { signal })
    return String(body)
  } catch (error) {
    if (signal?.aborted) throw error
    return undefined
  }
}

/** Always the server's files at the source's location, whatever the source overrides. */
export const publishedSnapshotQuery = (source: Pick<DataSource, 'location'>) =>
  queryOptions({
    queryKey: ['desk', 'published-files', source.location] as const,
    queryFn: ({ signal }) => loadPublishedSnapshot(source.location, { signal }),
  })
