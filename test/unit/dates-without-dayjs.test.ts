import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { describe, expect, it } from 'vitest'
import { tickDate, timelineTicks, timeOf } from '../../src/domain/assessment/timeline-scale'
import { formatDate, formatPartialDate, todayIso } from '../../src/domain/dates'

/*
 * The first screen reads dates without dayjs (src/domain/dates.ts, timeline-scale.ts): the same
 * words and the same axis as the dayjs versions they replaced, which are written out here.
 */

function days(from: string, count: number, every = 1): string[] {
  const start = dayjs(from)
  return Array.from({ length: count }, (_, i) => start.add(i * every, 'day').format('YYYY-MM-DD'))
}

const dayjsDate = (iso: string, lang: 'zh-CN' | 'en') =>
  lang === 'en'
    ? dayjs(iso).locale('en').format('MMM D, YYYY')
    : dayjs(iso).locale('zh-cn').format('YYYY年M月D日')

function dayjsTicks(from: string, to: string, maxTicks: number) {
  const start = dayjs(from).startOf('month')
  const end = dayjs(to)
  for (const step of [1, 3, 6, 12, 24, 60, 120]) {
    const ticks: string[] = []
    let month = start
    while ((month.month() + month.year() * 12) % step !== 0) month = month.add(1, 'month')
    if (month.isBefore(dayjs(from))) month = month.add(step, 'month')
    for (; !month.isAfter(end); month = month.add(step, 'month')) {
      ticks.push(step >= 12 ? month.format('YYYY') : month.format('YYYY-MM'))
    }
    if (ticks.length <= maxTicks) return { ticks, years: step >= 12 }
  }
  return { ticks: [], years: true }
}

describe('reading dates without dayjs', () => {
  it('writes every day of twelve years as dayjs did, in both languages', () => {
    for (const iso of days('1999-12-25', 4400)) {
      expect(formatDate(iso, 'zh-CN')).toBe(dayjsDate(iso, 'zh-CN'))
      expect(formatDate(iso, 'en')).toBe(dayjsDate(iso, 'en'))
    }
  })

  it('writes years and months as before, and a month or year given to formatDate as its first day', () => {
    for (const month of ['2023-01', '2024-02', '2025-12']) {
      expect(formatPartialDate(month, 'en')).toBe(
        dayjs(`${month}-01`).locale('en').format('MMM YYYY'),
      )
      expect(formatPartialDate(month, 'zh-CN')).toBe(dayjs(`${month}-01`).format('YYYY年M月'))
      expect(formatDate(month, 'zh-CN')).toBe(dayjsDate(month, 'zh-CN'))
    }
    expect(formatPartialDate('2023', 'zh-CN')).toBe('2023年')
    expect(formatPartialDate('2023', 'en')).toBe('2023')
    expect(formatDate('2023', 'en')).toBe('Jan 1, 2023')
  })

  it('leaves what is not a day as it is written, rather than guessing one', () => {
    expect(formatDate('someday', 'zh-CN')).toBe('someday')
    // dayjs rolled this over to 2 March; a day that does not exist is shown as the data wrote it.
    expect(formatDate('2023-02-30', 'en')).toBe('2023-02-30')
  })

  it("knows today's date in the reader's time zone", () => {
    expect(todayIso()).toBe(dayjs().format('YYYY-MM-DD'))
  })

  it('puts the axis ticks where dayjs put them, for spans from weeks to decades', () => {
    const starts = days('2019-11-03', 24, 53)
    for (const from of starts) {
      for (const length of [20, 95, 400, 1500, 5000, 14000]) {
        const to = dayjs(from).add(length, 'day').format('YYYY-MM-DD')
        for (const max of [3, 6, 12]) {
          expect(timelineTicks(from, to, max)).toEqual(dayjsTicks(from, to, max))
        }
      }
    }
  })

  it('spaces days evenly on the axis: one day is one day wide, ticks included', () => {
    const dates = days('2023-03-20', 400)
    for (let i = 1; i < dates.length; i += 1) {
      expect(timeOf(dates[i]!) - timeOf(dates[i - 1]!)).toBe(86_400_000)
    }
    expect(timeOf(tickDate('2024'))).toBe(timeOf('2024-01-01'))
    expect(timeOf(tickDate('2024-07'))).toBe(timeOf('2024-07-01'))
  })
})
