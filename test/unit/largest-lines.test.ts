import { largestLines } from '../../src/features/funding/components/largest-lines'
import type { StageRow } from '../../src/features/funding/components/funding-stages-chart'

const row = (id: string, pledged?: number, disbursed?: number): StageRow => ({
  id,
  label: id,
  stages: {
    ...(pledged === undefined
      ? {}
      : { pledged: { amount: pledged, comparator: '=', asWritten: '' } }),
    ...(disbursed === undefined
      ? {}
      : { disbursed: { amount: disbursed, comparator: '=', asWritten: '' } }),
  },
})

describe('largestLines (which funding lines the stages chart draws)', () => {
  it('keeps every line when there are no more than the limit', () => {
    const rows = [row('a', 1), row('b', 2)]
    expect(largestLines(rows, 2)).toBe(rows)
  })

  it('keeps the lines with the largest amount at any stage, in their original order', () => {
    const rows = [row('a', 5), row('b', 1, 90), row('c'), row('d', 50), row('e', 2)]
    expect(largestLines(rows, 2).map((r) => r.id)).toEqual(['b', 'd'])
    expect(largestLines(rows, 3).map((r) => r.id)).toEqual(['a', 'b', 'd'])
  })
})
