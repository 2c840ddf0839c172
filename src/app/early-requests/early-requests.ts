import type { EarlyRequests } from '../../lib/early-responses'

/*
 * What index.html's early script asks for. It runs before the app's code has downloaded (about a
 * second on a slow phone), so the configuration, the data index and a small index's letter files
 * are on their way, or here, when the app starts; before, each waited for the one before it and
 * for the code.
 *
 * Its own chunk with no imports at run time (one request, nothing to wait for), so the names and
 * the path rule are spelled here; early-requests.test.ts proves they are the app's (CONFIG_FILE,
 * DEFAULT_DATA_LOCATION, INDEX_FILE and RELATIVE_PATH_PATTERN).
 */
export const EARLY_CONFIG_FILE = 'config.json'
export const EARLY_DEFAULT_FOLDER = 'data/'
export const EARLY_INDEX_FILE = 'index.json'
export const EARLY_PATH_PATTERN = /^(?!\/)(?!.*\.\.)(?!.*:)[A-Za-z0-9._\-/]+$/

/**
 * Letters whose files are asked for early. A city's few letters come at once; a province's
 * thousand are left to the app's own queue, which paces them (48 in flight) and times each out.
 */
export const EARLY_LETTERS_MAX = 20

/** The files of each letter the app reads for its first screen (src/lib/data/prefetch.ts). */
const LETTER_FILES = ['document', 'commitments', 'updates', 'funding'] as const

/** The headers and cache mode of the app's own requests, so the server answers alike. */
const CONFIG_INIT: RequestInit = { cache: 'no-cache', headers: { Accept: 'application/json' } }
const DATA_INIT: RequestInit = { headers: { Accept: 'application/json, text/plain' } }

/**
 * Sends the early requests and returns them by URL. The data is asked for only where it is in
 * its default place: config.json absent (404), or a JSON object whose `dataLocation` is missing
 * or names the default folder (the shipped file says "data/"). Anything else (another folder, a
 * broken file, an HTML page) is the app's to read and explain, and no request goes anywhere the
 * configuration did not allow. A URL the app has already asked for is never asked for again.
 */
export function sendEarlyRequests(baseUri: string, fetchImpl: typeof fetch): EarlyRequests {
  const early: EarlyRequests = { responses: new Map(), asked: new Set() }
  const configUrl = new URL(EARLY_CONFIG_FILE, baseUri).href
  const folderUrl = new URL(EARLY_DEFAULT_FOLDER, baseUri).href
  const indexUrl = new URL(EARLY_INDEX_FILE, folderUrl).href

  const config = fetchImpl(configUrl, CONFIG_INIT)
  // The app reads copies; this script reads the originals to decide what comes next.
  early.responses.set(
    configUrl,
    config.then((response) => response.clone()),
  )
  const index = config
    .then((response) => dataIsInDefaultPlace(response, baseUri))
    .then((yes) => (yes ? fetchImpl(indexUrl, DATA_INIT) : null))
    .catch(() => null)
  early.responses.set(
    indexUrl,
    index.then((response) => response?.clone() ?? null),
  )
  void index
    .then((response) => (response?.ok ? letterFiles(response) : []))
    .then((files) => {
      for (const file of files) {
        const url = new URL(file, folderUrl).href
        if (early.asked.has(url) || early.responses.has(url)) continue
        early.responses.set(
          url,
          fetchImpl(url, DATA_INIT).catch(() => null),
        )
      }
    })
    .catch(() => undefined)
  return early
}

export async function dataIsInDefaultPlace(config: Response, baseUri: string): Promise<boolean> {
  if (config.status === 404) return true
  const type = config.headers.get('content-type')?.toLowerCase() ?? ''
  if (!config.ok || type.includes('html')) return false
  const body = await jsonObject(config)
  if (!body) return false
  if (!('dataLocation' in body)) return true
  const location = body.dataLocation
  if (typeof location !== 'string' || location.trim() === '') return false
  // As the app resolves it: a folder (trailing slash added) relative to the page.
  const folder = location.trim().endsWith('/') ? location.trim() : `${location.trim()}/`
  try {
    return new URL(folder, baseUri).href === new URL(EARLY_DEFAULT_FOLDER, baseUri).href
  } catch {
    return false
  }
}

/**
 * The first-screen files an index lists, each a path the contract allows (relative, inside the
 * data folder); none for a long index or one that is not what the contract describes.
 */
export async function letterFiles(index: Response): Promise<string[]> {
  const body = await jsonObject(index)
  const datasets = body?.datasets
  if (!Array.isArray(datasets) || datasets.length > EARLY_LETTERS_MAX) return []
  const files: string[] = []
  for (const dataset of datasets as unknown[]) {
    if (typeof dataset !== 'object' || dataset === null) continue
    for (const key of LETTER_FILES) {
      const path = (dataset as Record<string, unknown>)[key]
      if (typeof path === 'string' && EARLY_PATH_PATTERN.test(path)) files.push(path)
    }
  }
  return files
}

async function jsonObject(response: Response): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await response.json()
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
