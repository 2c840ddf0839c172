import { describeNoEvidence } from '../../../../lib/format/describe-assessment'
import { useMemo } from 'react'
import { qualify } from '../../../../domain/assessment/assess'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { EvidenceItem } from './evidence-item'

/**
 * Every dated piece of evidence published by the "as of" day, newest first (the assessment's
 * own list), each with its comparability and caveat. None is said in words: silence is reported
 * as silence, never as zero.
 */
export function EvidenceTimeline({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  const { evidence, commitment } = row
  const unit = 'figure' in commitment && commitment.figure ? commitment.figure.unit : 'count'
  const items = useMemo(() => evidence.map(qualify), [evidence])
  return (
    <section className="detail-section detail-evidence" aria-labelledby="detail-evidence-title">
      <h2 id="detail-evidence-title">{t('detail.evidence.title')}</h2>
      {items.length === 0 ? (
        <div className="detail-no-evidence">
          <p className="state-badge state-no-evidence">{describeNoEvidence(row, t)}</p>
          {!row.evidenceUnavailable && <p>{t('detail.evidence.noneBody')}</p>}
        </div>
      ) : (
        <>
          <p>{t('detail.evidence.count', { count: items.length })}</p>
          <ol className="evidence-timeline">
            {items.map((item) => (
              <EvidenceItem key={item.update.id} evidence={item} unit={unit} />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
