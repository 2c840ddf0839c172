import { formatDate } from '../../domain/dates'
import { formatFigure } from '../../domain/figure-format'
import { localized } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { describeStatusReason } from '../../lib/format/describe-status'
import { useI18n } from '../../lib/i18n/i18n-context'
import { CommitmentDeadline } from '../../lib/ui/commitment-deadline'
import { StatusBadge } from '../../lib/ui/status-badge'

/**
 * One commitment on paper: status as shape and words (no colour needed), the reason, the
 * deadline, the letter's words and the newest evidence with its source written out (a printed
 * link has to show its address).
 */
export function ReportItem({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const latest = row.evidence[0]
  return (
    <li className="report-item" data-commitment-id={c.id}>
      <h3 className="report-item-title">
        <span className="report-section" lang="zh-CN">
          {c.section}
        </span>{' '}
        {localized(lang, c.title, c.titleEn)}
      </h3>
      <p className="report-status">
        {c.kind === 'result' ? (
          <span className="report-kind">{t('kind.result')}</span>
        ) : (
          <StatusBadge status={row.status.status} />
        )}{' '}
        <span className="report-reason">{describeStatusReason(row.status.reason, t, lang)}</span>
      </p>
      <dl className="report-facts">
        {figure && (
          <div>
            <dt>{t('embed.commitment.figure')}</dt>
            <dd>
              {formatFigure(figure, lang)}({t('headline.asWritten')}
              {figure.asWritten})
            </dd>
          </div>
        )}
        {c.kind !== 'result' && (
          <div>
            <dt>{t('headline.deadline')}</dt>
            <dd>
              <CommitmentDeadline row={{ ...row, commitment: c }} />
            </dd>
          </div>
        )}
      </dl>
      <blockquote className="quote report-quote" lang="zh-CN">
        “{c.quote}”
      </blockquote>
      {lang === 'en' && c.quoteEn && <p className="quote-translation">{c.quoteEn}</p>}
      <div className="report-evidence">
        <span className="report-evidence-label">{t('embed.commitment.latestEvidence')}:</span>{' '}
        {latest ? (
          <>
            {formatDate(latest.source.date, lang)} ·{' '}
            {localized(lang, latest.summary, latest.summaryEn)}
            <span className="report-source">
              {' '}
              ({t('detail.evidence.source')}
              {localized(lang, latest.source.title, latest.source.titleEn)}
              {latest.source.publisher &&
                ` · ${localized(lang, latest.source.publisher, latest.source.publisherEn)}`}
              {latest.source.url && (
                <>
                  {' '}
                  · <span className="report-url">{latest.source.url}</span>
                </>
              )}
              )
            </span>
          </>
        ) : (
          <span className="no-evidence">{t('state.no-evidence')}</span>
        )}
      </div>
    </li>
  )
}
