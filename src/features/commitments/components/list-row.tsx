import { deadlineOf } from '../../../domain/commitment-kinds'
import type { Ref } from 'react'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeDeadline } from '../../../lib/format/describe-deadline'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { AssessmentStatus } from '../../../lib/ui/assessment/assessment-status'
import { ProgressReadings } from '../../../lib/ui/assessment/progress-readings'
import { DeadlineLight } from '../../../lib/ui/deadline-light'
import { ListEvidenceCell } from './list-evidence-cell'

/** Which cells a row has: see ListTable's `columns`. */
export type ListColumns = 'assessed' | 'unrated'

interface Props {
  row: CommitmentRow
  /** Document labels by id, when there are several: then each row names its own. */
  documentLabels: ReadonlyMap<string, string> | null
  columns: ListColumns
  /** Set when the table is virtualized: the row's place among all rows, and a measuring ref. */
  virtual?: { index: number; ref: Ref<HTMLTableRowElement> }
}

/**
 * One commitment as a table row (a card on narrow screens, see commitments.css), rendered from
 * its assessment with the shared widgets: the status badge, the progress readings of a measured
 * target or forecast, the deadline light and the latest evidence's label. A reported result, an
 * estimate or a declined request has no status, progress or deadline: those cells stay empty
 * (and are left out of its card), and its kind label, which is what every surface shows in
 * place of a status, says what it is. The reason behind a status is the detail page's to tell.
 */
export function ListRow({ row, documentLabels, columns, virtual }: Props) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  // A Chinese title shown in the English UI (no translation in the data) is marked as Chinese.
  const titleLang = lang === 'en' && !c.titleEn ? 'zh-CN' : undefined
  const rated = row.status !== null
  return (
    <tr
      data-commitment-id={c.id}
      data-rated={rated}
      {...(virtual
        ? // aria-rowindex counts the header row as 1, so screen readers say "row 4,002 of 55,001".
          { ref: virtual.ref, 'data-index': virtual.index, 'aria-rowindex': virtual.index + 2 }
        : {})}
    >
      <th scope="row" className="list-cell-title">
        <CellLabel text={t('list.column.commitment')} />
        <a href={href(paths.commitment(c.id))} lang={titleLang}>
          {title}
        </a>
      </th>
      {columns === 'assessed' && <AssessedCells row={row} />}
      {columns === 'unrated' && <KindCell row={row} />}
      <td className="list-cell-wide list-cell-evidence">
        <CellLabel text={t('list.column.evidence')} />
        <ListEvidenceCell row={row} />
      </td>
      {columns === 'assessed' && <KindCell row={row} />}
      <td className="list-cell-category">
        <CellLabel text={t('list.column.category')} />
        {t(`category.${c.category}`)}
      </td>
      <td className="list-cell-section">
        <CellLabel text={t('list.column.section')} />
        <span lang="zh-CN">{c.section}</span>
      </td>
      {documentLabels && (
        <td className="list-cell-document">
          <CellLabel text={t('list.column.document')} />
          {documentLabels.get(row.datasetId) ?? row.datasetId}
        </td>
      )}
    </tr>
  )
}

/** Status, progress and deadline: each only where the assessment has one. */
function AssessedCells({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const c = row.commitment
  const deadline = deadlineOf(c)
  const stated = deadline && deadline.type !== 'none' ? deadline : null
  return (
    <>
      {row.status ? (
        <td className="list-cell-wide list-cell-status">
          <CellLabel text={t('list.column.status')} />
          <AssessmentStatus row={row} reason={false} />
        </td>
      ) : (
        <EmptyCell />
      )}
      {/* Targets and forecasts, as on every surface: "no like-for-like value yet" until one. */}
      {c.kind === 'target' || c.kind === 'forecast' ? (
        <td className="list-cell-wide list-cell-progress">
          <CellLabel text={t('list.column.progress')} />
          {/* The shared line: both readings, each labelled, when the baseline's role is open. */}
          <ProgressReadings row={row} />
        </td>
      ) : (
        <EmptyCell />
      )}
      {row.deadline ? (
        <td className="list-cell-wide list-cell-deadline">
          <CellLabel text={t('list.column.deadline')} />
          <DeadlineLight state={row.deadline} />
          {stated && <span className="list-due">{describeDeadline(stated, t, lang)}</span>}
          {row.openDays !== null && (
            // No stated deadline is no excuse: say how long the letter's promise has stood.
            <span className="list-due" data-field="open-days" data-days={row.openDays}>
              {t('list.openDays', { days: row.openDays })}
            </span>
          )}
        </td>
      ) : (
        <EmptyCell />
      )}
    </>
  )
}

/**
 * The kind. For a commitment without a status the kind label is what stands in its place on
 * every surface (`data-field="status"`, read by the cross-surface test): no badge, no "—".
 */
function KindCell({ row }: { row: CommitmentRow }) {
  const { t } = useI18n()
  return (
    <td className="list-cell-kind">
      <CellLabel text={t('list.column.kind')} />
      {row.status ? t(`kind.${row.kind}`) : <AssessmentStatus row={row} reason={false} />}
    </td>
  )
}

/** A cell the assessment has nothing for: empty in the table, left out of a narrow card. */
function EmptyCell() {
  return <td className="list-cell-empty" />
}

/** The column name inside the cell, shown only when rows are stacked on narrow screens. */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="list-cell-label" aria-hidden="true">
      {text}
    </span>
  )
}
