import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import type { FundingEntry } from '../../../domain/schema/funding'
import type { ProgressUpdate } from '../../../domain/schema/update'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { ExternalLink } from '../../../lib/ui/external-link'

/** Where a funding figure comes from: the letter's words verbatim, or the report that gave it. */
export function FundingEvidence({
  evidence,
  updates,
}: {
  evidence: FundingEntry['evidence']
  updates: ReadonlyMap<string, ProgressUpdate>
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  if (evidence.type === 'document') {
    return (
      <div className="funding-evidence">
        <span className="evidence-label">{t('funding.evidence.document')}</span>
        <blockquote className="quote" lang="zh-CN">
          “{evidence.quote}”
        </blockquote>
        <a href={href(paths.document(evidence.documentId))}>{t('funding.evidence.openLetter')}</a>
      </div>
    )
  }
  const update = updates.get(evidence.updateId)
  if (!update) return <p>{t('funding.evidence.missing', { id: evidence.updateId })}</p>
  return (
    <div className="funding-evidence">
      <span className="evidence-label">
        {t('funding.evidence.update', {
          title: localized(lang, update.source.title, update.source.titleEn),
          date: formatDate(update.source.date, lang),
        })}
      </span>
      <p>{localized(lang, update.summary, update.summaryEn)}</p>
      {update.quote && (
        <blockquote className="quote" lang="zh-CN">
          “{update.quote}”
        </blockquote>
      )}
      {update.source.url && (
        <ExternalLink href={update.source.url}>{t('funding.evidence.sourceLink')}</ExternalLink>
      )}
    </div>
  )
}
