import { useMemo } from 'react'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import type { DocumentOption } from './list-controls'
import { ListRow } from './list-row'
import { ListVirtualBody } from './list-virtual-body'

interface Props {
  rows: readonly CommitmentRow[]
  /** The documents, when there are several: then each row names its own. */
  documents: readonly DocumentOption[] | null
}

/**
 * Up to this many rows are all rendered: a letter or a few fit easily, and every row stays in the
 * page for find-in-page (and in jsdom, which has no layout to virtualize against). Above it only
 * the rows near the viewport are rendered: tens of thousands of rows would freeze the page.
 */
export const VIRTUALIZE_ABOVE = 200

/**
 * One row per commitment. A real table on wide screens; on narrow ones the CSS stacks each row
 * into a card and shows the per-cell labels (hidden from screen readers, which already hear the
 * column headers).
 */
export function ListTable({ rows, documents }: Props) {
  const { t } = useI18n()
  const documentLabels = useMemo(() => documentLabelsOf(documents), [documents])
  const columns: MessageKey[] = [
    'list.column.commitment',
    'list.column.status',
    'list.column.progress',
    'list.column.evidence',
    'list.column.deadline',
    'list.column.kind',
    'list.column.category',
    'list.column.section',
    ...(documents ? (['list.column.document'] as const) : []),
  ]
  const virtual = rows.length > VIRTUALIZE_ABOVE
  return (
    <table
      className={virtual ? 'list-table list-table-virtual' : 'list-table'}
      // Screen readers then announce the whole table's size, not just the rows rendered.
      aria-rowcount={virtual ? rows.length + 1 : undefined}
    >
      <caption className="visually-hidden">{t('list.table.caption')}</caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          {columns.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      {virtual ? (
        <ListVirtualBody rows={rows} documentLabels={documentLabels} columns={columns.length} />
      ) : (
        <tbody>
          {rows.map((row) => (
            <ListRow key={row.commitment.id} row={row} documentLabels={documentLabels} />
          ))}
        </tbody>
      )}
    </table>
  )
}

function documentLabelsOf(
  documents: readonly DocumentOption[] | null,
): ReadonlyMap<string, string> | null {
  return documents ? new Map(documents.map((d) => [d.id, d.label])) : null
}
