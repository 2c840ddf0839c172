import { describeNoEvidence } from '../../../lib/format/describe-assessment'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { EvidenceLine } from '../../../lib/ui/assessment/latest-evidence'

/**
 * The latest evidence in a list row, as the shared <EvidenceLine> tells it: its comparability
 * label, date and words, and for a related metric or context its caveat, which never stays
 * behind on the detail page (the column header already says "latest evidence").
 */
export function ListEvidenceCell({
  row,
}: {
  row: Pick<CommitmentRow, 'latestEvidence' | 'evidenceUnavailable'>
}) {
  const { t } = useI18n()
  const latest = row.latestEvidence
  if (!latest) {
    return (
      <span
        className="no-evidence list-muted"
        data-field="evidence-label"
        data-comparability="none"
      >
        {describeNoEvidence(row, t)}
      </span>
    )
  }
  return (
    <span className="list-evidence">
      <EvidenceLine evidence={latest} />
    </span>
  )
}
