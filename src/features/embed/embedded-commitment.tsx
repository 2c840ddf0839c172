import { useId } from 'react'
import { formatDate } from '../../domain/dates'
import { formatFigure } from '../../domain/figure-format'
import { localized } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { describeStatusReason } from '../../lib/format/describe-status'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'
import { CommitmentDeadline } from '../../lib/ui/commitment-deadline'
import { ExternalLink } from '../../lib/ui/external-link'
import { StatusBadge } from '../../lib/ui/status-badge'

/**
 * `commitment-<id>`: one promise as a card for other pages: its status and why, its figure and
 * deadline, the letter's words, and the newest published evidence (or that there is none).
 */
export function EmbeddedCommitment({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const latest = row.evidence[0]
  return (
    <article
      className="embed-commitment"
      data-widget-id={`commitment-${c.id}`}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="embed-commitment-title">
        <a href={href(paths.commitment(c.id))}>{localized(lang, c.title, c.titleEn)}</a>
      </h1>
      <p className="embed-commitment-status">
        <StatusBadge status={row.status.status} />{' '}
        <span>{describeStatusReason(row.status.reason, t, lang)}</span>
      </p>
      <dl className="embed-commitment-facts">
        {figure && (
          <div>
            <dt>{t(c.kind === 'target' ? 'headline.target' : 'embed.commitment.figure')}</dt>
            <dd>
              <strong>{formatFigure(figure, lang)}</strong>{' '}
              <span className="as-written">
                ({t('headline.asWritten')}
                {figure.asWritten})
              </span>
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
      <blockquote className="quote" lang="zh-CN">
        <span className="visually-hidden">{t('headline.quote')}</span>
        {c.section} · “{c.quote}”
      </blockquote>
      {lang === 'en' && c.quoteEn && <p className="quote-translation">{c.quoteEn}</p>}
      <section className="embed-evidence" aria-label={t('embed.commitment.latestEvidence')}>
        <p className="embed-evidence-label">{t('embed.commitment.latestEvidence')}</p>
        {latest ? (
          <>
            <p>
              <time dateTime={latest.source.date}>{formatDate(latest.source.date, lang)}</time>:
              {localized(lang, latest.summary, latest.summaryEn)}
            </p>
            <p className="embed-evidence-source">
              {t('detail.evidence.source')}
              {latest.source.url ? (
                <ExternalLink href={latest.source.url}>
                  {localized(lang, latest.source.title, latest.source.titleEn)}
                </ExternalLink>
              ) : (
                <cite>{localized(lang, latest.source.title, latest.source.titleEn)}</cite>
              )}
              {latest.source.publisher && (
                <> · {localized(lang, latest.source.publisher, latest.source.publisherEn)}</>
              )}
            </p>
          </>
        ) : (
          <p className="no-evidence">{t('state.no-evidence')}</p>
        )}
      </section>
    </article>
  )
}
