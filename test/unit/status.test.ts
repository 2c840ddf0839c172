import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { commitmentStatus, statusTotals } from '../../src/domain/status'

const target: Extract<Commitment, { kind: 'target' }> = {
  id: 'c',
  documentId: 'd',
  section: '三(五)',
  category: 'projects',
  title: '立项20个以上',
  quote: '立项20个以上',
  kind: 'target',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个', asWritten: '20个以上' },
  deadline: { type: 'date', date: '2023-12-31' },
}
const promise: Commitment = {
  id: 'p',
  documentId: 'd',
  section: '三(一)',
  category: 'reporting',
  title: '周报告',
  quote: '周报告、月通报',
  kind: 'promise',
  deadline: { type: 'none' },
}
const update = (over: Partial<ProgressUpdate>): ProgressUpdate => ({
  id: 'u',
  commitmentId: 'c',
  asOf: '2023-10-31',
  comparability: 'same-metric',
  summary: 's',
  source: { title: 't', date: '2023-11-01' },
  ...over,
})

describe('commitment status', () => {
  it('is "not yet rated" while no source speaks, before and after the deadline', () => {
    expect(commitmentStatus(target, [], '2023-06-30')).toMatchObject({
      status: 'not-rated',
      source: 'computed',
      reason: { code: 'no-evidence', params: { due: '2023-12-31', days: 184 } },
    })
    expect(commitmentStatus(target, [], '2024-01-10')).toMatchObject({
      status: 'not-rated',
      reason: { code: 'no-evidence-overdue', params: { days: 10 } },
    })
  })

  it('is kept when like-for-like evidence meets the target', () => {
    const result = commitmentStatus(target, [update({ value: 21 })], '2023-12-01')
    expect(result).toMatchObject({
      status: 'kept',
      reason: { code: 'target-met', params: { value: 21, target: 20 } },
    })
  })

  it('is in progress below the target before the deadline, partly kept after it', () => {
    expect(commitmentStatus(target, [update({ value: 12 })], '2023-12-01').status).toBe(
      'in-progress',
    )
    expect(commitmentStatus(target, [update({ value: 12 })], '2024-01-15')).toMatchObject({
      status: 'partly-kept',
      reason: {
        code: 'below-overdue',
        params: { due: '2023-12-31', value: 12, comparator: '>=', target: 20 },
      },
    })
  })

  it('is broken when the deadline passed with nothing done', () => {
    expect(commitmentStatus(target, [update({ value: 0 })], '2024-01-15').status).toBe('broken')
  })

  it('is stalled when an open promise has had no news for over a year', () => {
    const open = { ...target, deadline: { type: 'none' as const } }
    expect(commitmentStatus(open, [update({ value: 5 })], '2025-01-15')).toMatchObject({
      status: 'stalled',
      reason: { code: 'stale' },
    })
    const reported = {
      ...update({ commitmentId: 'p', comparability: 'context' }),
      value: undefined,
    }
    expect(commitmentStatus(promise, [reported], '2024-01-15').status).toBe('in-progress')
    expect(commitmentStatus(promise, [reported], '2025-06-01').status).toBe('stalled')
  })

  it('never counts related metrics as the target', () => {
    const related = update({ value: 231, comparability: 'related-metric' })
    expect(commitmentStatus(target, [related], '2023-12-01').status).toBe('not-rated')
  })

  it('lets an explicit verdict override the rules, and keeps the computed status beside it', () => {
    const verdict = update({
      id: 'v',
      value: 12,
      verdict: { status: 'broken', date: '2024-02-01', rationale: '未达到' },
    })
    const result = commitmentStatus(target, [verdict], '2024-03-01')
    expect(result).toMatchObject({
      status: 'broken',
      source: 'verdict',
      verdict: { status: 'broken', date: '2024-02-01', rationale: '未达到', updateId: 'v' },
      computed: { status: 'partly-kept' },
    })
  })

  it('ignores evidence and verdicts published after the as-of date', () => {
    const late = update({
      value: 25,
      source: { title: 't', date: '2024-03-01' },
      verdict: { status: 'kept', date: '2024-03-01', rationale: 'ok' },
    })
    expect(commitmentStatus(target, [late], '2024-02-01').status).toBe('not-rated')
  })

  it('leaves reported results unrated, and counts totals', () => {
    const { deadline: _d, ...rest } = promise
    const reported = commitmentStatus({ ...rest, kind: 'result', asOf: null }, [], '2024-01-01')
    expect(reported).toMatchObject({ status: 'not-rated', reason: { code: 'result-reported' } })
    const totals = statusTotals([
      reported,
      commitmentStatus(target, [update({ value: 21 })], '2024-01-01'),
    ])
    expect(totals).toEqual({
      kept: 1,
      'partly-kept': 0,
      'in-progress': 0,
      stalled: 0,
      broken: 0,
      'not-rated': 1,
    })
  })
})
