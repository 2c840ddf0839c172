import { describeNoEvidence } from '../../../../lib/format/describe-assessment'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { EvidenceLine } from '../../../../lib/ui/assessment/latest-evidence'

/**
 * "最新进展证据" as a term of the status list: the newest evidence of any kind with its
 * comparability label and caveat, as every surface shows it (the progress above it is read from
 * the newest like-for-like figure only, which the facts name). It comes before the timeline, so
 * it is the page's first `evidence-label`, the one the cross-surface test reads.
 */
export function DetailLatestEvidence({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  const latest = row.latestEvidence
  return (
    <div>
      <dt>{t('detail.status.latest')}</dt>
      <dd className="latest-evidence">
        {latest ? (
          <EvidenceLine evidence={latest} />
        ) : (
          <span className="no-evidence" data-field="evidence-label" data-comparability="none">
            {describeNoEvidence(row, t)}
          </span>
        )}
      </dd>
    </div>
  )
}
