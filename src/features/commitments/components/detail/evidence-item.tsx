import { formatDate } from '../../../../domain/dates'
import { formatValue } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import type { Unit } from '../../../../domain/schema/primitives'
import type { ProgressUpdate } from '../../../../domain/schema/update'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../../lib/ui/external-link'
import { StatusBadge } from '../../../../lib/ui/status-badge'

const COMPARABILITY_SHAPES = { 'same-metric': '=', 'related-metric': '≈', context: 'i' } as const

/** One report: when, what it says, its own words, where it comes from and how far it compares. */
export function EvidenceItem({ update, unit }: { update: ProgressUpdate; unit: Unit }) {
  const { t, lang } = useI18n()
  const { source, comparability, verdict } = update
  const title = localized(lang, source.title, source.titleEn)
  const publisher = source.publisher ? localized(lang, source.publisher, source.publisherEn) : null
  return (
    <li className={`evidence-item evidence-${comparability}`} data-update-id={update.id}>
      <p className="evidence-dates">
        <time dateTime={source.date} className="evidence-published">
          {t('detail.evidence.published', { date: formatDate(source.date, lang) })}
        </time>
        <span className="evidence-as-of">
          {t('detail.evidence.asOf', { date: formatDate(update.asOf, lang) })}
        </span>
      </p>
      <p className="evidence-summary">{localized(lang, update.summary, update.summaryEn)}</p>
      <p className="evidence-meta">
        <span className={`comparability comparability-${comparability}`}>
          <span aria-hidden="true">{COMPARABILITY_SHAPES[comparability]}</span>
          {t(`comparability.${comparability}`)}
        </span>
        {update.value !== undefined && (
          <span className="evidence-value">
            {t('detail.evidence.value', { value: formatValue(update.value, unit, lang) })}
          </span>
        )}
      </p>
      {comparability !== 'same-metric' && (
        <p className="evidence-caveat" role="note">
          <strong>{t('detail.evidence.caveat')}</strong>{' '}
          {t(`detail.evidence.caveat.${comparability}`)}
        </p>
      )}
      {update.quote && (
        <blockquote className="evidence-quote" lang="zh-CN">
          <span className="visually-hidden">{t('detail.evidence.quote')}</span>“{update.quote}”
        </blockquote>
      )}
      {update.note && (
        <p className="evidence-note">{localized(lang, update.note, update.noteEn)}</p>
      )}
      <p className="evidence-source">
        {t('detail.evidence.source')}
        {source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : <cite>{title}</cite>}
        {publisher && <> · {publisher}</>}
      </p>
      {verdict && (
        <p className="evidence-verdict">
          {t('detail.evidence.verdict')}
          <StatusBadge status={verdict.status} />{' '}
          <time dateTime={verdict.date}>{formatDate(verdict.date, lang)}</time> ·{' '}
          {localized(lang, verdict.rationale, verdict.rationaleEn)}
        </p>
      )}
    </li>
  )
}
