import { describe, expect, it } from 'vitest'
import { compareIso } from '../../src/domain/compare-iso'

describe('compareIso', () => {
  it('orders ISO dates of every precision as the calendar (and as localeCompare did)', () => {
    const dates = [
      '2024-06-30',
      '2023',
      '2023-06-19',
      '2023-06',
      '2024-01-01',
      '2023-12-31',
      '2023-06-19',
    ]
    const ordinal = [...dates].sort(compareIso)
    expect(ordinal).toEqual([
      '2023',
      '2023-06',
      '2023-06-19',
      '2023-06-19',
      '2023-12-31',
      '2024-01-01',
      '2024-06-30',
    ])
    expect(ordinal).toEqual([...dates].sort((a, b) => a.localeCompare(b)))
  })

  it('says equal for equal dates and is antisymmetric', () => {
    expect(compareIso('2023-06-19', '2023-06-19')).toBe(0)
    expect(compareIso('2023-06-19', '2023-06-20')).toBe(-1)
    expect(compareIso('2023-06-20', '2023-06-19')).toBe(1)
  })
})
