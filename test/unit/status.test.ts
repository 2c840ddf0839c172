import { progressReadings } from '../../src/domain/assessment/readings'
import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { commitmentStatus, statusTotals } from '../../src/domain/status'
import { evidenceFor, latestMeasurement } from '../../src/domain/target'

type Target = Extract<Commitment, { kind: 'target' }>

const target: Target = {
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
const promise: Extract<Commitment, { kind: 'promise' }> = {
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

/**
 * The status as assess() computes it: the commitment's own evidence published by `asOf`
 * (newest first) and the readings of its newest like-for-like value.
 */
function statusOf(commitment: Target | typeof promise, updates: ProgressUpdate[], asOf: string) {
  const evidence = evidenceFor(commitment.id, updates, asOf)
  const progress =
    commitment.kind === 'promise'
      ? null
      : progressReadings(commitment, latestMeasurement(commitment.id, evidence, asOf))
  return commitmentStatus(commitment, evidence, progress, asOf)
}

describe('commitment status', () => {
  it('is "not yet rated" while no source speaks, before and after the deadline', () => {
    expect(statusOf(target, [], '2023-06-30')).toMatchObject({
      status: 'not-rated',
      source: 'computed',
      reason: { code: 'no-evidence', params: { due: '2023-12-31', days: 184 } },
    })
    expect(statusOf(target, [], '2024-01-10')).toMatchObject({
      status: 'not-rated',
      reason: { code: 'no-evidence-overdue', params: { days: 10 } },
    })
  })

  it('is kept when like-for-like evidence meets the target', () => {
    expect(statusOf(target, [update({ value: 21 })], '2023-12-01')).toMatchObject({
      status: 'kept',
      reason: { code: 'target-met', params: { value: 21, target: 20, last: '2023-11-01' } },
    })
  })

  it('is in progress below the target before the deadline, partly kept after it', () => {
    expect(statusOf(target, [update({ value: 12 })], '2023-12-01')).toMatchObject({
      status: 'in-progress',
      reason: { code: 'below-open' },
    })
    expect(statusOf(target, [update({ value: 12 })], '2024-01-15')).toMatchObject({
      status: 'partly-kept',
      reason: {
        code: 'below-overdue',
        params: { due: '2023-12-31', value: 12, comparator: '>=', target: 20 },
      },
    })
  })

  it('is broken when the deadline passed with nothing done', () => {
    expect(statusOf(target, [update({ value: 0 })], '2024-01-15')).toMatchObject({
      status: 'broken',
      reason: { code: 'nothing-by-deadline' },
    })
  })

  it('never turns silence into "stalled": how long it has been quiet is a fact, not a status', () => {
    const open = { ...target, deadline: { type: 'none' as const } }
    // Years without news: still what the last evidence said.
    expect(statusOf(open, [update({ value: 5 })], '2026-01-15')).toMatchObject({
      status: 'in-progress',
      reason: { code: 'below-open' },
    })
    const reported = update({ commitmentId: 'p', comparability: 'context' })
    expect(statusOf(promise, [reported], '2024-01-15').status).toBe('in-progress')
    expect(statusOf(promise, [reported], '2027-06-01')).toMatchObject({
      status: 'in-progress',
      reason: { code: 'qualitative-evidence', params: { last: '2023-11-01' } },
    })
    expect(statusOf(promise, [], '2027-06-01').status).toBe('not-rated')
  })

  it('is stalled only when an explicit verdict says so', () => {
    const verdict = update({
      commitmentId: 'p',
      comparability: 'context',
      verdict: { status: 'stalled', date: '2024-06-01', rationale: '一年未开展' },
    })
    expect(statusOf(promise, [verdict], '2024-06-30')).toMatchObject({
      status: 'stalled',
      source: 'verdict',
      computed: { status: 'in-progress' },
    })
  })

  it('never counts related metrics as the target, and says what there is instead', () => {
    const related = update({ value: 231, comparability: 'related-metric' })
    expect(statusOf(target, [related], '2023-12-01')).toMatchObject({
      status: 'not-rated',
      reason: { code: 'no-comparable-evidence', params: { count: 1, last: '2023-11-01' } },
    })
    expect(statusOf(target, [related], '2024-02-01')).toMatchObject({
      status: 'not-rated',
      reason: { code: 'no-comparable-evidence-overdue', params: { days: 32 } },
    })
  })

  describe('with a baseline the letter does not say counts (two readings)', () => {
    const projects: Target = {
      ...target,
      deadline: { type: 'none' },
      baseline: { value: 12, asOf: null, relation: 'not-stated' },
    }

    it('names both readings when they agree', () => {
      // 3 new in 2023: 3 not counting the 12, 15 counting them; both below 20.
      const result = statusOf(projects, [update({ value: 3, counting: 'new' })], '2025-06-01')
      expect(result).toMatchObject({
        status: 'in-progress',
        reason: { code: 'below-open', params: { value: 3, valueAlt: 15, target: 20 } },
      })
    })

    it('does not rate when one reading meets the target and the other does not', () => {
      const result = statusOf(projects, [update({ value: 10, counting: 'new' })], '2025-06-01')
      expect(result).toMatchObject({
        status: 'not-rated',
        reason: { code: 'readings-differ', params: { value: 10, valueAlt: 22 } },
      })
    })

    it('is kept when both readings meet the target', () => {
      const result = statusOf(projects, [update({ value: 21, counting: 'new' })], '2025-06-01')
      expect(result).toMatchObject({
        status: 'kept',
        reason: { code: 'target-met', params: { value: 21, valueAlt: 33 } },
      })
    })
  })

  it('lets an explicit verdict override the rules, and keeps the computed status beside it', () => {
    const verdict = update({
      id: 'v',
      value: 12,
      verdict: { status: 'broken', date: '2024-02-01', rationale: '未达到' },
    })
    expect(statusOf(target, [verdict], '2024-03-01')).toMatchObject({
      status: 'broken',
      source: 'verdict',
      reason: { code: 'verdict', params: { date: '2024-02-01' } },
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
    expect(statusOf(target, [late], '2024-02-01')).toMatchObject({
      status: 'not-rated',
      source: 'computed',
    })
    // A verdict dated after the as-of day is not read even if its report was out before.
    const early = update({
      value: 25,
      verdict: { status: 'broken', date: '2024-05-01', rationale: 'later' },
    })
    expect(statusOf(target, [early], '2024-02-01')).toMatchObject({
      status: 'kept',
      source: 'computed',
    })
  })

  it('counts totals of statuses, leaving out reported results (no status)', () => {
    const totals = statusTotals([
      null,
      statusOf(target, [update({ value: 21 })], '2024-01-01'),
      statusOf(target, [], '2024-01-01'),
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
