import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { DeadlineLight } from '../../../../lib/ui/deadline-light'

/**
 * The deadline light; for an open commitment with no stated deadline, how long it has been open
 * since the letter ("未写明期限 · 自答复函起已 1100 天"): "no deadline" is not "no hurry".
 * Nothing for reported results, which have no deadline to watch.
 */
export function DetailDeadline({ row }: { row: Pick<CommitmentRow, 'deadline' | 'openDays'> }) {
  const { t } = useI18n()
  if (!row.deadline) return null
  if (row.openDays === null) return <DeadlineLight state={row.deadline} />
  return (
    <span
      className="deadline-light light-none"
      data-light="none"
      data-field="open-days"
      data-days={row.openDays}
    >
      <span aria-hidden="true" className="light-shape">
        ○
      </span>
      {t('assessment.openDays', { days: row.openDays })}
    </span>
  )
}
