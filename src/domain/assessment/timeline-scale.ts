import { todayIso } from '../dates'
import { isoDayNumber } from '../iso-day'
import type { TimelineLine, TimelineRow } from './timeline'

/** Room before the first and after the last date, so nothing is drawn on the chart's edge. */
const MIN_PAD_DAYS = 20
const PAD_SHARE = 0.04

const MS_PER_DAY = 86_400_000

/**
 * A date as the number the chart's time axis is drawn in: its midnight in UTC, in milliseconds.
 * (UTC, where every day is 24 hours: a day is as wide as the next across a clock change.)
 */
export function timeOf(iso: string): number {
  return isoDayNumber(iso) * MS_PER_DAY
}

/** The ISO date of a day number (days since 1970-01-01). */
function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
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
  // Nothing dated (an empty chart) is drawn around today.
  const first = isoDayNumber(dates[0] ?? todayIso())
  const last = isoDayNumber(dates[dates.length - 1] ?? todayIso())
  const pad = Math.max(MIN_PAD_DAYS, Math.round((last - first) * PAD_SHARE))
  return { from: isoOfDay(first - pad), to: isoOfDay(last + pad) }
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
  // Months counted from year 0 (year × 12 + month − 1); a month's first day as an ISO date, so
  // that it compares with `from` and `to` as text.
  const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1
  const year = (month: number) => String(Math.floor(month / 12)).padStart(4, '0')
  const firstDay = (month: number) => `${year(month)}-${String((month % 12) + 1).padStart(2, '0')}`
  for (const step of STEPS) {
    const ticks: string[] = []
    // Align to the step (quarters start in January, April…; years in January).
    let month = start
    while (month % step !== 0) month += 1
    if (`${firstDay(month)}-01` < from) month += step
    for (; `${firstDay(month)}-01` <= to; month += step) {
      ticks.push(step >= 12 ? year(month) : firstDay(month))
    }
    if (ticks.length <= maxTicks) return { ticks, years: step >= 12 }
  }
  return { ticks: [], years: true }
}

/** A tick's partial date as the day it stands for, for `timeOf`. */
export function tickDate(tick: string): string {
  return tick.length === 4 ? `${tick}-01-01` : `${tick}-01`
}
