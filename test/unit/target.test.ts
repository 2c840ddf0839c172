import { comparatorSymbol, formatFigure, formatPercent } from '../../src/domain/figure-format'
import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import {
  evidenceFor,
  fractionOfTarget,
  latestMeasurement,
  meetsFigure,
} from '../../src/domain/target'

const target: Extract<Commitment, { kind: 'target' }> = {
  id: 'c-projects',
  documentId: 'd',
  section: '三(五)',
  category: 'projects',
  title: '立项20个以上',
  quote: '积极争取立项20个以上',
  kind: 'target',
  figure: {
    comparator: '>=',
    value: 20,
    unit: 'count',
    label: '个项目',
    labelEn: 'projects',
    asWritten: '20个以上',
  },
  deadline: { type: 'none' },
}

const update = (over: Partial<ProgressUpdate>): ProgressUpdate => ({
  id: 'u',
  commitmentId: 'c-projects',
  asOf: '2023-12-31',
  comparability: 'same-metric',
  summary: 's',
  source: { title: 't', date: '2024-02-22' },
  ...over,
})

describe('reading figures literally', () => {
  it('treats "以上" as ≥ and "余 / 超过" as strictly more than', () => {
    expect(meetsFigure(20, '>=', 20)).toBe(true)
    expect(meetsFigure(60, '>', 60)).toBe(false)
    expect(meetsFigure(61, '>', 60)).toBe(true)
    expect(meetsFigure(53_340_000, '=', 53_340_000)).toBe(true)
    expect(meetsFigure(53_339_999, '=', 53_340_000)).toBe(false)
    expect(meetsFigure(5, '<=', 5)).toBe(true)
    expect(meetsFigure(5, '<', 5)).toBe(false)
  })

  it('computes the fraction of target without capping it', () => {
    expect(fractionOfTarget(3, { value: 20 })).toBe(0.15)
    expect(fractionOfTarget(30, { value: 20 })).toBe(1.5)
    expect(fractionOfTarget(0, { value: 0 })).toBe(1)
  })

  it('formats figures and comparators for reading', () => {
    expect(comparatorSymbol('>=')).toBe('≥')
    // In words, never "≥ 20" or "= 5334万元" (the symbol is for forms and codes only).
    expect(formatFigure(target.figure, 'zh-CN')).toBe('不少于 20 个项目')
    expect(formatFigure(target.figure, 'en')).toBe('at least 20 projects')
    expect(formatFigure({ ...target.figure, unit: 'yuan', value: 300_000_000 }, 'zh-CN')).toBe(
      '不少于 3亿元',
    )
    expect(
      formatFigure({ ...target.figure, comparator: '=', unit: 'yuan', value: 53_340_000 }, 'en'),
    ).toBe('¥53.34M')
    expect(formatFigure({ ...target.figure, comparator: '>' }, 'en')).toBe('more than 20 projects')
    expect(formatPercent(0.15, 'zh-CN')).toBe('15%')
  })
})

// The readings read from these (both readings, derived figures, percent) are in assess.test.ts.
describe('the evidence a commitment is read from', () => {
  it('has no measurement when no source speaks, never zero', () => {
    expect(latestMeasurement('c-projects', [], '2026-11-30')).toBeUndefined()
    expect(evidenceFor('c-projects', [], '2026-11-30')).toEqual([])
  })

  it('measures with same-metric figures only', () => {
    const related = update({ id: 'r', value: 231, comparability: 'related-metric' })
    const words = update({ id: 'w' })
    expect(latestMeasurement('c-projects', [related, words], '2026-11-30')).toBeUndefined()
    expect(
      latestMeasurement('c-projects', [related, update({ value: 3 })], '2026-11-30'),
    ).toMatchObject({ value: 3 })
  })

  it('takes the measurement of the latest date, whatever the order', () => {
    const updates = [
      update({
        id: 'b',
        value: 21,
        asOf: '2024-12-31',
        source: { title: 't', date: '2025-02-20' },
      }),
      update({ id: 'a', value: 3 }),
    ]
    expect(latestMeasurement('c-projects', updates, '2026-11-30')).toMatchObject({ id: 'b' })
  })

  it('lists a commitment’s own evidence newest first, by the day it describes then published', () => {
    const updates = [
      update({ id: 'old', asOf: '2023-06-30', source: { title: 't', date: '2023-07-10' } }),
      update({ id: 'other', commitmentId: 'x' }),
      update({ id: 'new', asOf: '2024-12-31', source: { title: 't', date: '2025-02-20' } }),
      update({
        id: 'same-day-later',
        asOf: '2024-12-31',
        source: { title: 't', date: '2025-03-01' },
      }),
    ]
    expect(evidenceFor('c-projects', updates, '2026-11-30').map((u) => u.id)).toEqual([
      'same-day-later',
      'new',
      'old',
    ])
  })

  it('knows only what was published by the as-of date', () => {
    const updates = [update({ value: 3 })] // published 2024-02-22
    expect(latestMeasurement('c-projects', updates, '2024-01-31')).toBeUndefined()
    expect(latestMeasurement('c-projects', updates, '2024-02-22')).toMatchObject({ value: 3 })
    expect(evidenceFor('c-projects', updates, '2024-01-31')).toEqual([])
    expect(evidenceFor('c-projects', updates, '2024-02-22')).toHaveLength(1)
  })
})
