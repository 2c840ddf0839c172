import { useId } from 'react'
import { derivedFrom } from '../../../lib/collections/derived-from'
import { compareIso } from '../../../domain/compare-iso'
import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DeadlineLight } from '../../../lib/ui/deadline-light'
import type { DeadlineState } from '../../../domain/deadline'
import { Heading } from '../../../lib/ui/heading'
import { WidgetTools } from '../../../lib/ui/widget-tools'

/** Listed at a glance, earliest first; the commitments list shows every one of them. */
const LISTED_URGENT = 10

/**
 * Overdue and soon-due commitments, earliest first, and how many state no deadline at all: in
 * most reply letters that is the larger number, and worth saying.
 */
export function UpcomingDeadlines({
  rows,
  limit = LISTED_URGENT,
}: {
  rows: readonly CommitmentRow[]
  /** How many are listed before the link to the rest (fewer on the first screen). */
  limit?: number
}) {
  const { t } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const { urgent, noneStated, onTrack } = deadlineFactsOf(rows, '', () => deadlineFacts(rows))
  return (
    <section
      className="overview-widget upcoming-deadlines"
      data-widget-id="deadlines"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {t('overview.deadlines.title')}
      </Heading>
      <p className="chart-summary">{t('overview.deadlines.summary')}</p>
      {urgent.length === 0 ? (
        <p>{t('overview.deadlines.empty')}</p>
      ) : (
        <>
          <ol className="deadline-list">
            {urgent.slice(0, limit).map((item) => (
              <UrgentItem key={item.row.commitment.id} {...item} />
            ))}
          </ol>
          {/* Across a province's letters thousands can be overdue: the list has them all. */}
          {urgent.length > limit && (
            <p>
              <a href={href(paths.commitments(), { deadline: 'red,yellow', sort: 'deadline' })}>
                {t('overview.deadlines.more', { total: urgent.length })}
              </a>
            </p>
          )}
        </>
      )}
      <p className="deadline-none-stated" data-count={noneStated}>
        <span aria-hidden="true" className="light-shape">
          ○
        </span>{' '}
        <strong>{t('overview.deadlines.noneStated', { count: noneStated })}</strong>
        {noneStated > 0 && <span className="note"> {t('overview.deadlines.noneStatedNote')}</span>}
      </p>
      {onTrack > 0 && <p>{t('overview.deadlines.onTrack', { count: onTrack })}</p>}
      <WidgetTools id="deadlines" title={t('overview.deadlines.title')} describedBy={titleId} />
    </section>
  )
}

function UrgentItem({
  row,
  deadline,
  due,
}: {
  row: CommitmentRow
  deadline: DeadlineState
  due: string
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  return (
    // Not data-commitment-id: that hook names the headline card, once per page.
    <li data-deadline-for={row.commitment.id}>
      <DeadlineLight state={deadline} />
      <a href={href(paths.commitment(row.commitment.id))}>
        {localized(lang, row.commitment.title, row.commitment.titleEn)}
      </a>
      <span className="deadline-due">
        {t('overview.deadlines.due', { date: formatDate(due, lang) })}
      </span>
    </li>
  )
}

interface DeadlineFacts {
  urgent: Array<{ row: CommitmentRow; deadline: DeadlineState; due: string }>
  noneStated: number
  onTrack: number
}

/** Once per rows array: the glance and its embed read the same 55,000 rows at a province's scale. */
const deadlineFactsOf = derivedFrom<readonly CommitmentRow[], DeadlineFacts>()

function deadlineFacts(rows: readonly CommitmentRow[]): DeadlineFacts {
  const urgent: DeadlineFacts['urgent'] = []
  let noneStated = 0
  let onTrack = 0
  for (const row of rows) {
    const deadline = row.deadline
    if (!deadline) continue
    if (deadline.light === 'none') noneStated++
    else if (deadline.light === 'green') onTrack++
    if (deadline.due && (deadline.light === 'red' || deadline.light === 'yellow')) {
      urgent.push({ row, deadline, due: deadline.due })
    }
  }
  // ISO dates in order by code unit (a collator was the slow part of sorting thousands).
  urgent.sort((a, b) => compareIso(a.due, b.due))
  return { urgent, noneStated, onTrack }
}
