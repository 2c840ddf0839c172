import type { Span } from './sentences'

/**
 * Groups position-sorted items by the sentence they start in, in one pass over both lists
 * (sentences are sorted and disjoint). Items between sentences (in white space) belong to none.
 */
export function groupBySpan<T extends Span>(items: readonly T[], spans: readonly Span[]): T[][] {
  const groups: T[][] = spans.map(() => [])
  let s = 0
  for (const item of items) {
    while (s < spans.length && (spans[s]?.end ?? 0) <= item.start) s += 1
    const span = spans[s]
    if (span && item.start >= span.start) groups[s]?.push(item)
  }
  return groups
}

/**
 * The item that governs a figure: the last one ending before it (binary search, items sorted by
 * start), else the first one starting after it but still inside its clause.
 */
export function nearestFor<T extends Span>(
  items: readonly T[],
  figure: Span,
  clauseEnd: number,
): T | undefined {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((items[mid]?.end ?? Infinity) <= figure.start) low = mid + 1
    else high = mid
  }
  // Items do not overlap each other, so ends are sorted like starts.
  const before = items[low - 1]
  if (before) return before
  const after = items[low]
  return after && after.start >= figure.end && after.end <= clauseEnd ? after : undefined
}
