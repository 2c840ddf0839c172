import { deadlineOf } from '../../../domain/commitment-kinds'
import { formatDate } from '../../../domain/dates'
import type { Language } from '../../../domain/language'
import { localized } from '../../../domain/language'
import type { TimelineRow } from '../../../domain/assessment/timeline'
import type { ChartTable } from '../../chart/chart-frame'
import type { CommitmentRow } from '../../data/commitment-rows'
import { describeDaysLeft, describeDeadline } from '../../format/describe-deadline'
import type { MessageKey, Translate } from '../../i18n/translate'
import { describeCaveat } from '../../format/describe-assessment'
import { qualify } from '../../../domain/assessment/assess'

export type CommitmentTimelineRow = TimelineRow<CommitmentRow>

/** Everything a timeline row says, as words: the table, the tooltip and the labels use these. */
export interface TimelineRowWords {
  title: string
  status: string
  letter: string
  deadline: string
  evidence: string
  /** The same with only the rule as caveat, for the tooltip. */
  evidenceShort: string
}

export function describeTimelineRow(
  row: CommitmentTimelineRow,
  t: Translate,
  lang: Language,
): TimelineRowWords {
  const { commitment } = row.source
  return {
    title: localized(lang, commitment.title, commitment.titleEn),
    status: t(`status.${row.status}`),
    letter: describeStart(row, t, lang),
    deadline: describeEnd(row, t, lang),
    evidence: describeMarkers(row, t, lang, 'full'),
    evidenceShort: describeMarkers(row, t, lang, 'short'),
  }
}

function describeStart(row: CommitmentTimelineRow, t: Translate, lang: Language): string {
  if (row.letterDate) return formatDate(row.letterDate, lang)
  if (row.start) return t('timeline.startFromEvidence', { date: formatDate(row.start, lang) })
  return t('timeline.noBar')
}

/** The deadline as the letter states it, with the days left or overdue while it is open. */
function describeEnd(row: CommitmentTimelineRow, t: Translate, lang: Language): string {
  const deadline = deadlineOf(row.source.commitment)
  const state = row.source.deadline
  if (row.openEnded || !deadline || !state) return t('timeline.openEnded')
  const days = state.light === 'done' ? '' : describeDaysLeft(state, t)
  return [describeDeadline(deadline, t, lang), days].filter(Boolean).join(' · ')
}

/**
 * Each piece of evidence by date and comparability; evidence that is not like-for-like always
 * carries its caveat: in full (the rule and the data's own note) in the table, the rule alone in
 * the tooltip, where space is short.
 */
function describeMarkers(
  row: CommitmentTimelineRow,
  t: Translate,
  lang: Language,
  caveats: 'full' | 'short',
): string {
  if (row.source.evidenceUnavailable) return t('assessment.evidence.unavailable')
  if (row.markers.length === 0) return t('state.no-evidence')
  return row.markers
    .map((marker) => {
      const date = formatDate(marker.date, lang)
      const comparability = t(`comparability.${marker.comparability}`)
      const update = row.source.evidence.find((u) => u.id === marker.id)
      const caveat = update && describeCaveat(qualify(update), t, lang)
      if (!caveat) return t('timeline.evidenceItem', { date, comparability })
      return t('timeline.evidenceWithCaveat', {
        date,
        comparability,
        caveat:
          caveats === 'full'
            ? caveat
            : t(`assessment.evidence.caveatGeneric.${marker.comparability}` as MessageKey),
      })
    })
    .join(lang === 'en' ? '; ' : ';')
}

/** The chart's figures as a table, one row per commitment, in the chart's order. */
export function timelineTable(
  rows: readonly CommitmentTimelineRow[],
  t: Translate,
  lang: Language,
): ChartTable {
  return {
    columns: [
      t('timeline.col.commitment'),
      t('timeline.col.status'),
      t('timeline.col.letter'),
      t('timeline.col.deadline'),
      t('timeline.col.evidence'),
    ],
    rows: rows.map((row) => {
      const words = describeTimelineRow(row, t, lang)
      return [words.title, words.status, words.letter, words.deadline, words.evidence]
    }),
  }
}
