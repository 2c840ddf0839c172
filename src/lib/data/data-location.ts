/**
 * Where the data lives. Resolved against the page's own URL so the built app works from any
 * sub-path (`/apps/commitments/` or `/a/b/c/`) with no rebuild. config.json may point it elsewhere
 * on the same origin (another folder, or an internal API base such as `/api/commitments/`).
 */
export const DEFAULT_DATA_LOCATION = 'data/'

/** The data index, the table of contents of the data folder. */
export const INDEX_FILE = 'index.json'

/**
 * The configured location as a folder: a missing trailing slash is added, so `data-2024` reads
 * `data-2024/index.json`; nothing configured means the default. The location travels with the
 * data source (see data-source.ts), never in a module variable.
 */
export function normalizeDataLocation(location: string | null | undefined): string {
  const trimmed = location?.trim() || DEFAULT_DATA_LOCATION
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`
}

export function dataBaseUrl(location: string = DEFAULT_DATA_LOCATION): string {
  return new URL(normalizeDataLocation(location), document.baseURI).href
}

/** Resolves a path listed in a data file relative to the file that lists it. */
export function resolveDataPath(relativePath: string, relativeTo = ''): string {
  const folder = relativeTo.includes('/')
    ? relativeTo.slice(0, relativeTo.lastIndexOf('/') + 1)
    : ''
  return `${folder}${relativePath}`
}

export function dataFileUrl(file: string, location: string = DEFAULT_DATA_LOCATION): string {
  return new URL(file, dataBaseUrl(location)).href
}
