import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { daysBetween, deadlineDate } from '../../src/domain/deadline'
import {
  isRealIsoDate,
  isoDayNumber,
  lastDayOfMonth,
  partialDateEnd,
} from '../../src/domain/iso-day'

/** Every day from 1999-12-25 for `count` days, as ISO dates (leap days 2000, 2004, … included). */
function days(count: number): string[] {
  const start = dayjs('1999-12-25')
  return Array.from({ length: count }, (_, i) => start.add(i, 'day').format('YYYY-MM-DD'))
}

describe('calendar arithmetic on ISO dates', () => {
  it('counts the days between two dates as dayjs does, across month ends, leap days and years', () => {
    const all = days(3000)
    const anchors = ['2000-02-28', '2000-03-01', '2003-06-19', '2007-12-31']
    for (const asOf of anchors) {
      for (const date of all.filter((_, i) => i % 7 === 0)) {
        expect(daysBetween(asOf, date)).toBe(
          dayjs(date).startOf('day').diff(dayjs(asOf).startOf('day'), 'day'),
        )
      }
    }
  })

  it('reads a year or a month as its first day, like a date parser, and anything else as no number', () => {
    expect(daysBetween('2023-01-01', '2023-06')).toBe(151)
    expect(daysBetween('2022-12-31', '2023')).toBe(1)
    expect(isoDayNumber('1970-01-02')).toBe(1)
    expect(isoDayNumber('someday')).toBeNaN()
    expect(daysBetween('2023-01-01', '2023-01-05T12:00:00')).toBeNaN()
    expect(daysBetween('2023-01-01', '2023-02-30')).toBeNaN()
  })

  it('knows which dates exist', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2023-02-29')).toBe(false)
    expect(isRealIsoDate('2000-02-29')).toBe(true)
    expect(isRealIsoDate('1900-02-29')).toBe(false)
    // Years below 100 keep their own calendar (Date.UTC would read 0048 as 1948).
    expect(isRealIsoDate('0048-02-29')).toBe(true)
    expect(isRealIsoDate('0000-02-29')).toBe(true)
    expect(isRealIsoDate('0100-02-29')).toBe(false)
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1)
    expect(isRealIsoDate('2023-13-01')).toBe(false)
    expect(isRealIsoDate('2023-04-31')).toBe(false)
    expect(isRealIsoDate('2023-4-30')).toBe(false)
    expect(isRealIsoDate('2023-04-30 ')).toBe(false)
    for (const date of days(800)) expect(isRealIsoDate(date)).toBe(true)
  })

  it('ends each quarter on its real last day', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29')
    for (const year of [2023, 2024]) {
      for (const quarter of [1, 2, 3, 4] as const) {
        const expected = dayjs(`${year}-${String(quarter * 3).padStart(2, '0')}-01`)
          .endOf('month')
          .format('YYYY-MM-DD')
        expect(deadlineDate({ type: 'quarter', year, quarter })).toBe(expected)
      }
    }
  })

  it('ends a partial date on the last day it covers, as dayjs did', () => {
    expect(partialDateEnd('2023')).toBe('2023-12-31')
    expect(partialDateEnd('2024-02')).toBe('2024-02-29')
    expect(partialDateEnd('2023-06-19')).toBe('2023-06-19')
    for (const year of [1999, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        const partial = `${year}-${String(month).padStart(2, '0')}`
        expect(partialDateEnd(partial)).toBe(
          dayjs(`${partial}-01`).endOf('month').format('YYYY-MM-DD'),
        )
      }
    }
  })
})
