import { deadlineDate, daysBetween } from './deadline'
import type { RatedCommitment } from './commitment-kinds'
import { isMeasured } from './commitment-kinds'
import type { ProgressUpdate, VerdictStatus } from './schema/update'
import type { Progress } from './assessment/readings'
import { compareIso } from './compare-iso'

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
    | 'no-comparable-evidence'
    | 'no-comparable-evidence-overdue'
    | 'readings-differ'
    | 'evidence-unavailable'
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
 * "not yet rated", never "broken": silence is reported as silence, and "stalled" comes only from
 * an explicit verdict (how long a promise has been quiet is a fact shown beside every status).
 * `evidence` is the commitment's own evidence published by `asOf`, newest first.
 */
export function commitmentStatus(
  commitment: RatedCommitment,
  evidence: readonly ProgressUpdate[],
  progress: Progress | null,
  asOf: string,
): StatusResult {
  const computed = computeStatus(commitment, evidence, progress, asOf)
  const withVerdict = evidence
    .filter((u) => u.verdict && u.verdict.date <= asOf)
    .sort((a, b) => compareIso(b.verdict!.date, a.verdict!.date))[0]
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
  commitment: RatedCommitment,
  evidence: readonly ProgressUpdate[],
  progress: Progress | null,
  asOf: string,
): { status: Status; reason: StatusReason } {
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
  const lastDate = evidence.reduce((d, u) => (u.source.date > d ? u.source.date : d), '')

  if (!isMeasured(commitment)) {
    return {
      status: 'in-progress',
      reason: { code: 'qualitative-evidence', params: { last: lastDate } },
    }
  }

  const { figure } = commitment
  const figureParams = {
    comparator: figure.comparator,
    target: figure.value,
    unit: figure.unit,
    ...(figure.unitName ? { unitName: figure.unitName } : {}),
    ...(figure.unitNameEn ? { unitNameEn: figure.unitNameEn } : {}),
  }
  if (!progress) {
    // Only related metrics or context so far: something is reported, but not the promised figure.
    const params = { ...dueParams, count: evidence.length, last: lastDate }
    return overdue
      ? { status: 'not-rated', reason: { code: 'no-comparable-evidence-overdue', params } }
      : { status: 'not-rated', reason: { code: 'no-comparable-evidence', params } }
  }
  const [first, second] = progress.readings
  const last = progress.update.source.date
  const params: Record<string, string | number> = {
    ...dueParams,
    ...figureParams,
    value: first!.value,
    ...(second ? { valueAlt: second.value } : {}),
    last,
  }
  const allMet = progress.readings.every((r) => r.met)
  const noneMet = progress.readings.every((r) => !r.met)
  if (!allMet && !noneMet) {
    // One reading meets the target and the other does not: the data cannot say which is true.
    return { status: 'not-rated', reason: { code: 'readings-differ', params } }
  }
  if (allMet) return { status: 'kept', reason: { code: 'target-met', params } }
  if (overdue) {
    return progress.readings.some((r) => r.value > 0)
      ? { status: 'partly-kept', reason: { code: 'below-overdue', params } }
      : { status: 'broken', reason: { code: 'nothing-by-deadline', params } }
  }
  return { status: 'in-progress', reason: { code: 'below-open', params } }
}

/** Counts per status, for the totals charts. Reported results (no status) are left out. */
export function statusTotals(results: readonly (StatusResult | null)[]): Record<Status, number> {
  const totals = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const result of results) if (result) totals[result.status] += 1
  return totals
}
