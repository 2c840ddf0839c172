import { comparatorSymbol, formatFigure, formatPercent } from '../../src/domain/figure-format'
import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import {
  evidenceFor,
  fractionOfTarget,
  latestMeasurement,
  meetsFigure,
  targetProgress,
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
    expect(formatFigure(target.figure, 'zh-CN')).toBe('≥ 20 个项目')
    expect(formatFigure(target.figure, 'en')).toBe('≥ 20 projects')
    expect(formatFigure({ ...target.figure, unit: 'yuan', value: 300_000_000 }, 'zh-CN')).toBe(
      '≥ 3亿元',
    )
    expect(formatPercent(0.15, 'zh-CN')).toBe('15%')
  })
})

describe('progress from evidence', () => {
  it('is "no evidence" when no source speaks, never zero', () => {
    expect(targetProgress(target, [], '2026-11-30')).toEqual({
      state: 'no-evidence',
      target: target.figure,
    })
  })

  it('counts only same-metric figures', () => {
    const related = update({ id: 'r', value: 231, comparability: 'related-metric' })
    expect(latestMeasurement('c-projects', [related], '2026-11-30')).toBeUndefined()
    const progress = targetProgress(target, [related, update({ value: 3 })], '2026-11-30')
    expect(progress).toMatchObject({ state: 'below', value: 3, fraction: 0.15 })
  })

  it('takes the newest measurement and marks the target met when it is', () => {
    const updates = [
      update({ id: 'a', value: 3 }),
      update({
        id: 'b',
        value: 21,
        asOf: '2024-12-31',
        source: { title: 't', date: '2025-02-20' },
      }),
    ]
    expect(targetProgress(target, updates, '2026-11-30')).toMatchObject({ state: 'met', value: 21 })
  })

  it('knows only what was published by the as-of date', () => {
    const updates = [update({ value: 3 })] // published 2024-02-22
    expect(targetProgress(target, updates, '2024-01-31').state).toBe('no-evidence')
    expect(targetProgress(target, updates, '2024-02-22').state).toBe('below')
    expect(evidenceFor('c-projects', updates, '2024-01-31')).toEqual([])
  })
})
