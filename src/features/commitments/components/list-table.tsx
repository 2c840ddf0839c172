import { useMemo } from 'react'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import type { DocumentOption } from './list-controls'
import { ListRow, type ListColumns } from './list-row'
import { ListVirtualBody } from './list-virtual-body'

interface Props {
  rows: readonly CommitmentRow[]
  /** The documents, when there are several: then each row names its own. */
  documents: readonly DocumentOption[] | null
  /**
   * `assessed`: status, progress and deadline columns (promises and targets, or every kind
   * under an explicit sort); `unrated`: the group of reported results, estimates and declined
   * requests, which have none of the three.
   */
  columns?: ListColumns
  /** The table's accessible name. */
  caption?: MessageKey
}

/**
 * Up to this many rows are all rendered: a letter or a few fit easily, and every row stays in the
 * page for find-in-page (and in jsdom, which has no layout to virtualize against). Above it only
 * the rows near the viewport are rendered: tens of thousands of rows would freeze the page.
 */
export const VIRTUALIZE_ABOVE = 200

const ASSESSED: readonly MessageKey[] = [
  'list.column.commitment',
  'list.column.status',
  'list.column.progress',
  'list.column.deadline',
  'list.column.evidence',
  'list.column.kind',
  'list.column.category',
  'list.column.section',
]
const UNRATED: readonly MessageKey[] = [
  'list.column.commitment',
  'list.column.kind',
  'list.column.evidence',
  'list.column.category',
  'list.column.section',
]

/**
 * One row per commitment. A real table on wide screens; on narrow ones the CSS stacks each row
 * into a card and shows the per-cell labels (hidden from screen readers, which already hear the
 * column headers). Title, status, progress and deadline come first: what a reader looks for.
 */
export function ListTable({
  rows,
  documents,
  columns = 'assessed',
  caption = 'list.table.caption',
}: Props) {
  const { t } = useI18n()
  const documentLabels = useMemo(() => documentLabelsOf(documents), [documents])
  const headers: MessageKey[] = [
    ...(columns === 'assessed' ? ASSESSED : UNRATED),
    ...(documents ? (['list.column.document'] as const) : []),
  ]
  const virtual = rows.length > VIRTUALIZE_ABOVE
  return (
    <table
      className={`list-table list-table-${columns}${virtual ? ' list-table-virtual' : ''}`}
      // Screen readers then announce the whole table's size, not just the rows rendered.
      aria-rowcount={virtual ? rows.length + 1 : undefined}
    >
      <caption className="visually-hidden">{t(caption)}</caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          {headers.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      {virtual ? (
        <ListVirtualBody
          rows={rows}
          documentLabels={documentLabels}
          columns={headers.length}
          cells={columns}
        />
      ) : (
        <tbody>
          {rows.map((row) => (
            <ListRow
              key={row.commitment.id}
              row={row}
              documentLabels={documentLabels}
              columns={columns}
            />
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
