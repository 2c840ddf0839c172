import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { EvidenceItem } from './evidence-item'

/**
 * Every dated piece of evidence published by the "as of" day, newest first. None is said in
 * words: silence is reported as silence, never as zero.
 */
export function EvidenceTimeline({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  const { evidence, commitment } = row
  const unit = 'figure' in commitment && commitment.figure ? commitment.figure.unit : 'count'
  return (
    <section className="detail-section detail-evidence" aria-labelledby="detail-evidence-title">
      <h2 id="detail-evidence-title">{t('detail.evidence.title')}</h2>
      {evidence.length === 0 ? (
        <div className="detail-no-evidence">
          <p className="state-badge state-no-evidence">
            <span aria-hidden="true" className="state-icon">
              ?
            </span>
            {t('state.no-evidence')}
          </p>
          <p>{t('detail.evidence.noneBody')}</p>
        </div>
      ) : (
        <>
          <p>{t('detail.evidence.count', { count: evidence.length })}</p>
          <ol className="evidence-timeline">
            {evidence.map((update) => (
              <EvidenceItem key={update.id} update={update} unit={unit} />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
