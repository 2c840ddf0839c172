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

interface Props {
  row: CommitmentRow
  /** Document labels by id, when there are several: then each row names its own. */
  documentLabels: ReadonlyMap<string, string> | null
  /** Set when the table is virtualized: the row's place among all rows, and a measuring ref. */
  virtual?: { index: number; ref: Ref<HTMLTableRowElement> }
}

/**
 * One commitment as a table row (a card on narrow screens, see commitments.css), rendered from
 * its assessment with the shared widgets: the status badge (or, for a reported result, its kind
 * and no badge), the progress readings of a target or forecast, and the latest evidence's label.
 * The reason behind the status is the detail page's to tell.
 */
export function ListRow({ row, documentLabels, virtual }: Props) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  // A Chinese title shown in the English UI (no translation in the data) is marked as Chinese.
  const titleLang = lang === 'en' && !c.titleEn ? 'zh-CN' : undefined
  const deadline = deadlineOf(c)
  const stated = deadline && deadline.type !== 'none' ? deadline : null
  return (
    <tr
      data-commitment-id={c.id}
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
      <td className="list-cell-wide list-cell-status">
        <CellLabel text={t('list.column.status')} />
        <AssessmentStatus row={row} reason={false} />
      </td>
      <td className="list-cell-wide list-cell-progress">
        <CellLabel text={t('list.column.progress')} />
        {c.kind === 'target' || c.kind === 'forecast' ? (
          <ProgressReadings row={row} />
        ) : (
          <span className="list-muted">{t('list.progress.notApplicable')}</span>
        )}
      </td>
      <td className="list-cell-wide list-cell-evidence">
        <CellLabel text={t('list.column.evidence')} />
        <ListEvidenceCell row={row} />
      </td>
      <td className="list-cell-wide list-cell-deadline">
        <CellLabel text={t('list.column.deadline')} />
        {row.deadline ? (
          <>
            <DeadlineLight state={row.deadline} />
            {stated && <span className="list-due">{describeDeadline(stated, t, lang)}</span>}
            {row.openDays !== null && (
              // No stated deadline is no excuse: say how long the letter's promise has stood.
              <span className="list-due" data-field="open-days" data-days={row.openDays}>
                {t('list.openDays', { days: row.openDays })}
              </span>
            )}
          </>
        ) : (
          <span className="list-muted">{t('list.deadline.notApplicable')}</span>
        )}
      </td>
      <td className="list-cell-kind">
        <CellLabel text={t('list.column.kind')} />
        {t(`kind.${c.kind}`)}
      </td>
      <td>
        <CellLabel text={t('list.column.category')} />
        {t(`category.${c.category}`)}
      </td>
      <td>
        <CellLabel text={t('list.column.section')} />
        <span lang="zh-CN">{c.section}</span>
      </td>
      {documentLabels && (
        <td>
          <CellLabel text={t('list.column.document')} />
          {documentLabels.get(row.datasetId) ?? row.datasetId}
        </td>
      )}
    </tr>
  )
}

/** The column name inside the cell, shown only when rows are stacked on narrow screens. */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="list-cell-label" aria-hidden="true">
      {text}
    </span>
  )
}
