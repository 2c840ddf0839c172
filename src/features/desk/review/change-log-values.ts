import type { ChangeLogMeta } from '../../../domain/draft/change-log-entry'
import type { ChangeLogWork } from '../../../domain/draft/draft-schema'
import { longTextSchema, shortTextSchema } from '../../../domain/schema/primitives'
import type { VerdictStatus } from '../../../domain/schema/update'
import type { Translate } from '../../../lib/i18n/translate'
import { describeFieldProblem } from '../form/field-problem'

/** What the official types for the change log: who records the publish, and why verdicts move. */
export interface ChangeLogValue {
  /** As the official types it; published as written (trimmed). */
  recordedBy: string
  summary: string
  /** Why each commitment's verdict moves, by commitment id. */
  reasons: Record<string, string>
}

/** A commitment whose verdict the publish sets, moves or withdraws (null: none). */
export interface VerdictChangeLine {
  id: string
  title: string
  from: VerdictStatus | null
  to: VerdictStatus | null
}

export const EMPTY_CHANGE_LOG: ChangeLogValue = { recordedBy: '', summary: '', reasons: {} }

export type FieldKey = 'recordedBy' | 'summary' | `reason:${string}`

/**
 * What is still missing or wrong, per field, in plain words: empty when the change log can be
 * written. The same rules the change-log schema applies (a name, a reason for each verdict
 * change, no invisible characters, not too long), never its wording.
 */
export function changeLogProblems(
  value: ChangeLogValue,
  verdictChanges: readonly VerdictChangeLine[],
  t: Translate,
): Partial<Record<FieldKey, string>> {
  const problems: Partial<Record<FieldKey, string>> = {}
  const check = (key: FieldKey, text: string, required: boolean, missing: string) => {
    if (text.trim() === '') {
      if (required) problems[key] = missing
      return
    }
    const schema = key === 'recordedBy' ? shortTextSchema : longTextSchema
    const issue = schema.safeParse(text).error?.issues[0]
    if (issue) problems[key] = describeFieldProblem(issue, text, t)
  }
  check('recordedBy', value.recordedBy, true, t('desk.changeLog.recordedBy.missing'))
  check('summary', value.summary, false, '')
  for (const change of verdictChanges) {
    check(
      `reason:${change.id}`,
      value.reasons[change.id] ?? '',
      true,
      t('desk.changeLog.reason.missing', { title: change.title }),
    )
  }
  return problems
}

/** Whether the change log is complete: publishing waits for it. */
export function changeLogReady(
  value: ChangeLogValue,
  verdictChanges: readonly VerdictChangeLine[],
  t: Translate,
): boolean {
  return Object.keys(changeLogProblems(value, verdictChanges, t)).length === 0
}

/** The values as buildChangeLogEntries takes them, for the publishing day. */
export function changeLogMeta(value: ChangeLogValue, date: string): ChangeLogMeta {
  const summary = value.summary.trim()
  return {
    date,
    recordedBy: value.recordedBy.trim(),
    reasons: Object.fromEntries(
      Object.entries(value.reasons).map(([id, reason]) => [id, reason.trim()]),
    ),
    ...(summary ? { summary } : {}),
  }
}

/** The draft keeps each reason under the move it explains, not under the commitment alone. */
export function changeLogReasonKey(change: VerdictChangeLine): string {
  return `${change.id}|${change.from ?? 'none'}|${change.to ?? 'none'}`
}

/** The form's value from what the draft kept: the reasons of this publish's moves only. */
export function changeLogValueFrom(
  work: ChangeLogWork | undefined,
  changes: readonly VerdictChangeLine[],
): ChangeLogValue {
  if (!work) return EMPTY_CHANGE_LOG
  const reasons: Record<string, string> = {}
  for (const change of changes) {
    const reason = work.reasons[changeLogReasonKey(change)]
    if (reason !== undefined) reasons[change.id] = reason
  }
  return { recordedBy: work.recordedBy, summary: work.summary, reasons }
}

/**
 * What the draft keeps of the form: the name and summary as typed, and each reason under its
 * move, alongside those kept for moves this publish no longer makes (an edit undone and redone
 * finds its reason again).
 */
export function changeLogWorkFrom(
  value: ChangeLogValue,
  changes: readonly VerdictChangeLine[],
  kept: ChangeLogWork | undefined,
): ChangeLogWork {
  const reasons = { ...kept?.reasons }
  for (const change of changes) {
    const reason = value.reasons[change.id]
    const key = changeLogReasonKey(change)
    if (reason === undefined || reason === '') delete reasons[key]
    else reasons[key] = reason
  }
  return { recordedBy: value.recordedBy, summary: value.summary, reasons }
}
