import dayjs from 'dayjs'

/**
 * The bulletin's period: two calendar days, both included. The presets are whole calendar
 * periods before the view date (the week before the view date's week, Monday to Sunday as Chinese
 * offices count it; the month, quarter or year before), as a 周报, 月通报, 季分析 or 年考核 covers
 * them; "since the letter" runs from the newest letter's date to the view date.
 */
export interface Period {
  from: string
  to: string
}

export const PERIOD_PRESETS = ['week', 'month', 'quarter', 'year', 'since-letter'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

/** Why a period in the address cannot be used; each has its own message. */
export type PeriodProblem =
  | { code: 'invalid-from'; value: string }
  | { code: 'invalid-to'; value: string }
  | { code: 'missing-from' }
  | { code: 'missing-to' }
  | { code: 'reversed'; from: string; to: string }

export type PeriodReading =
  /** Neither date given: the page shows the default period and says it is the default. */
  | { state: 'default'; period: Period }
  | { state: 'ok'; period: Period }
  | { state: 'invalid'; problem: PeriodProblem }

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value
}

/** The day before `date`: the bulletin compares the state on it with the state on `to`. */
export function dayBefore(date: string): string {
  return dayjs(date).subtract(1, 'day').format('YYYY-MM-DD')
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD')
}

/**
 * The period the address asks for. Both dates absent: last month before `asOf` (the default).
 * One absent, either not a real day, or `from` after `to`: a problem, never a guessed period.
 */
export function readPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  asOf: string,
): PeriodReading {
  const rawFrom = from?.trim() ?? ''
  const rawTo = to?.trim() ?? ''
  if (rawFrom === '' && rawTo === '') {
    return { state: 'default', period: presetPeriod('month', asOf, null)! }
  }
  if (rawFrom !== '' && !isIsoDay(rawFrom))
    return { state: 'invalid', problem: { code: 'invalid-from', value: rawFrom.slice(0, 40) } }
  if (rawTo !== '' && !isIsoDay(rawTo))
    return { state: 'invalid', problem: { code: 'invalid-to', value: rawTo.slice(0, 40) } }
  if (rawFrom === '') return { state: 'invalid', problem: { code: 'missing-from' } }
  if (rawTo === '') return { state: 'invalid', problem: { code: 'missing-to' } }
  if (rawFrom > rawTo)
    return { state: 'invalid', problem: { code: 'reversed', from: rawFrom, to: rawTo } }
  return { state: 'ok', period: { from: rawFrom, to: rawTo } }
}

/**
 * A preset's period relative to the view date. `since-letter` needs the newest letter's date
 * (null when no letter states one, or when it is after the view date: no such period).
 */
export function presetPeriod(
  preset: PeriodPreset,
  asOf: string,
  letterDate: string | null,
): Period | null {
  const day = dayjs(asOf)
  switch (preset) {
    case 'week': {
      // dayjs counts Sunday as 0; the week starts on Monday.
      const monday = day.subtract((day.day() + 6) % 7, 'day')
      return span(monday.subtract(7, 'day'), monday.subtract(1, 'day'))
    }
    case 'month': {
      const start = day.startOf('month').subtract(1, 'month')
      return span(start, start.endOf('month'))
    }
    case 'quarter': {
      // From the first of the month, so that setting the month never runs over (31 May → April).
      const quarterStart = day.startOf('month').month(Math.floor(day.month() / 3) * 3)
      const start = quarterStart.subtract(3, 'month')
      return span(start, quarterStart.subtract(1, 'day'))
    }
    case 'year': {
      const start = day.startOf('year').subtract(1, 'year')
      return span(start, start.endOf('year'))
    }
    case 'since-letter':
      return letterDate && letterDate <= asOf ? { from: letterDate, to: asOf } : null
  }
}

/** The preset a period is, if any (the page marks it as the current one). */
export function matchingPreset(
  period: Period,
  asOf: string,
  letterDate: string | null,
): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const p = presetPeriod(preset, asOf, letterDate)
      return p !== null && p.from === period.from && p.to === period.to
    }) ?? null
  )
}

function span(start: dayjs.Dayjs, end: dayjs.Dayjs): Period {
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') }
}
