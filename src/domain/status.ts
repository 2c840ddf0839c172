import { deadlineDate, daysBetween } from './deadline'
import type { Commitment } from './schema/commitment'
import type { ProgressUpdate, VerdictStatus } from './schema/update'
import { evidenceFor, latestMeasurement, meetsFigure } from './target'

/** The fixed scale: 已兑现 kept · 部分兑现 partly kept · 推进中 in progress · 停滞 stalled · 未兑现 broken · 待评估 not yet rated. */
export const STATUSES = [
  'kept',
  'partly-kept',
  'in-progress',
  'stalled',
  'broken',
  'not-rated',
] as const
export type Status = (typeof STATUSES)[number]

/** No news for this long while a promise is still open reads as stalled. */
export const STALE_AFTER_DAYS = 365

/** Why a status was given: a reason code for the UI's message plus the figures it names. */
export interface StatusReason {
  code:
    | 'verdict'
    | 'result-reported'
    | 'no-evidence'
    | 'no-evidence-overdue'
    | 'target-met'
    | 'below-overdue'
    | 'nothing-by-deadline'
    | 'below-open'
    | 'stale'
    | 'qualitative-evidence'
  /** Named figures: due date, days, value, target, comparator, last evidence date. */
  params: Record<string, string | number>
}

export interface StatusResult {
  status: Status
  reason: StatusReason
  /** Where the shown status comes from: an explicit verdict in the data, or the rules here. */
  source: 'verdict' | 'computed'
  /** The rule-based status, always computed, so the UI can show both when a verdict differs. */
  computed: { status: Status; reason: StatusReason }
  verdict?: {
    status: VerdictStatus
    date: string
    rationale: string
    rationaleEn?: string
    updateId: string
  }
}

/**
 * What can be said of a commitment on `asOf`, from evidence published by then. No evidence means
 * "not yet rated", never "broken": silence is reported as silence.
 */
export function commitmentStatus(
  commitment: Commitment,
  updates: readonly ProgressUpdate[],
  asOf: string,
): StatusResult {
  const evidence = evidenceFor(commitment.id, updates, asOf)
  const computed = computeStatus(commitment, updates, evidence, asOf)
  const withVerdict = evidence
    .filter((u) => u.verdict && u.verdict.date <= asOf)
    .sort((a, b) => b.verdict!.date.localeCompare(a.verdict!.date))[0]
  if (!withVerdict?.verdict) return { ...computed, source: 'computed', computed }
  const { status, date, rationale, rationaleEn } = withVerdict.verdict
  return {
    status,
    reason: { code: 'verdict', params: { date } },
    source: 'verdict',
    computed,
    verdict: {
      status,
      date,
      rationale,
      ...(rationaleEn ? { rationaleEn } : {}),
      updateId: withVerdict.id,
    },
  }
}

function computeStatus(
  commitment: Commitment,
  updates: readonly ProgressUpdate[],
  evidence: ProgressUpdate[],
  asOf: string,
): { status: Status; reason: StatusReason } {
  if (commitment.kind === 'result') {
    return { status: 'not-rated', reason: { code: 'result-reported', params: {} } }
  }
  const due = deadlineDate(commitment.deadline)
  const days = due === null ? null : daysBetween(asOf, due)
  const overdue = days !== null && days < 0
  const dueParams: Record<string, string | number> =
    due === null ? {} : { due, days: Math.abs(days ?? 0) }

  if (evidence.length === 0) {
    return overdue
      ? { status: 'not-rated', reason: { code: 'no-evidence-overdue', params: dueParams } }
      : { status: 'not-rated', reason: { code: 'no-evidence', params: dueParams } }
  }
  const lastDate = evidence[0]!.source.date
  const stale = daysBetween(lastDate, asOf) > STALE_AFTER_DAYS

  if (commitment.kind === 'promise') {
    if (stale && !overdue)
      return { status: 'stalled', reason: { code: 'stale', params: { last: lastDate } } }
    return {
      status: 'in-progress',
      reason: { code: 'qualitative-evidence', params: { last: lastDate } },
    }
  }

  const { figure } = commitment
  const latest = latestMeasurement(commitment.id, updates, asOf)
  const figureParams = { comparator: figure.comparator, target: figure.value, unit: figure.unit }
  if (!latest) {
    // Only related metrics or context so far: something is reported, but not the promised figure.
    if (overdue)
      return { status: 'not-rated', reason: { code: 'no-evidence-overdue', params: dueParams } }
    return { status: 'not-rated', reason: { code: 'no-evidence', params: dueParams } }
  }
  const params = { ...dueParams, ...figureParams, value: latest.value, last: latest.source.date }
  if (meetsFigure(latest.value, figure.comparator, figure.value)) {
    return { status: 'kept', reason: { code: 'target-met', params } }
  }
  if (overdue) {
    return latest.value > 0
      ? { status: 'partly-kept', reason: { code: 'below-overdue', params } }
      : { status: 'broken', reason: { code: 'nothing-by-deadline', params } }
  }
  if (stale) return { status: 'stalled', reason: { code: 'stale', params } }
  return { status: 'in-progress', reason: { code: 'below-open', params } }
}

/** Counts per status, for the overview's totals chart. Reported results are left out. */
export function statusTotals(results: readonly StatusResult[]): Record<Status, number> {
  const totals = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const result of results) totals[result.status] += 1
  return totals
}
