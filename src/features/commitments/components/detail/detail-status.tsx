import { formatDate } from '../../../../domain/dates'
import { localized } from '../../../../domain/language'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeStatusReason } from '../../../../lib/format/describe-status'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { AssessmentStatus } from '../../../../lib/ui/assessment/assessment-status'
import { FreshnessNote } from '../../../../lib/ui/assessment/freshness-note'
import { ProgressReadings } from '../../../../lib/ui/assessment/progress-readings'
import { DetailDeadline } from './detail-deadline'
import { DetailLatestEvidence } from './detail-latest-evidence'

/**
 * The status and why, read from the row's one assessment: the rule's reason, or the verdict with
 * its date and rationale; the progress in every reading the data allows; the latest evidence
 * with its label and caveat; how long since the last news; the deadline. When a verdict and the
 * rules disagree, both are shown: the reader decides, nothing is hidden.
 */
export function DetailStatus({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { status } = row
  if (!status) return <ResultStatus row={row} />
  const { verdict, computed } = status
  const differs = status.source === 'verdict' && computed.status !== status.status
  return (
    <section className="detail-section detail-status" aria-labelledby="detail-status-title">
      <h2 id="detail-status-title">{t('detail.status.title')}</h2>
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.status.label')}</dt>
          <dd>
            <AssessmentStatus row={row} reason={false} />{' '}
            <span className="detail-status-source">({t(`status.source.${status.source}`)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.status.why')}</dt>
          <dd className="detail-reason">{describeStatusReason(status.reason, t, lang)}</dd>
        </div>
        {verdict && (
          <>
            <div>
              <dt>{t('detail.verdict.date')}</dt>
              <dd>
                <time dateTime={verdict.date}>{formatDate(verdict.date, lang)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('detail.verdict.rationale')}</dt>
              <dd className="detail-rationale">
                {localized(lang, verdict.rationale, verdict.rationaleEn)}
              </dd>
            </div>
          </>
        )}
        {(row.kind === 'target' || row.kind === 'forecast') && (
          <div>
            <dt>{t('detail.status.progress')}</dt>
            <dd>
              <ProgressReadings row={row} explain />
            </dd>
          </div>
        )}
        <DetailLatestEvidence row={row} />
        {row.freshness && (
          <div>
            <dt>{t('detail.status.freshness')}</dt>
            <dd>
              <FreshnessNote row={row} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('detail.deadline.title')}</dt>
          <dd>
            <DetailDeadline row={row} />
          </dd>
        </div>
      </dl>
      {differs && (
        <p className="detail-differs" role="note">
          {t('status.differs', {
            verdict: t(`status.${status.status}`),
            computed: t(`status.${computed.status}`),
          })}{' '}
          {t('detail.verdict.computedReason', {
            reason: describeStatusReason(computed.reason, t, lang),
          })}
        </p>
      )}
    </section>
  )
}

/**
 * A reported result: its kind and no status (it is not a promise), no deadline, and the
 * evidence about it with its label and caveat, for reference.
 */
function ResultStatus({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  return (
    <section className="detail-section detail-status" aria-labelledby="detail-status-title">
      <h2 id="detail-status-title">{t('detail.status.titleResult')}</h2>
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.status.kind')}</dt>
          <dd>
            <AssessmentStatus row={row} reason={false} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.status.why')}</dt>
          <dd className="detail-reason">{t('detail.status.resultBody')}</dd>
        </div>
        <DetailLatestEvidence row={row} />
        <div>
          <dt>{t('detail.deadline.title')}</dt>
          <dd>{t('detail.deadline.noLight')}</dd>
        </div>
      </dl>
    </section>
  )
}
