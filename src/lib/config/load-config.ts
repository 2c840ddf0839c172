import type { ConfigIssue } from './config-issue'
import { fetchPreferringEarly } from '../early-responses'
import { DEFAULT_CONFIG } from './config-defaults'
import { pageDataReader, type DataReader } from '../data/data-reader'
import type { ParsedConfig } from './parse-config'

export const CONFIG_FILE = 'config.json'
const DEFAULT_TIMEOUT_MS = 5_000

export type LoadedConfig = ParsedConfig

interface LoadOptions {
  /** The page's base URL; config.json is looked up next to index.html. */
  baseUrl?: string
  fetchImpl?: (url: string, init: RequestInit) => Promise<Response>
  timeoutMs?: number
  /** Checks the parsed file against the schema: off the main thread where it can (data-reader.ts). */
  reader?: DataReader
}

/**
 * Reads config.json before anything else (the data location depends on it). Never throws: a
 * missing file (404) silently means defaults, any other problem is reported and defaults are used,
 * so the dashboard always starts.
 */
export async function loadRuntimeConfig({
  baseUrl = document.baseURI,
  // index.html's early script has usually asked already (src/app/early-requests).
  fetchImpl = fetchPreferringEarly,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  reader = pageDataReader(),
}: LoadOptions = {}): Promise<LoadedConfig> {
  const fileIssue = (issue: Omit<ConfigIssue, 'field'>): LoadedConfig => ({
    config: DEFAULT_CONFIG,
    issues: [{ field: '', ...issue }],
  })
  let response: Response
  try {
    response = await fetchImpl(new URL(CONFIG_FILE, baseUrl).href, {
      // Revalidate every time: an administrator's edit shows on the next reload.
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return fileIssue({ code: timedOut ? 'timeout' : 'network', params: {} })
  }
  if (response.status === 404) return { config: DEFAULT_CONFIG, issues: [] }
  if (!response.ok) return fileIssue({ code: 'http-status', params: { status: response.status } })
  if ((response.headers.get('content-type') ?? '').toLowerCase().includes('html')) {
    // A server that answers every path with index.html: there is no real config file.
    return fileIssue({ code: 'html', params: {} })
  }
  let body: unknown
  try {
    body = JSON.parse((await response.text()).replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fileIssue({ code: 'not-json', params: { detail } })
  }
  return reader.read<ParsedConfig>({ kind: 'config', body, pageUrl: baseUrl })
}
