import type { Assessment, QualifiedEvidence } from '../../../domain/assessment/assess'
import { formatDate } from '../../../domain/dates'
import './assessment.css'
import { localized } from '../../../domain/language'
import {
  describeCaveat,
  describeComparability,
  describeEvidenceSource,
} from '../../format/describe-assessment'
import { useI18n } from '../../i18n/i18n-context'

/**
 * The newest evidence about a commitment, as every surface shows it: date, what it says, its
 * comparability label and, for a related metric or context, its caveat. Evidence never appears
 * without its label. `data-field="evidence-label"` is read by the cross-surface test.
 */
export function LatestEvidence({
  row,
  showUrl = false,
  labelled = true,
}: {
  row: Pick<
    Assessment,
    'latestEvidence' | 'latestComparable' | 'commitment' | 'evidenceUnavailable'
  >
  /** Printed pages write the address out: a printed link has to show where it goes. */
  showUrl?: boolean
  /** Leave out the "Latest evidence:" label where a list's term already says it. */
  labelled?: boolean
}) {
  const { t } = useI18n()
  const latest = row.latestEvidence
  return (
    <div className="latest-evidence">
      {labelled && (
        <>
          <span className="latest-evidence-label">{t('assessment.evidence.latest')}:</span>{' '}
        </>
      )}
      {latest ? (
        <EvidenceLine evidence={latest} showUrl={showUrl} />
      ) : row.evidenceUnavailable ? (
        <span className="no-evidence" data-field="evidence-label" data-comparability="unknown">
          {t('assessment.evidence.unavailable')}
        </span>
      ) : (
        <span className="no-evidence" data-field="evidence-label" data-comparability="none">
          {t('assessment.evidence.none')}
        </span>
      )}
    </div>
  )
}

/** One piece of evidence in a line, with its label and caveat (also used by the evidence page). */
export function EvidenceLine({
  evidence,
  showUrl = false,
}: {
  evidence: QualifiedEvidence
  showUrl?: boolean
}) {
  const { t, lang } = useI18n()
  const { update } = evidence
  const caveat = describeCaveat(evidence, t, lang)
  return (
    <>
      <span
        className={`comparability-label comparability-${evidence.comparability}`}
        data-field="evidence-label"
        data-comparability={evidence.comparability}
      >
        {describeComparability(evidence, t)}
      </span>{' '}
      <time dateTime={update.source.date}>{formatDate(update.source.date, lang)}</time> ·{' '}
      <span className="evidence-summary">{localized(lang, update.summary, update.summaryEn)}</span>{' '}
      <span className="evidence-source">
        ({t('assessment.evidence.source', { source: describeEvidenceSource(evidence, lang) })}
        {showUrl && update.source.url && (
          <>
            {' '}
            · <span className="evidence-url">{update.source.url}</span>
          </>
        )}
        )
      </span>
      {caveat && (
        <span className="evidence-caveat" data-field="caveat">
          {' '}
          <strong>{t('assessment.evidence.caveat')}</strong>
          {caveat}
        </span>
      )}
    </>
  )
}
