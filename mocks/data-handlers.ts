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
}
export type ScenarioName = keyof typeof scenarios
