import { useCallback, useMemo } from 'react'
import { verdictChanges } from '../../../domain/draft/change-log-entry'
import { setChangeLogWork } from '../../../domain/draft/draft-edits'
import { localized } from '../../../domain/language'
import { todayIso } from '../../../domain/dates'
import type { ChangeLogMeta } from '../../../domain/draft/change-log-entry'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Desk } from '../use-desk'
import {
  changeLogMeta,
  changeLogReady,
  changeLogValueFrom,
  changeLogWorkFrom,
  type ChangeLogValue,
  type VerdictChangeLine,
} from './change-log-values'

export interface ChangeLogForm {
  value: ChangeLogValue
  onChange: (next: ChangeLogValue) => void
  /** The commitments whose verdict this publish sets, moves or withdraws. */
  verdictChanges: VerdictChangeLine[]
  /** What publishFiles writes into the logs; undefined until the form is complete. */
  meta: ChangeLogMeta | undefined
}

/**
 * The review's change-log form, kept in the draft (a closed tab loses none of it): the verdict
 * moves come from the published files and the drafted ones, as the log will record them.
 */
export function useChangeLogForm(desk: Desk): ChangeLogForm {
  const { t, lang } = useI18n()
  const { published, drafted, draft, edit } = desk
  const changes = useMemo(
    () =>
      verdictChanges(published, drafted).map((change) => ({
        id: change.commitmentId,
        title: localized(lang, change.title, change.titleEn),
        from: change.from,
        to: change.to,
      })),
    [published, drafted, lang],
  )
  const value = useMemo(() => changeLogValueFrom(draft.changeLog, changes), [draft, changes])
  const onChange = useCallback(
    (next: ChangeLogValue) =>
      edit((_, current) =>
        setChangeLogWork(current, changeLogWorkFrom(next, changes, current.changeLog)),
      ),
    [edit, changes],
  )
  // One object per value, so the publish check reruns only when the form really changed.
  const meta = useMemo(
    () => (changeLogReady(value, changes, t) ? changeLogMeta(value, todayIso()) : undefined),
    [value, changes, t],
  )
  return { value, onChange, verdictChanges: changes, meta }
}
