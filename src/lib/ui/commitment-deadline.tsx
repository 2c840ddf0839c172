import type { RatedCommitment } from '../../domain/commitment-kinds'
import type { CommitmentRow } from '../data/commitment-rows'
import { describeDeadline } from '../format/describe-deadline'
import { useI18n } from '../i18n/i18n-context'
import { DeadlineLight } from './deadline-light'

type DeadlineRow = CommitmentRow & { commitment: RatedCommitment }

/**
 * A commitment's deadline in words with its light (embeds and the printed report), or for an open
 * commitment with no deadline how long it has been open.
 */
export function CommitmentDeadline({ row }: { row: DeadlineRow }) {
  const { t, lang } = useI18n()
  const { deadline } = row.commitment
  // No deadline, still open: say how long since the letter promised it ("未写明期限" included).
  if (row.openDays !== null) {
    return (
      <span className="open-days" data-field="open-days" data-days={row.openDays}>
        {t('assessment.openDays', { days: row.openDays })}
      </span>
    )
  }
  return (
    <>
      {/* "No deadline stated" is the light's own words: say it once. */}
      {deadline.type !== 'none' && <>{describeDeadline(deadline, t, lang)} </>}
      {row.deadline ? (
        <DeadlineLight state={row.deadline} />
      ) : (
        deadline.type === 'none' && describeDeadline(deadline, t, lang)
      )}
    </>
  )
}
