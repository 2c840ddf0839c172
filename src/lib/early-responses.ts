/**
 * Requests that index.html's early script (src/app/early-requests/) sent before the app's code
 * had downloaded: config.json and, where the data is in its default folder, the data index and
 * a small index's letter files.
 *
 * A handoff, not a cache: each response is taken once, by the first request for its URL, and
 * every later request goes to the network as before.
 */
export interface EarlyRequests {
  /** By absolute URL. A promise of null: the early script did not ask after all (the app asks). */
  responses: Map<string, Promise<Response | null>>
  /** URLs the app has asked for: the early script leaves them alone, so nothing is asked twice. */
  asked: Set<string>
  /** The data reader's worker, started by the early script so its code downloads meanwhile. */
  reader?: EarlyReader
}

export interface EarlyReader {
  worker: Worker
  /** Its script failed to load before the app took it over: the app reads on the page. */
  failed: boolean
}

declare global {
  interface Window {
    __commitmentTrackerEarly?: EarlyRequests
  }
}

function takeEarlyResponse(url: string): Promise<Response | null> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__commitmentTrackerEarly
  if (!early) return undefined
  early.asked.add(url)
  const response = early.responses.get(url)
  if (response) early.responses.delete(url)
  return response
}

/**
 * fetch(), answered by the early script's request for the same URL when there is one. Its
 * answer is used as the network's would be (status, headers and body are the server's); if it
 * failed, or was not made, the request is sent now. The caller's signal still applies: a
 * timeout or a cancel ends the wait for an early answer too.
 */
export async function fetchPreferringEarly(url: string, init: RequestInit = {}): Promise<Response> {
  const early = takeEarlyResponse(url)
  if (early) {
    const response = await abortable(
      early.catch(() => null),
      init.signal ?? undefined,
    )
    if (response) return response
  }
  return fetch(url, init)
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * The data reader's worker, if the early script started one that has not failed; taken once.
 * The app attaches its own listeners from here on.
 */
export function takeEarlyReader(): Worker | null {
  const early = typeof window === 'undefined' ? undefined : window.__commitmentTrackerEarly
  const reader = early?.reader
  if (!early || !reader) return null
  delete early.reader
  if (!reader.failed) return reader.worker
  reader.worker.terminate()
  return null
}
