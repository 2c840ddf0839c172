import { memo, startTransition, useEffect, useState, type ReactNode } from 'react'
import { afterNextPaint } from './after-next-paint'

/** Items rendered with the page; enough to fill a screen or two. */
const FIRST = 20
/** Items added per slice afterwards: each slice is its own small commit, so nothing freezes. */
const STEP = 40

/**
 * A long list (thousands of funding lines or overdue deadlines across a province's letters)
 * that renders its first items with the page and the rest slice by slice after each paint, as
 * low-priority updates, instead of committing every item in one long task. Every item is rendered
 * in the end. Slices already on the page are not rendered again when the next one arrives: they
 * re-render only when `items` or one of `deps` (what `render` reads besides the item) changes.
 */
export function RevealList<T>({
  items,
  render,
  deps,
}: {
  items: readonly T[]
  /** One item as an element with its key. */
  render: (item: T) => ReactNode
  deps: readonly unknown[]
}) {
  const shown = useRevealCount(items.length)
  const slices: Array<[number, number]> = []
  for (let start = 0; start < shown; start = start === 0 ? FIRST : start + STEP) {
    slices.push([start, Math.min(shown, start === 0 ? FIRST : start + STEP)])
  }
  return slices.map(([start, end]) => (
    <Slice key={start} items={items} start={start} end={end} render={render} deps={deps} />
  ))
}

interface SliceProps {
  items: readonly unknown[]
  start: number
  end: number
  render: (item: never) => ReactNode
  deps: readonly unknown[]
}

const Slice = memo(
  function Slice({ items, start, end, render }: SliceProps) {
    return items.slice(start, end).map((item) => render(item as never))
  },
  // `render` is a new function on every render of the list; what it reads is in `deps`.
  (a, b) =>
    a.items === b.items &&
    a.start === b.start &&
    a.end === b.end &&
    a.deps.length === b.deps.length &&
    a.deps.every((dep, i) => Object.is(dep, b.deps[i])),
)

/** How many of `total` items to render now: FIRST at once, then STEP more after each paint. */
function useRevealCount(total: number): number {
  const [count, setCount] = useState(FIRST)
  useEffect(() => {
    if (count >= total) return
    return afterNextPaint(() => startTransition(() => setCount((n) => n + STEP)))
  }, [count, total])
  return Math.min(count, total)
}
