import dayjs from 'dayjs'
import type { TimelineLine, TimelineRow } from './timeline'

/** Room before the first and after the last date, so nothing is drawn on the chart's edge. */
const MIN_PAD_DAYS = 20
const PAD_SHARE = 0.04

/** A date as the number the chart's time axis is drawn in (local midnight, in milliseconds). */
export function timeOf(iso: string): number {
  return dayjs(iso).startOf('day').valueOf()
}

/**
 * The span the axis covers: every bar, every marker and every line of the chart, padded on both
 * sides. ISO dates in, ISO dates out.
 */
export function timelineExtent(
  rows: readonly TimelineRow[],
  lines: readonly TimelineLine[],
): { from: string; to: string } {
  const dates = [
    ...rows.flatMap((row) => [...(row.start ? [row.start] : []), row.end]),
    ...rows.flatMap((row) => row.markers.map((m) => m.date)),
    ...lines.map((line) => line.date),
  ].sort()
  const first = dayjs(dates[0])
  const last = dayjs(dates[dates.length - 1])
  const span = last.diff(first, 'day')
  const pad = Math.max(MIN_PAD_DAYS, Math.round(span * PAD_SHARE))
  return {
    from: first.subtract(pad, 'day').format('YYYY-MM-DD'),
    to: last.add(pad, 'day').format('YYYY-MM-DD'),
  }
}

/** Tick steps tried in turn, in months: the finest that fits `maxTicks` is used. */
const STEPS = [1, 3, 6, 12, 24, 60, 120] as const

export interface TimelineTicks {
  /** First days of months inside the extent, as partial dates: "2024" or "2024-07". */
  ticks: string[]
  /** Whether the ticks are whole years (then each reads as a year, not a month). */
  years: boolean
}

/**
 * Axis ticks on the first day of a month (of a year, when the span is long), never more than
 * `maxTicks`, so the labels have room on a phone. Ticks fall on round dates (January, April…),
 * not on the data's dates: the data's dates are in the table.
 */
export function timelineTicks(from: string, to: string, maxTicks: number): TimelineTicks {
  const start = dayjs(from).startOf('month')
  const end = dayjs(to)
  for (const step of STEPS) {
    const ticks: string[] = []
    let month = start
    // Align to the step (quarters start in January, April…; years in January).
    while ((month.month() + month.year() * 12) % step !== 0) month = month.add(1, 'month')
    if (month.isBefore(dayjs(from))) month = month.add(step, 'month')
    for (; !month.isAfter(end); month = month.add(step, 'month')) {
      ticks.push(step >= 12 ? month.format('YYYY') : month.format('YYYY-MM'))
    }
    if (ticks.length <= maxTicks) return { ticks, years: step >= 12 }
  }
  return { ticks: [], years: true }
}

/** A tick's partial date as the day it stands for, for `timeOf`. */
export function tickDate(tick: string): string {
  return tick.length === 4 ? `${tick}-01-01` : `${tick}-01`
}
