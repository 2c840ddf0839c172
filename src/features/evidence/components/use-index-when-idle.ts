import { useEffect } from 'react'
import type { EvidenceItem } from '../model/evidence-items'
import { indexEvidence } from '../model/filter-evidence'

/** Slices of work small enough never to delay a frame when no idle callback is available. */
const SLICE_MS = 8

/** Normalizes every item's search text in idle moments, so typing never waits for it. */
export function useIndexWhenIdle(items: readonly EvidenceItem[]): void {
  useEffect(() => {
    let next = 0
    let cancel = () => {}
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + SLICE_MS
      const hasTime = deadline
        ? () => deadline.timeRemaining() > 1
        : () => performance.now() < until
      next = indexEvidence(items, next, hasTime)
      if (next < items.length) cancel = schedule(step)
    }
    cancel = schedule(step)
    return () => cancel()
  }, [items])
}

function schedule(step: (deadline?: IdleDeadline) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(step)
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(step, 0)
  return () => window.clearTimeout(handle)
}
