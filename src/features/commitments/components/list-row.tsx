import type { Ref } from 'react'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeDeadline } from '../../../lib/format/describe-deadline'
import { describeStatusReason } from '../../../lib/format/describe-status'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DeadlineLight } from '../../../lib/ui/deadline-light'
import { StatusBadge } from '../../../lib/ui/status-badge'

interface Props {
  row: CommitmentRow
  /** Document labels by id, when there are several: then each row names its own. */
  documentLabels: ReadonlyMap<string, string> | null
  /** Set when the table is virtualized: the row's place among all rows, and a measuring ref. */
  virtual?: { index: number; ref: Ref<HTMLTableRowElement> }
}

/** One commitment as a table row (a card on narrow screens, see commitments.css). */
export function ListRow({ row, documentLabels, virtual }: Props) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  // A Chinese title shown in the English UI (no translation in the data) is marked as Chinese.
  const titleLang = lang === 'en' && !c.titleEn ? 'zh-CN' : undefined
  const stated = c.kind !== 'result' && c.deadline.type !== 'none' ? c.deadline : null
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
      <td className="list-cell-wide">
        <CellLabel text={t('list.column.status')} />
        <StatusBadge status={row.status.status} />
        <span className="list-reason">{describeStatusReason(row.status.reason, t, lang)}</span>
      </td>
      <td className="list-cell-wide">
        <CellLabel text={t('list.column.deadline')} />
        {row.deadline ? (
          <>
            <DeadlineLight state={row.deadline} />
            {stated && <span className="list-due">{describeDeadline(stated, t, lang)}</span>}
          </>
        ) : (
          <span className="list-muted">{t('list.deadline.notApplicable')}</span>
        )}
      </td>
      <td>
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
