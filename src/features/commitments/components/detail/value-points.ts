import {
  progressReadings,
  type ProgressReading,
  type ReadingBasis,
} from '../../../../domain/assessment/readings'
import { isMeasured, type MeasuredCommitment } from '../../../../domain/commitment-kinds'
import { partialDateEnd } from '../../../../domain/dates'
import type { Commitment } from '../../../../domain/schema/commitment'
import type { Figure } from '../../../../domain/schema/primitives'
import type { ProgressUpdate } from '../../../../domain/schema/update'

export interface ValuePoint {
  /** ISO date the value held. */
  date: string
  value: number
  /** The letter's baseline, or a published update. */
  from: { kind: 'baseline' } | { kind: 'update'; update: ProgressUpdate }
  /** How the value reads the update (absent for the baseline); `derived` when it is arithmetic. */
  reading?: ProgressReading
}

/** The values of one reading over time, oldest first: the line reads left to right. */
export interface ValueLine {
  basis: ReadingBasis
  points: ValuePoint[]
}

export interface ValueSeries {
  figure: Figure
  /**
   * One line, or two when the data does not say whether the baseline counts toward the target:
   * then both readings are drawn, as everywhere else, and neither is the progress.
   */
  lines: ValueLine[]
  /** The baseline value both readings start from (for their names), when there is one. */
  baseline: number | null
}

/**
 * The figures a chart may draw for a target or forecast: every same-metric value read the way
 * the assessment reads the latest one (readings.ts), each at the day it held, and the dated
 * baseline on the line that counts it. Related metrics and context are evidence to read, never
 * points on the target's line. Null when there is no published value: a baseline alone is where
 * a line starts, not progress, and an empty chart would look like zero.
 */
export function valueSeries(
  commitment: Commitment,
  evidence: readonly ProgressUpdate[],
): ValueSeries | null {
  if (!isMeasured(commitment)) return null
  const updates = evidence
    .filter(
      (u): u is ProgressUpdate & { value: number } =>
        u.comparability === 'same-metric' && u.value !== undefined,
    )
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
  if (updates.length === 0) return null
  const lines = new Map<ReadingBasis, ValuePoint[]>()
  for (const update of updates) {
    for (const reading of readingsOf(commitment, update)) {
      const points = lines.get(reading.basis) ?? []
      points.push({
        date: update.asOf,
        value: reading.value,
        from: { kind: 'update', update },
        reading,
      })
      lines.set(reading.basis, points)
    }
  }
  const baseline = commitment.kind === 'target' ? commitment.baseline : undefined
  const counted = lines.get('including-baseline')
  if (baseline?.asOf && counted) {
    // Only the reading that counts the baseline starts from it; on the other, it is not a point.
    // A baseline "as of 2023" is drawn at the end of 2023, the first day it is known to hold.
    counted.unshift({
      date: partialDateEnd(baseline.asOf),
      value: baseline.value,
      from: { kind: 'baseline' },
    })
    counted.sort((a, b) => a.date.localeCompare(b.date))
  }
  return {
    figure: commitment.figure,
    lines: [...lines].map(([basis, points]) => ({ basis, points })),
    baseline: baseline?.value ?? null,
  }
}

function readingsOf(commitment: MeasuredCommitment, update: ProgressUpdate & { value: number }) {
  return progressReadings(commitment, update)?.readings ?? []
}

/**
 * Round ticks from 0 to a little above `max` (the higher of target and values): 0, 5 … 25 for a
 * target of 20, 0, 1亿 … 4亿 for 3亿. Four or so steps of 1, 2, 2.5 or 5 times a power of ten.
 */
export function niceAxis(max: number): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] }
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!
  const top = Math.ceil((max * 1.05) / step) * step
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
  return { top, ticks }
}
