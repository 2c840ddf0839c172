import { setupWorker } from 'msw/browser'
import { scenarios } from './data-handlers'
import { illustrativeFiles } from './fixtures/illustrative-dataset'
import { handlers } from './handlers'

/**
 * Mock mode in the browser (`npm run dev:mock`). `?scenario=slow|server-error|malformed|html|offline`
 * picks a fault to look at; without it the illustrative dataset is served.
 */
export async function startMockWorker(): Promise<void> {
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  const chosen = {
    slow: () => scenarios.slow(illustrativeFiles, 10_000),
    'server-error': () => scenarios.serverError(503),
    malformed: () => scenarios.malformed(illustrativeFiles, 'demo-transit/commitments.json'),
    html: () => scenarios.htmlErrorPage(),
    offline: () => scenarios.offline(),
  }[scenario ?? '']
  const worker = setupWorker(...(chosen ? chosen() : handlers))
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
