import { startTransition, useEffect, useState } from 'react'

/** Items rendered with the page; enough to fill a screen or two. */
const FIRST = 20
/** Items added per slice afterwards: each slice is its own small commit, so nothing freezes. */
const STEP = 40

/**
 * How many of `total` items to render now. Long lists (thousands of funding lines or deadlines
 * across a province's letters) grow slice by slice after the first paint, as low-priority
 * updates, instead of committing every item in one long task. Every item is rendered in the end.
 */
export function useRevealCount(total: number, first = FIRST, step = STEP): number {
  const [count, setCount] = useState(first)
  useEffect(() => {
    if (count >= total) return
    return afterNextPaint(() => startTransition(() => setCount((n) => n + step)))
  }, [count, total, step])
  return Math.min(count, total)
}

/** Runs `task` once the browser has painted (or soon, where there are no frames, as in jsdom). */
function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
