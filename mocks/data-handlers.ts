import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw'

/**
 * A data folder served by msw: keys are paths under `data/` ("index.json", "x/commitments.json"),
 * values are JSON values or, for .txt files, strings. The same shape as the static files, so the
 * app cannot tell the difference.
 */
export type DataFiles = Record<string, unknown>

export function dataFileHandlers(files: DataFiles): HttpHandler[] {
  return [
    http.get('*/data/*', ({ request }) => {
      const path = dataPathOf(request.url)
      if (!(path in files))
        return new HttpResponse('Not Found', { status: 404, statusText: 'Not Found' })
      const body = files[path]
      return path.endsWith('.txt')
        ? new HttpResponse(String(body), {
            headers: { 'Content-Type': 'text/plain; charset=utf-8' },
          })
        : HttpResponse.json(body as JsonBodyType)
    }),
  ]
}

/** "http://host/app/data/km/commitments.json?x" → "km/commitments.json". */
export function dataPathOf(url: string): string {
  const { pathname } = new URL(url)
  return decodeURIComponent(pathname.slice(pathname.lastIndexOf('/data/') + '/data/'.length))
}

/** Fault scenarios, usable in tests and in the browser (`?scenario=slow` in mock mode). */
export const scenarios = {
  /** Every data file answers after `ms` (default 10 s): progress must show, nothing freezes. */
  slow: (files: DataFiles, ms = 10_000): HttpHandler[] => [
    http.get('*/data/*', async () => {
      await delay(ms)
    }),
    ...dataFileHandlers(files),
  ],
  /** The server fails for every data file. */
  serverError: (status = 500): HttpHandler[] => [
    http.get('*/data/*', () => new HttpResponse('Internal Server Error', { status })),
  ],
  /** One file is broken JSON (cut off in the middle); everything else is fine. */
  malformed: (files: DataFiles, brokenPath: string): HttpHandler[] => [
    http.get(
      `*/data/${brokenPath}`,
      () =>
        new HttpResponse('{"documentId": "x", "commitments": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
    ...dataFileHandlers(files),
  ],
  /** A proxy's HTML error page sent with status 200. */
  htmlErrorPage: (): HttpHandler[] => [
    http.get(
      '*/data/*',
      () =>
        new HttpResponse('<!doctype html><title>Error</title><h1>Gateway error</h1>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    ),
  ],
  /** The network is down. */
  offline: (): HttpHandler[] => [http.get('*/data/*', () => HttpResponse.error())],

  /** One file is served as these exact bytes (bad data corpus); everything else is fine. */
  rawFile: (files: DataFiles, path: string, raw: RawFile): HttpHandler[] => [
    http.get(
      `*/data/${path}`,
      () =>
        new HttpResponse(raw.body, {
          status: raw.status ?? 200,
          headers: { 'Content-Type': raw.contentType ?? 'application/json; charset=utf-8' },
        }),
    ),
    ...dataFileHandlers(files),
  ],
  /** One listed file does not exist on the server. */
  missingFile: (files: DataFiles, path: string): HttpHandler[] => {
    const rest = { ...files }
    delete rest[path]
    return dataFileHandlers(rest)
  },
  /** One file (or every file: path "*") fails `times` times with `status`, then recovers. */
  flaky: (files: DataFiles, path: string, times: number, status = 503): HttpHandler[] => {
    let failed = 0
    return [
      http.get(`*/data/${path}`, () => {
        if (failed >= times) return undefined
        failed += 1
        return new HttpResponse('Service Unavailable', { status })
      }),
      ...dataFileHandlers(files),
    ]
  },
  /** One file answers after `ms`; the rest at once. */
  slowFile: (files: DataFiles, path: string, ms: number): HttpHandler[] => [
    http.get(`*/data/${path}`, async () => {
      await delay(ms)
    }),
    ...dataFileHandlers(files),
  ],
  /** One file's body breaks off half way: the connection is reset after the first bytes. */
  cutOff: (files: DataFiles, path: string): HttpHandler[] => [
    http.get(`*/data/${path}`, () => {
      const bytes = new TextEncoder().encode(JSON.stringify(files[path]))
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)))
          controller.error(new TypeError('connection reset'))
        },
      })
      return new HttpResponse(body, {
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) },
      })
    }),
    ...dataFileHandlers(files),
  ],
  /** One file is served with the wrong content type (a server without a .json mapping). */
  wrongContentType: (files: DataFiles, path: string, contentType: string): HttpHandler[] => [
    http.get(
      `*/data/${path}`,
      () =>
        new HttpResponse(JSON.stringify(files[path]), { headers: { 'Content-Type': contentType } }),
    ),
    ...dataFileHandlers(files),
  ],
}

/** Exact bytes to serve for one data file, for data the JSON serializer could never produce. */
export interface RawFile {
  body: string | Uint8Array<ArrayBuffer>
  status?: number
  contentType?: string
}
export type ScenarioName = keyof typeof scenarios

/** One fault to look at in mock mode: every data file from `files`, one of them `file`. */
type Demo = (files: DataFiles, file: string) => HttpHandler[]

/**
 * How mock mode plays each scenario (`?scenario=<kebab-case name>`, see mocks/browser.ts).
 * Typed against `scenarios`: a new scenario does not compile until it has its demo here, so the
 * browser always offers every scenario the tests use.
 */
export const scenarioDemos: { [Name in ScenarioName]: Demo } = {
  slow: (files) => scenarios.slow(files, 10_000),
  serverError: () => scenarios.serverError(503),
  malformed: (files, file) => scenarios.malformed(files, file),
  htmlErrorPage: () => scenarios.htmlErrorPage(),
  offline: () => scenarios.offline(),
  // A UTF-8 byte-order mark, as Windows editors save it: shown, with a warning.
  rawFile: (files, file) =>
    scenarios.rawFile(files, file, { body: `\uFEFF${JSON.stringify(files[file])}` }),
  missingFile: (files, file) => scenarios.missingFile(files, file),
  // Fails twice, then answers: the query client's own retries recover without a click.
  flaky: (files, file) => scenarios.flaky(files, file, 2),
  slowFile: (files, file) => scenarios.slowFile(files, file, 10_000),
  cutOff: (files, file) => scenarios.cutOff(files, file),
  wrongContentType: (files, file) => scenarios.wrongContentType(files, file, 'text/plain'),
}
