import { createContext, createElement, useContext, type ReactNode } from 'react'
import { DEFAULT_DATA_LOCATION, normalizeDataLocation } from './data-location'

/**
 * Where the loaders read data files from. Normally the server (`published`). In the desk's
 * preview (`?preview=draft`) a file-override source answers with the drafted files instead; the
 * loaders still parse, validate and assemble them exactly as they do the published ones, so the
 * preview shows what publishing would show. The source's key is part of every data query key,
 * so cached published data never mixes with draft data.
 *
 * A value handed down, never a module variable: the query factories and loaders take it as an
 * argument (as TanStack Query's examples pass key values), and components read it from context.
 */
export interface DataSource {
  /** Distinguishes the draft's revisions, e.g. "draft:2026-11-30T08:00:00.000Z". */
  key: string
  /** The data folder on the server (config.json's `dataLocation`), with a trailing slash. */
  location: string
  /** The text of a file by its path under the data folder; undefined: not overridden. */
  read: (file: string) => string | undefined
}

const PUBLISHED_SOURCE_KEY = 'published'

/**
 * The server's files at a location, untouched: what every reader sees outside the desk's
 * preview. The same location always gives the same key, so the data prefetched before React
 * renders is found by the pages' queries.
 */
export function publishedSource(location?: string | null): DataSource {
  const folder = normalizeDataLocation(location)
  return Object.freeze({
    key:
      folder === DEFAULT_DATA_LOCATION ? PUBLISHED_SOURCE_KEY : `${PUBLISHED_SOURCE_KEY}:${folder}`,
    location: folder,
    read: () => undefined,
  })
}

/** The published files at the default location (`data/` beside the page). */
export const PUBLISHED_SOURCE: DataSource = publishedSource(null)

// The default is the published data, so only the preview needs a provider.
const DataSourceContext = createContext<DataSource>(PUBLISHED_SOURCE)

/** Everything below reads its data from `source` (the desk's preview puts the draft here). */
export function DataSourceProvider({
  source,
  children,
}: {
  source: DataSource
  children: ReactNode
}) {
  return createElement(DataSourceContext.Provider, { value: source }, children)
}

/** The data source of the nearest DataSourceProvider; the published data without one. */
export function useDataSource(): DataSource {
  return useContext(DataSourceContext)
}
