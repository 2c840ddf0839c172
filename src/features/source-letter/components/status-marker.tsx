import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { StatusBadge } from '../../../lib/ui/status-badge'

/**
 * The status after a marked quote: a shape and a word, never colour alone. Results the letter
 * reports as done are not promises to keep, so they say "reported" rather than "not rated".
 */
export function StatusMarker({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  if (row.commitment.kind === 'result') {
    return (
      <span className="letter-reported-badge" data-status="reported">
        <span aria-hidden="true">≡</span>
        {t('source.mark.reported')}
      </span>
    )
  }
  return <StatusBadge status={row.status.status} />
}
