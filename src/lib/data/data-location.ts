/**
 * Where the data lives. Resolved against the page's own URL so the built app works from any
 * sub-path (`/apps/commitments/` or `/a/b/c/`) with no rebuild. config.json may point it elsewhere
 * on the same origin (another folder, or an internal API base such as `/api/commitments/`).
 */
export const DEFAULT_DATA_LOCATION = 'data/'

let configuredLocation = DEFAULT_DATA_LOCATION

/**
 * Set once from config.json before the first data request (RuntimeConfigProvider does this).
 * A folder is meant, so a missing trailing slash is added: `data-2024` reads `data-2024/index.json`.
 */
export function setDataLocation(location: string | null | undefined): void {
  const trimmed = location?.trim() || DEFAULT_DATA_LOCATION
  configuredLocation = trimmed.endsWith('/') ? trimmed : `${trimmed}/`
}

export function dataBaseUrl(): string {
  return new URL(configuredLocation, document.baseURI).href
}

/** Resolves a path listed in a data file relative to the file that lists it. */
export function resolveDataPath(relativePath: string, relativeTo = ''): string {
  const folder = relativeTo.includes('/')
    ? relativeTo.slice(0, relativeTo.lastIndexOf('/') + 1)
    : ''
  return `${folder}${relativePath}`
}

export function dataFileUrl(file: string): string {
  return new URL(file, dataBaseUrl()).href
}
