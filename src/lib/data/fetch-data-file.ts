import { DataFileError, type DataIssue } from './data-error'
import { parseJsonText } from './parse-json'

export type ExpectedContent = 'json' | 'text'

export interface FetchedFile {
  /** The parsed JSON value (for json) or the text (for text). */
  body: unknown
  warnings: DataIssue[]
}

const DEFAULT_TIMEOUT_MS = 30_000

/**
 * The one way the app reads a data file: checks HTTP status and content type, decodes, parses.
 * Every failure becomes a DataFileError naming the file; validation happens in the caller.
 */
export async function fetchDataFile(
  url: string,
  file: string,
  expect: ExpectedContent,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<FetchedFile> {
  const response = await fetchWithTimeout(url, file, options)
  if (!response.ok) {
    throw new DataFileError(
      {
        file,
        path: '',
        code: 'http-status',
        severity: 'error',
        detail: `HTTP ${response.status} ${response.statusText}`.trim(),
        params: { status: response.status },
      },
      { retryable: response.status >= 500 || response.status === 408 || response.status === 429 },
    )
  }
  const contentType = response.headers.get('content-type')?.toLowerCase() ?? ''
  checkContentType(file, expect, contentType)
  const text = await readText(response, file)
  return expect === 'json' ? parseJsonText(text, file) : { body: text, warnings: [] }
}

async function fetchWithTimeout(
  url: string,
  file: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number },
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  try {
    return await fetch(url, {
      signal: combined,
      headers: { Accept: 'application/json, text/plain' },
    })
  } catch (error) {
    if (signal?.aborted) throw error
    const timedOut = timeout.aborted
    throw new DataFileError(
      {
        file,
        path: '',
        code: timedOut ? 'timeout' : 'network',
        severity: 'error',
        detail: timedOut ? `no answer within ${timeoutMs / 1000} s` : String(error),
      },
      { retryable: true },
    )
  }
}

function checkContentType(file: string, expect: ExpectedContent, contentType: string): void {
  if (expect === 'json' && contentType.includes('html')) {
    throw new DataFileError({
      file,
      path: '',
      code: 'html-instead-of-json',
      severity: 'error',
      detail: `the server sent an HTML page (${contentType}) instead of JSON`,
    })
  }
  const ok =
    expect === 'json' ? /\bjson\b|\+json/.test(contentType) : contentType.startsWith('text/plain')
  if (!ok) {
    throw new DataFileError({
      file,
      path: '',
      code: 'content-type',
      severity: 'error',
      detail: `content type "${contentType || 'none'}", expected ${expect === 'json' ? 'application/json' : 'text/plain'}`,
      params: { contentType: contentType || '—' },
    })
  }
}

async function readText(response: Response, file: string): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    throw new DataFileError(
      {
        file,
        path: '',
        code: 'network',
        severity: 'error',
        detail: `response cut off: ${String(error)}`,
      },
      { retryable: true },
    )
  }
}
