/**
 * Where the data lives. Resolved against the page's own URL so the built app works from any
 * sub-path (`/apps/commitments/` or `/a/b/c/`) with no rebuild.
 */
export function dataBaseUrl(): string {
  return new URL('data/', document.baseURI).href
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
