import { isMeasured, isRated } from '../../../domain/commitment-kinds'
import { localized } from '../../../domain/language'
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
  const { t, lang } = useI18n()
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
      {/* What the promise waits on, who carries it out, why a request was declined: a card that
          left these out would say more than the letter. */}
      {c.condition && (
        <div>
          <dt>{t('detail.facts.condition')}</dt>
          <dd data-field="condition">{localized(lang, c.condition, c.conditionEn)}</dd>
        </div>
      )}
      {c.implementer && (
        <div>
          <dt>{t('detail.facts.implementer')}</dt>
          <dd>{localized(lang, c.implementer.name, c.implementer.nameEn)}</dd>
        </div>
      )}
      {c.kind === 'declined' && (
        <div>
          <dt>{t('detail.facts.declinedReason')}</dt>
          <dd data-field="declined-reason">{localized(lang, c.reason, c.reasonEn)}</dd>
        </div>
      )}
    </>
  )
}
