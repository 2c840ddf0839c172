/**
 * At most `limit` data requests in flight at once; the rest wait their turn here. A browser
 * holds back all but six requests per server anyway, but a request it holds back has already
 * started its timeout: with a thousand letters (four thousand files) the last ones timed out
 * in the browser's queue and were fetched again, and again. Waiting here instead, a file's timeout
 * starts when its request really goes out.
 */
export function createRequestSlots(limit: number) {
  let active = 0
  const queue: Array<() => void> = []

  const release = () => {
    const next = queue.shift()
    if (next) next()
    else active -= 1
  }

  /** Resolves with a release function once a slot is free (at once when one is). */
  return function acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (active < limit) {
      active += 1
      return Promise.resolve(once(release))
    }
    return new Promise((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener('abort', cancel)
        resolve(once(release))
      }
      const cancel = () => {
        const at = queue.indexOf(start)
        if (at >= 0) queue.splice(at, 1)
        reject(signal?.reason)
      }
      queue.push(start)
      signal?.addEventListener('abort', cancel, { once: true })
    })
  }
}

function once(release: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    release()
  }
}
