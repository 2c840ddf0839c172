import { isMeasured, isRated } from '../../../domain/commitment-kinds'
import type { CommitmentRow } from '../../data/commitment-rows'
import { useI18n } from '../../i18n/i18n-context'
import { CommitmentDeadline } from '../commitment-deadline'
import { ProgressReadings } from './progress-readings'

/**
 * The progress and deadline rows of a commitment's facts list (`<dl>`), as every card shows
 * them: progress for targets and forecasts, the deadline with its light (or how long a
 * no-deadline promise has been open) for everything but reported results.
 */
export function ProgressDeadlineFacts({
  row,
  explain = false,
}: {
  row: CommitmentRow
  /** Say why there are two readings (report, embed); the overview's cards leave it out. */
  explain?: boolean
}) {
  const { t } = useI18n()
  const c = row.commitment
  return (
    <>
      {isMeasured(c) && (
        <div>
          <dt>{t('assessment.progress')}</dt>
          <dd>
            <ProgressReadings row={row} explain={explain} />
          </dd>
        </div>
      )}
      {isRated(c) && (
        <div>
          <dt>{t('headline.deadline')}</dt>
          <dd>
            <CommitmentDeadline row={{ ...row, commitment: c }} />
          </dd>
        </div>
      )}
    </>
  )
}
