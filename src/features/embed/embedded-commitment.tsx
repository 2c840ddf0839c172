import { isRated } from '../../domain/commitment-kinds'
import { ProgressDeadlineFacts } from '../../lib/ui/assessment/progress-deadline-facts'
import { useId } from 'react'
import { localized } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { comparableBehindProgress } from '../../lib/export/comparable-evidence'
import { describeFigure } from '../../lib/export/describe-figure'
import { describeKind } from '../../lib/format/describe-assessment'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'
import { AssessmentStatus } from '../../lib/ui/assessment/assessment-status'
import { FreshnessNote } from '../../lib/ui/assessment/freshness-note'
import { EvidenceLine, LatestEvidence } from '../../lib/ui/assessment/latest-evidence'
import { LetterQuote } from '../../lib/ui/assessment/letter-quote'
import { ExternalLink } from '../../lib/ui/external-link'

/**
 * `commitment-<id>`: one commitment as a card for other pages, in the words of its one
 * assessment (the same widgets as the detail page, the list and the report): its status and why
 * (a reported result: its kind, no badge), its figure, progress with every reading, deadline or
 * how long it has been open, how long since the last news, the quote (marked when it is not in
 * the letter) and the newest evidence with its comparability label and caveat.
 */
export function EmbeddedCommitment({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const latest = row.latestEvidence?.update
  const comparable = comparableBehindProgress(row)
  return (
    <article
      className="embed-commitment"
      data-widget-id={`commitment-${c.id}`}
      data-commitment-id={c.id}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="embed-commitment-title">
        <a href={href(paths.commitment(c.id))}>{localized(lang, c.title, c.titleEn)}</a>
      </h1>
      <p className="embed-commitment-status">
        <AssessmentStatus row={row} /> <FreshnessNote row={row} />
      </p>
      <dl className="embed-commitment-facts">
        {isRated(c) && (
          <div>
            <dt>{t('assessment.label')}</dt>
            <dd>{describeKind(row, t)}</dd>
          </div>
        )}
        {figure && (
          <div>
            <dt>{t(c.kind === 'target' ? 'headline.target' : 'embed.commitment.figure')}</dt>
            <dd>
              <strong>{describeFigure(figure, t, lang)}</strong>{' '}
              <span className="as-written">
                ({t('headline.asWritten')}
                {figure.asWritten})
              </span>
            </dd>
          </div>
        )}
        <ProgressDeadlineFacts row={row} explain />
      </dl>
      <LetterQuote row={row} />
      <section className="embed-evidence" aria-label={t('embed.commitment.latestEvidence')}>
        <LatestEvidence row={row} />
        {latest?.source.url && (
          <p className="embed-evidence-source">
            <ExternalLink href={latest.source.url}>
              {t('embed.commitment.openSource', {
                title: localized(lang, latest.source.title, latest.source.titleEn),
              })}
            </ExternalLink>
          </p>
        )}
        {comparable && (
          <p className="embed-comparable" data-field="comparable-evidence">
            <strong>{t('embed.commitment.comparable')}:</strong>{' '}
            <EvidenceLine evidence={comparable} />
          </p>
        )}
      </section>
    </article>
  )
}
