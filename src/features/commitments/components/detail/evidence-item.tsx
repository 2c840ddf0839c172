import type { QualifiedEvidence } from '../../../../domain/assessment/assess'
import { formatDate } from '../../../../domain/dates'
import { formatValue } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import type { Unit } from '../../../../domain/schema/primitives'
import { describeCaveat, describeComparability } from '../../../../lib/format/describe-assessment'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../../lib/ui/external-link'
import { StatusBadge } from '../../../../lib/ui/status-badge'

const COMPARABILITY_SHAPES = { 'same-metric': '=', 'related-metric': '≈', context: 'i' } as const

/**
 * One report: when, what it says, its own words, where it comes from and how far it compares.
 * The comparability label and, for a related metric or context, the caveat come from the same
 * words every surface uses: no item of evidence appears without them.
 */
export function EvidenceItem({ evidence, unit }: { evidence: QualifiedEvidence; unit: Unit }) {
  const { t, lang } = useI18n()
  const { update, comparability } = evidence
  const { source, verdict } = update
  const title = localized(lang, source.title, source.titleEn)
  const publisher = source.publisher ? localized(lang, source.publisher, source.publisherEn) : null
  // The caveat carries the item's own note: it is not repeated below it.
  const caveat = describeCaveat(evidence, t, lang)
  return (
    <li
      className={`evidence-item evidence-${comparability}`}
      data-update-id={update.id}
      data-comparability={comparability}
    >
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
          {describeComparability(evidence, t)}
        </span>
        {update.value !== undefined && (
          <span className="evidence-value">
            {t(update.counting === 'new' ? 'detail.evidence.valueNew' : 'detail.evidence.value', {
              value: formatValue(update.value, unit, lang),
            })}
          </span>
        )}
      </p>
      {caveat && (
        <p className="evidence-caveat" role="note" data-field="caveat">
          <strong>{t('assessment.evidence.caveat')}</strong>
          {caveat}
        </p>
      )}
      {update.quote && (
        <blockquote className="evidence-quote" lang="zh-CN">
          <span className="visually-hidden">{t('detail.evidence.quote')}</span>“{update.quote}”
        </blockquote>
      )}
      {!caveat && update.note && (
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
