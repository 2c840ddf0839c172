import { runToOutcome } from './read-job'
import type { ReadJob } from './read-outcome'

/**
 * The data reader's worker: parses and validates data files (and config.json) away from the
 * page's main thread, so zod's code and its work never hold up what the reader sees or does.
 * Started by index.html's early script while the app's code downloads (src/app/early-requests),
 * or by the app (data-reader.ts). Same origin, so the strict CSP's `script-src 'self'` allows it.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job: ReadJob }>) => void) | null
  postMessage(message: unknown): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data: { id, job } }) => {
  scope.postMessage({ id, ...runToOutcome(job) })
}
