import { useEffect } from 'react'

/**
 * The longest piece of indexing done at once. An idle callback may offer up to 50 ms, but a key
 * pressed or a box ticked meanwhile waits for the piece to end: at a province's 55,000
 * commitments that wait was most of a slow click.
 */
const SLICE_MS = 8

/**
 * Runs `indexFrom(items, start, hasTime)` in idle moments until it returns `total` (by default
 * `items.length`; more when each item is indexed in several passes), so a search index
 * (normalized text of every row or evidence item) is built without ever making typing wait.
 * `indexFrom` returns the next position to do and stops when `hasTime()` says so.
 */
export function useIndexWhenIdle<T>(
  items: readonly T[],
  indexFrom: (items: readonly T[], start: number, hasTime: () => boolean) => number,
  total: number = items.length,
): void {
  useEffect(() => {
    let next = 0
    let cancel = () => {}
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + SLICE_MS
      const hasTime = deadline
        ? () => deadline.timeRemaining() > 1 && performance.now() < until
        : () => performance.now() < until
      next = indexFrom(items, next, hasTime)
      if (next < total) cancel = schedule(step)
    }
    cancel = schedule(step)
    return () => cancel()
  }, [items, indexFrom, total])
}

/** The Prioritized Task Scheduling API, where the browser has it (Chromium does). */
interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'background'; signal: AbortSignal },
  ): Promise<void>
}

/**
 * The next slice: a background task where the browser can run one (it runs whenever nothing more
 * urgent waits, so the index is done in about the time its work takes), else an idle callback
 * (which comes once per idle period: a province's index then took seconds), else a timeout.
 */
function schedule(step: (deadline?: IdleDeadline) => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController()
    scheduler
      .postTask(() => step(), { priority: 'background', signal: controller.signal })
      .catch(() => undefined)
    return () => controller.abort()
  }
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(step)
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(step, 0)
  return () => window.clearTimeout(handle)
}
