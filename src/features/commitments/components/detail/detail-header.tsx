import { localized } from '../../../../domain/language'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { DeadlineLight } from '../../../../lib/ui/deadline-light'
import { StatusBadge } from '../../../../lib/ui/status-badge'

/** The title and the facts that classify it, with the status and deadline at a glance. */
export function DetailHeader({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { commitment } = row
  return (
    <header className="detail-header">
      <h1 className="detail-title">{localized(lang, commitment.title, commitment.titleEn)}</h1>
      <div className="detail-badges">
        {commitment.kind === 'result' ? (
          <span className="detail-kind-badge">
            <span aria-hidden="true">≡</span>
            {t('kind.result')}
          </span>
        ) : (
          <StatusBadge status={row.status.status} />
        )}
        {row.deadline && <DeadlineLight state={row.deadline} />}
      </div>
      <dl className="detail-classification">
        <div>
          <dt>{t('detail.kind')}</dt>
          <dd>{t(`kind.${commitment.kind}`)}</dd>
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
