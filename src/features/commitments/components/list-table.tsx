import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeDeadline } from '../../../lib/format/describe-deadline'
import { describeStatusReason } from '../../../lib/format/describe-status'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DeadlineLight } from '../../../lib/ui/deadline-light'
import { StatusBadge } from '../../../lib/ui/status-badge'
import type { DocumentOption } from './list-controls'

interface Props {
  rows: readonly CommitmentRow[]
  /** The documents, when there are several: then each row names its own. */
  documents: readonly DocumentOption[] | null
}

/**
 * One row per commitment. A real table on wide screens; on narrow ones the CSS stacks each row
 * into a card and shows the per-cell labels (hidden from screen readers, which already hear the
 * column headers).
 */
export function ListTable({ rows, documents }: Props) {
  const { t } = useI18n()
  const columns: MessageKey[] = [
    'list.column.commitment',
    'list.column.status',
    'list.column.deadline',
    'list.column.kind',
    'list.column.category',
    'list.column.section',
    ...(documents ? (['list.column.document'] as const) : []),
  ]
  return (
    <table className="list-table">
      <caption className="visually-hidden">{t('list.table.caption')}</caption>
      <thead>
        <tr>
          {columns.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ListTableRow key={row.commitment.id} row={row} documents={documents} />
        ))}
      </tbody>
    </table>
  )
}

function ListTableRow({
  row,
  documents,
}: {
  row: CommitmentRow
  documents: readonly DocumentOption[] | null
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  // A Chinese title shown in the English UI (no translation in the data) is marked as Chinese.
  const titleLang = lang === 'en' && !c.titleEn ? 'zh-CN' : undefined
  const stated = c.kind !== 'result' && c.deadline.type !== 'none' ? c.deadline : null
  return (
    <tr data-commitment-id={c.id}>
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
      {documents && (
        <td>
          <CellLabel text={t('list.column.document')} />
          {documents.find((d) => d.id === row.datasetId)?.label ?? row.datasetId}
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
