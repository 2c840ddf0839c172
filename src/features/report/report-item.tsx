import { isRated } from '../../domain/commitment-kinds'
import { ProgressDeadlineFacts } from '../../lib/ui/assessment/progress-deadline-facts'
import { localized } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { comparableBehindProgress } from '../../lib/export/comparable-evidence'
import { describeFigure } from '../../lib/export/describe-figure'
import { describeKind } from '../../lib/format/describe-assessment'
import { useI18n } from '../../lib/i18n/i18n-context'
import { AssessmentStatus } from '../../lib/ui/assessment/assessment-status'
import { FreshnessNote } from '../../lib/ui/assessment/freshness-note'
import { EvidenceLine, LatestEvidence } from '../../lib/ui/assessment/latest-evidence'
import { LetterQuote } from '../../lib/ui/assessment/letter-quote'

/**
 * One commitment on paper, in the words of its one assessment (the same widgets as every other
 * surface): status as shape and words, or for a reported result its kind and no badge; progress
 * with every reading and its basis; the deadline or how long it has been open; how long since the
 * last news; the quote, marked when it is not in the letter; the newest evidence with its
 * comparability label and caveat and its address written out (a printed link has to show it).
 */
export function ReportItem({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const comparable = comparableBehindProgress(row)
  return (
    <li className="report-item" data-commitment-id={c.id}>
      <h3 className="report-item-title">
        <span className="report-section" lang="zh-CN">
          {c.section}
        </span>{' '}
        {localized(lang, c.title, c.titleEn)}
      </h3>
      <p className="report-status">
        <AssessmentStatus row={row} /> <FreshnessNote row={row} />
      </p>
      <dl className="report-facts">
        {isRated(c) && (
          <div>
            <dt>{t('assessment.label')}</dt>
            <dd className="report-kind-text">{describeKind(row, t)}</dd>
          </div>
        )}
        {figure && (
          <div>
            <dt>{t('embed.commitment.figure')}</dt>
            <dd>
              {describeFigure(figure, t, lang)}({t('headline.asWritten')}
              {figure.asWritten})
            </dd>
          </div>
        )}
        <ProgressDeadlineFacts row={row} explain />
      </dl>
      <LetterQuote row={row} className="quote report-quote" />
      <div className="report-evidence">
        <LatestEvidence row={row} showUrl />
        {comparable && (
          <p className="report-comparable" data-field="comparable-evidence">
            <span className="report-evidence-label">{t('embed.commitment.comparable')}:</span>{' '}
            <EvidenceLine evidence={comparable} showUrl />
          </p>
        )}
      </div>
    </li>
  )
}
