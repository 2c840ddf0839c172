import type { EarlyReader } from '../../lib/early-responses'

/** The build names the data reader's worker file here (vite.config.ts, earlyRequests). */
export const EARLY_READER_META = 'commitment-tracker:reader'

/**
 * Starts the data reader's worker (src/lib/data/reader-worker.ts) at once, so its code (zod and
 * the contract's checks) downloads beside the app's instead of after it. The app adopts it
 * (takeEarlyReader); a worker that fails to load is marked, and the app reads on the page.
 */
export function startEarlyReader(
  document: Document,
  WorkerImpl: typeof Worker | undefined,
): EarlyReader | undefined {
  const file = document.querySelector(`meta[name="${EARLY_READER_META}"]`)?.getAttribute('content')
  if (!file || !WorkerImpl) return undefined
  try {
    const worker = new WorkerImpl(new URL(file, document.baseURI), {
      type: 'module',
      name: 'data-reader',
    })
    const reader: EarlyReader = { worker, failed: false }
    worker.addEventListener('error', () => (reader.failed = true), { once: true })
    return reader
  } catch {
    return undefined
  }
}
