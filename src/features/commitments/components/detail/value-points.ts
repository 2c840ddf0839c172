import type { Commitment } from '../../../../domain/schema/commitment'
import type { Figure } from '../../../../domain/schema/primitives'
import type { ProgressUpdate } from '../../../../domain/schema/update'

export interface ValuePoint {
  /** ISO date the value held. */
  date: string
  value: number
  /** The letter's baseline, or a published update (its id). */
  from: { kind: 'baseline' } | { kind: 'update'; update: ProgressUpdate }
}

export interface ValueSeries {
  figure: Figure
  /** Oldest first: the line reads left to right. */
  points: ValuePoint[]
}

/**
 * The figures a chart may draw for a target or forecast: its dated baseline and every
 * same-metric value, each at the day it held. Related metrics and context are evidence to read,
 * never points on the target's line. Null when there is no published value: a baseline alone is
 * where the line starts, not progress, and an empty chart would look like zero.
 */
export function valueSeries(
  commitment: Commitment,
  evidence: readonly ProgressUpdate[],
): ValueSeries | null {
  if (commitment.kind !== 'target' && commitment.kind !== 'forecast') return null
  const updates: ValuePoint[] = evidence.flatMap((update) =>
    update.comparability === 'same-metric' && update.value !== undefined
      ? [{ date: update.asOf, value: update.value, from: { kind: 'update' as const, update } }]
      : [],
  )
  if (updates.length === 0) return null
  const baseline =
    commitment.kind === 'target' && commitment.baseline?.asOf
      ? [
          {
            date: commitment.baseline.asOf,
            value: commitment.baseline.value,
            from: { kind: 'baseline' as const },
          },
        ]
      : []
  const points = [...baseline, ...updates].sort((a, b) => a.date.localeCompare(b.date))
  return { figure: commitment.figure, points }
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
