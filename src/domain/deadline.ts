import { isoDayNumber, lastDayOfMonth } from './iso-day'
import type { Deadline } from './schema/commitment'

/**
 * The last day a deadline allows: a year means 31 December, a quarter its last day. `null` when
 * no deadline is stated, which is a state of its own and never treated as "on track".
 */
export function deadlineDate(deadline: Deadline): string | null {
  switch (deadline.type) {
    case 'date':
      return deadline.date
    case 'year':
      return `${deadline.year}-12-31`
    case 'quarter':
      return lastDayOfMonth(deadline.year, deadline.quarter * 3)
    case 'none':
      return null
  }
}

/** Whole days from `asOf` to `date` (negative when the date has passed). */
export function daysBetween(asOf: string, date: string): number {
  // The contract's dates are ISO (a year, a month or a day); anything else is NaN, as a date
  // library's invalid date would be.
  return isoDayNumber(date) - isoDayNumber(asOf)
}

/** Due within this many days counts as "due soon" (yellow) in the 督查督办 style. */
export const DUE_SOON_DAYS = 30

/**
 * 督查督办-style light: green on track, yellow due soon or behind pace, red overdue,
 * `none` when no deadline is stated, `done` when the promise is kept (the deadline no longer
 * matters).
 */
export type DeadlineLight = 'green' | 'yellow' | 'red' | 'none' | 'done'

export interface DeadlineState {
  light: DeadlineLight
  /** The resolved last day, or null when none is stated. */
  due: string | null
  /** Days left (positive) or overdue (negative); null without a deadline. */
  days: number | null
  behindPace: boolean
}

export interface PaceInput {
  /** Where the target started (value and date), when the data has one. */
  baseline?: { value: number; asOf: string | null }
  /** The latest like-for-like value and when it held. */
  latest?: { value: number; asOf: string }
  target?: number
}

export function deadlineState(
  deadline: Deadline,
  asOf: string,
  kept: boolean,
  pace: PaceInput = {},
): DeadlineState {
  const due = deadlineDate(deadline)
  const days = due === null ? null : daysBetween(asOf, due)
  const behindPace = due !== null && isBehindPace(pace, due)
  const light: DeadlineLight = kept
    ? 'done'
    : days === null
      ? 'none'
      : days < 0
        ? 'red'
        : days <= DUE_SOON_DAYS || behindPace
          ? 'yellow'
          : 'green'
  return { light, due, days, behindPace }
}

/**
 * Behind pace: less of the way to the target than the share of time used up, measured from a
 * dated baseline to the latest reading. Without a dated baseline and a reading, pace is unknown
 * and never assumed to be behind.
 */
export function isBehindPace({ baseline, latest, target }: PaceInput, due: string): boolean {
  if (!baseline?.asOf || !latest || target === undefined || target === baseline.value) return false
  const span = daysBetween(baseline.asOf, due)
  if (span <= 0) return false
  const elapsed = Math.min(Math.max(daysBetween(baseline.asOf, latest.asOf) / span, 0), 1)
  const done = (latest.value - baseline.value) / (target - baseline.value)
  return done < elapsed
}
