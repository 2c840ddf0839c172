import { useId } from 'react'
import { formatFigure, formatPercent, formatValue } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import type { Figure } from '../../../domain/schema/primitives'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeKind, describeProgress } from '../../../lib/format/describe-assessment'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { AssessmentStatus } from '../../../lib/ui/assessment/assessment-status'
import { FreshnessNote } from '../../../lib/ui/assessment/freshness-note'
import { LatestEvidence } from '../../../lib/ui/assessment/latest-evidence'
import { LetterQuote } from '../../../lib/ui/assessment/letter-quote'
import { ProgressDeadlineFacts } from '../../../lib/ui/assessment/progress-deadline-facts'

/**
 * One headline item of a letter, whatever its kind: its label, status (none for a reported
 * result), progress readings, deadline light, latest evidence with its caveat, freshness and the
 * letter's words. Everything comes from the row's one assessment; the title opens its detail.
 */
export function HeadlineCard({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  const figure = 'figure' in c ? c.figure : undefined
  const baseline = c.kind === 'target' ? c.baseline : undefined
  const percent = row.progress?.percent ?? null
  return (
    <article
      className={`headline-card headline-${row.kind}`}
      data-commitment-id={c.id}
      data-kind={row.kind}
      aria-labelledby={titleId}
    >
      <h3 className="headline-card-title" id={titleId}>
        <a href={href(paths.commitment(c.id))}>{title}</a>
      </h3>
      <p className="headline-status">
        {/* A result's kind is its status line already (AssessmentStatus says it, with no badge). */}
        {row.status && (
          <>
            <span className="kind-label" data-field="kind">
              {describeKind(row, t)}
            </span>{' '}
          </>
        )}
        <AssessmentStatus row={row} />
      </p>
      <dl className="headline-figures">
        {figure && (
          <div>
            <dt>
              {t(
                `overview.headline.figure.${row.kind === 'promise' || row.kind === 'declined' ? 'target' : row.kind}`,
              )}
            </dt>
            <dd className="figure-main">
              {formatFigure(figure, lang)} <AsWritten figure={figure} />
            </dd>
          </div>
        )}
        {baseline && figure && (
          <div>
            <dt>{t('headline.baseline')}</dt>
            <dd>
              {t('overview.headline.baseline', {
                value: formatValue(baseline.value, figure, lang),
                relation: t(`overview.headline.relation.${baseline.relation ?? 'not-stated'}`),
              })}
            </dd>
          </div>
        )}
        <ProgressDeadlineFacts row={row} />
      </dl>
      {/* One bar only when there is one reading: two readings must not be drawn as one. */}
      {percent !== null && (
        <meter
          className="progress-meter"
          min={0}
          max={1}
          value={Math.min(percent, 1)}
          aria-label={describeProgress(row, t, lang) ?? formatPercent(percent, lang)}
        />
      )}
      <FreshnessNote row={row} />
      <LatestEvidence row={row} />
      <LetterQuote row={row} />
      {(c.note || c.noteEn) && <p className="note">{localized(lang, c.note ?? '', c.noteEn)}</p>}
    </article>
  )
}

/** The figure exactly as the letter wrote it, so a reader can find it in the source. */
function AsWritten({ figure }: { figure: Figure }) {
  const { t } = useI18n()
  return (
    <span className="as-written">
      ({t('headline.asWritten')}
      {figure.asWritten})
    </span>
  )
}
