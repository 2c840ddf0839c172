import { formatDate } from '../../../../domain/dates'
import { localized } from '../../../../domain/language'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeStatusReason } from '../../../../lib/format/describe-status'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { DeadlineLight } from '../../../../lib/ui/deadline-light'
import { StatusBadge } from '../../../../lib/ui/status-badge'

/**
 * The status and why: the rule's one-line reason, or the verdict with its date and rationale.
 * When a verdict and the rules disagree, both are shown: the reader decides, nothing is hidden.
 */
export function DetailStatus({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { status, deadline } = row
  const { verdict, computed } = status
  const differs = status.source === 'verdict' && computed.status !== status.status
  return (
    <section className="detail-section detail-status" aria-labelledby="detail-status-title">
      <h2 id="detail-status-title">{t('detail.status.title')}</h2>
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.status.label')}</dt>
          <dd>
            <StatusBadge status={status.status} />{' '}
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
        <div>
          <dt>{t('detail.deadline.title')}</dt>
          <dd>{deadline ? <DeadlineLight state={deadline} /> : t('detail.deadline.noLight')}</dd>
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
