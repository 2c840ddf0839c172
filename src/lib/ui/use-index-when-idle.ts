import { useEffect } from 'react'

/** Slices of work small enough never to delay a frame when no idle callback is available. */
const SLICE_MS = 8

/**
 * Runs `indexFrom(items, start, hasTime)` in idle moments until it returns `items.length`, so a
 * search index (normalized text of every row or evidence item) is built without ever making
 * typing wait. `indexFrom` returns the next index to do and stops when `hasTime()` says so.
 */
export function useIndexWhenIdle<T>(
  items: readonly T[],
  indexFrom: (items: readonly T[], start: number, hasTime: () => boolean) => number,
): void {
  useEffect(() => {
    let next = 0
    let cancel = () => {}
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + SLICE_MS
      const hasTime = deadline
        ? () => deadline.timeRemaining() > 1
        : () => performance.now() < until
      next = indexFrom(items, next, hasTime)
      if (next < items.length) cancel = schedule(step)
    }
    cancel = schedule(step)
    return () => cancel()
  }, [items, indexFrom])
}

function schedule(step: (deadline?: IdleDeadline) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(step)
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(step, 0)
  return () => window.clearTimeout(handle)
}
