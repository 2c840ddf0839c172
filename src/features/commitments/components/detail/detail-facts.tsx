import type { ReactNode } from 'react'
import { deadlineOf, figureOf, isMeasured, statedAsOf } from '../../../../domain/commitment-kinds'
import { formatDate, formatPartialDate } from '../../../../domain/dates'
import { formatFigure, formatValue } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import type { CommitmentKind, Deadline } from '../../../../domain/schema/commitment'
import type { Figure } from '../../../../domain/schema/primitives'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeDeadline } from '../../../../lib/format/describe-deadline'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../../lib/i18n/translate'

/**
 * What exactly was promised (read from the row's assessment): the figure formatted and exactly as written, the baseline with its
 * caveat, the deadline as the letter states it (or that it states none), routines, notes.
 */
/** What the figure is called: a target promises it, a result reports it, an estimate prices it. */
const FIGURE_TERM = {
  target: 'detail.facts.target',
  forecast: 'detail.facts.target',
  result: 'detail.facts.figure',
  estimate: 'detail.facts.estimate',
  promise: 'detail.facts.figure',
  declined: 'detail.facts.figure',
} as const satisfies Record<CommitmentKind, MessageKey>

export function DetailFacts({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { commitment, latestComparable: latest } = row
  const facts: Array<{ term: string; value: ReactNode }> = []

  const figure = figureOf(commitment)
  if (figure) {
    facts.push({
      term: t(FIGURE_TERM[commitment.kind]),
      value: <FigureValue figure={figure} />,
    })
  }
  if (commitment.kind === 'declined') {
    facts.push({
      term: t('detail.facts.declinedReason'),
      value: localized(lang, commitment.reason, commitment.reasonEn),
    })
  }
  if (commitment.kind === 'target' && commitment.baseline) {
    const { baseline } = commitment
    facts.push({
      term: t('detail.facts.baseline'),
      value: (
        <>
          {formatValue(baseline.value, commitment.figure, lang)} ·{' '}
          {baseline.asOf
            ? t('detail.facts.baselineAsOf', { date: formatPartialDate(baseline.asOf, lang) })
            : t('detail.facts.baselineUndated')}
          <Note zh={baseline.note} en={baseline.noteEn} />
        </>
      ),
    })
    // Whether the baseline counts is what decides one reading or two: say what the data says.
    facts.push({
      term: t('detail.facts.baselineRelation'),
      value: t(`detail.facts.baselineRelation.${baseline.relation ?? 'not-stated'}`),
    })
  }
  if (isMeasured(commitment)) {
    facts.push({
      term: t('detail.facts.latest'),
      value: latest
        ? t(
            latest.counting === 'new' ? 'detail.facts.latestValueNew' : 'detail.facts.latestValue',
            {
              value: formatValue(latest.value, commitment.figure, lang),
              date: formatDate(latest.asOf, lang),
            },
          )
        : t('assessment.progress.none'),
    })
  }
  const deadline = deadlineOf(commitment)
  const asOf = statedAsOf(commitment)
  if (deadline) {
    facts.push({
      term: t('detail.facts.deadline'),
      value: <DeadlineValue deadline={deadline} />,
    })
  } else if (asOf !== undefined) {
    facts.push({
      term: t('detail.facts.resultAsOf'),
      value: asOf ? formatPartialDate(asOf, lang) : t('detail.facts.resultUndated'),
    })
  }
  if (commitment.condition) {
    facts.push({
      term: t('detail.facts.condition'),
      value: localized(lang, commitment.condition, commitment.conditionEn),
    })
  }
  if (commitment.implementer) {
    facts.push({
      term: t('detail.facts.implementer'),
      value: localized(lang, commitment.implementer.name, commitment.implementer.nameEn),
    })
  }
  if (commitment.kind === 'promise' && commitment.routines && commitment.routines.length > 0) {
    facts.push({
      term: t('detail.facts.routines'),
      value: commitment.routines.map((r) => t(`routine.${r}`)).join(lang === 'en' ? ', ' : '、'),
    })
  }
  if (commitment.note) {
    facts.push({
      term: t('detail.facts.note'),
      value: localized(lang, commitment.note, commitment.noteEn),
    })
  }

  return (
    <section className="detail-section detail-promise" aria-labelledby="detail-facts-title">
      <h2 id="detail-facts-title">{t('detail.facts.title')}</h2>
      <dl className="detail-facts">
        {facts.map(({ term, value }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** "≥ 3亿元" beside "(原文:3亿元以上)", so the reader can find the figure in the letter. */
function FigureValue({ figure }: { figure: Figure }) {
  const { t, lang } = useI18n()
  return (
    <>
      <span className="figure-main">{formatFigure(figure, lang)}</span>{' '}
      <span className="as-written">
        ({t('headline.asWritten')}
        <span lang="zh-CN">{figure.asWritten}</span>)
      </span>
    </>
  )
}

function DeadlineValue({ deadline }: { deadline: Deadline }) {
  const { t, lang } = useI18n()
  return (
    <>
      {describeDeadline(deadline, t, lang)}
      <Note zh={deadline.note} en={deadline.noteEn} />
    </>
  )
}

function Note({ zh, en }: { zh: string | undefined; en: string | undefined }) {
  const { lang } = useI18n()
  if (!zh && !en) return null
  return <span className="detail-note">{localized(lang, zh ?? en ?? '', en)}</span>
}
