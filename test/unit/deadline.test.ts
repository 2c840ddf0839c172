import { daysBetween, deadlineDate, deadlineState, isBehindPace } from '../../src/domain/deadline'

describe('deadlines', () => {
  it('resolves a year, a quarter and a date to the last allowed day', () => {
    expect(deadlineDate({ type: 'year', year: 2023 })).toBe('2023-12-31')
    expect(deadlineDate({ type: 'quarter', year: 2024, quarter: 1 })).toBe('2024-03-31')
    expect(deadlineDate({ type: 'quarter', year: 2024, quarter: 2 })).toBe('2024-06-30')
    expect(deadlineDate({ type: 'date', date: '2025-09-01' })).toBe('2025-09-01')
    expect(deadlineDate({ type: 'none' })).toBeNull()
  })

  it('counts whole days, negative once passed', () => {
    expect(daysBetween('2023-06-19', '2023-06-20')).toBe(1)
    expect(daysBetween('2024-01-10', '2023-12-31')).toBe(-10)
  })

  it('lights green, yellow within 30 days, red when overdue, and "none" when no deadline is stated', () => {
    const due = { type: 'date' as const, date: '2024-12-31' }
    expect(deadlineState(due, '2024-06-01', false).light).toBe('green')
    expect(deadlineState(due, '2024-12-01', false)).toMatchObject({ light: 'yellow', days: 30 })
    expect(deadlineState(due, '2025-01-02', false)).toMatchObject({ light: 'red', days: -2 })
    expect(deadlineState({ type: 'none' }, '2024-06-01', false)).toMatchObject({
      light: 'none',
      due: null,
      days: null,
    })
    expect(deadlineState(due, '2025-01-02', true).light).toBe('done')
  })

  it('lights yellow when behind pace, judged from a dated baseline only', () => {
    const due = { type: 'date' as const, date: '2024-12-31' }
    const pace = {
      baseline: { value: 0, asOf: '2024-01-01' },
      latest: { value: 2, asOf: '2024-07-01' },
      target: 20,
    }
    expect(isBehindPace(pace, '2024-12-31')).toBe(true)
    expect(deadlineState(due, '2024-07-02', false, pace)).toMatchObject({
      light: 'yellow',
      behindPace: true,
    })
    expect(isBehindPace({ ...pace, latest: { value: 15, asOf: '2024-07-01' } }, '2024-12-31')).toBe(
      false,
    )
    expect(isBehindPace({ ...pace, baseline: { value: 0, asOf: null } }, '2024-12-31')).toBe(false)
  })
})
