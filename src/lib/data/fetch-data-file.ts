import { fetchPreferringEarly } from '../early-responses'
import { DataFileError, type DataIssue } from './data-error'
import { decodeDataText, parseJsonText } from './parse-json'
import { createRequestSlots } from './request-slots'

export type ExpectedContent = 'json' | 'text'

export interface FetchedFile {
  /** The parsed JSON value (for json) or the text (for text). */
  body: unknown
  warnings: DataIssue[]
}

/**
 * How long one file may take, headers and body, before it counts as a timeout. Generous:
 * intranet servers can be slow, and the loading message names the file it is still waiting for
 * long before this. Mutable so tests can shorten it.
 */
export const fetchSettings = { timeoutMs: 30_000 }

interface Options {
  signal?: AbortSignal
  timeoutMs?: number
}

/**
 * The one way the app reads a data file: checks HTTP status and content type, decodes, parses.
 * Every failure becomes a DataFileError naming the file; validation happens in the caller.
 * A cancelled request (the caller's signal) rethrows as is, for React Query to handle.
 */
export async function fetchDataFile(
  url: string,
  file: string,
  expect: ExpectedContent,
  options: Options = {},
): Promise<FetchedFile> {
  const text = decodeDataText(await fetchDataBytes(url, file, expect, options))
  return expect === 'json'
    ? parseJsonText(text, file)
    : { body: text.replace(/^\uFEFF/, ''), warnings: [] }
}

/**
 * The same checks up to the body's bytes: for the data reader, which decodes, parses and
 * validates them off the main thread.
 */
export async function fetchDataBytes(
  url: string,
  file: string,
  expect: ExpectedContent,
  options: Options = {},
): Promise<ArrayBuffer> {
  const release = await dataRequestSlot(options.signal)
  try {
    return await fetchNow(url, file, expect, options)
  } finally {
    release()
  }
}

/**
 * Enough in flight to keep the network busy and hand the page several files per render (six at a
 * time made a thousand letters' page render once per handful of files), few enough that a file
 * waiting in the browser's own queue (six connections per HTTP/1.1 server) is sent long before
 * its timeout.
 */
const dataRequestSlot = createRequestSlots(48)

async function fetchNow(
  url: string,
  file: string,
  expect: ExpectedContent,
  { signal, timeoutMs = fetchSettings.timeoutMs }: Options,
): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const failed = (code: 'network' | 'truncated-response', error: unknown): DataFileError => {
    if (signal?.aborted) throw error
    return connectionError(file, timeout.aborted ? 'timeout' : code, timeoutMs, error)
  }

  let response: Response
  try {
    // The data index may have been asked for by index.html's early script.
    response = await fetchPreferringEarly(url, {
      signal: combined,
      headers: { Accept: 'application/json, text/plain' },
    })
  } catch (error) {
    throw failed('network', error)
  }
  if (!response.ok) throw statusError(file, response)
  const contentType = response.headers.get('content-type')?.toLowerCase() ?? ''
  checkContentType(file, expect, contentType)

  try {
    return await response.arrayBuffer()
  } catch (error) {
    throw failed('truncated-response', error)
  }
}

function connectionError(
  file: string,
  code: 'network' | 'truncated-response' | 'timeout',
  timeoutMs: number,
  error: unknown,
): DataFileError {
  const detail = {
    network: `no connection to the server: ${String(error)}`,
    'truncated-response': `the connection broke while the file was arriving: ${String(error)}`,
    timeout: `no complete answer within ${timeoutMs / 1000} s`,
  }[code]
  return new DataFileError(
    { file, path: '', code, severity: 'error', detail, params: { seconds: timeoutMs / 1000 } },
    { retryable: true },
  )
}

function statusError(file: string, response: Response): DataFileError {
  const { status } = response
  return new DataFileError(
    {
      file,
      path: '',
      code: 'http-status',
      severity: 'error',
      detail: `HTTP ${status} ${response.statusText}`.trim(),
      params: { status },
    },
    // A 404 or 403 will not fix itself; a busy or failing server might.
    { retryable: status >= 500 || status === 408 || status === 429 },
  )
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
