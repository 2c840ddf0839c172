import { localized } from '../../../../domain/language'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeKind } from '../../../../lib/format/describe-assessment'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { AssessmentStatus } from '../../../../lib/ui/assessment/assessment-status'
import { DetailDeadline } from './detail-deadline'

/**
 * The title and the facts that classify it, with the status and deadline at a glance. A reported
 * result shows its kind and no badge: it is not a promise, so there is nothing to rate.
 */
export function DetailHeader({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { commitment } = row
  return (
    <header className="detail-header">
      <h1 className="detail-title">{localized(lang, commitment.title, commitment.titleEn)}</h1>
      <div className="detail-badges">
        <AssessmentStatus row={row} reason={false} />
        <DetailDeadline row={row} />
      </div>
      <dl className="detail-classification">
        <div>
          <dt>{t('detail.kind')}</dt>
          <dd>{describeKind(row, t)}</dd>
        </div>
        <div>
          <dt>{t('detail.category')}</dt>
          <dd>{t(`category.${commitment.category}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.section')}</dt>
          <dd lang="zh-CN">{commitment.section}</dd>
        </div>
      </dl>
    </header>
  )
}
