import type { Comparator, Figure } from './schema/primitives'
import type { ProgressUpdate } from './schema/update'
import { compareIso } from './compare-iso'

/** Is `value` on the right side of the figure, read literally (">" 60 is not met by 60)? */
export function meetsFigure(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target
    case '>':
      return value > target
    case '=':
      return value === target
    case '<=':
      return value <= target
    case '<':
      return value < target
  }
}

/** How far along, as a fraction of the target value (0.15 = 15 %). Not capped: 1.3 means over. */
export function fractionOfTarget(value: number, figure: Pick<Figure, 'value'>): number {
  if (figure.value === 0) return value === 0 ? 1 : Number.POSITIVE_INFINITY
  return value / figure.value
}

/**
 * The newest figure that measures the same thing as the commitment, on or before `asOf`.
 * Related metrics and context are evidence to read, never progress to chart.
 */
export function latestMeasurement(
  commitmentId: string,
  updates: readonly ProgressUpdate[],
  asOf: string,
): (ProgressUpdate & { value: number }) | undefined {
  let latest: (ProgressUpdate & { value: number }) | undefined
  for (const update of updates) {
    if (update.commitmentId !== commitmentId || update.comparability !== 'same-metric') continue
    if (update.value === undefined || update.asOf > asOf || update.source.date > asOf) continue
    if (!latest || update.asOf > latest.asOf) latest = update as ProgressUpdate & { value: number }
  }
  return latest
}

/** All evidence about a commitment that was public on `asOf`, newest first. */
export function evidenceFor(
  commitmentId: string,
  updates: readonly ProgressUpdate[],
  asOf: string,
): ProgressUpdate[] {
  return updates
    .filter((u) => u.commitmentId === commitmentId && u.source.date <= asOf)
    .sort((a, b) =>
      a.asOf === b.asOf ? compareIso(b.source.date, a.source.date) : compareIso(b.asOf, a.asOf),
    )
}
