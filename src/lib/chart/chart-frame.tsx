import { useId, useRef, useState, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { Heading } from '../ui/heading'
import { ChartTools } from './chart-tools'

/** Tables up to this many rows render with the chart; longer ones when the reader opens them. */
const EAGER_TABLE_ROWS = 200

export interface ChartTable {
  columns: string[]
  rows: Array<Array<string>>
}

interface ChartFrameProps {
  /** Stable widget id (used by embeds and exports). */
  id: string
  title: string
  /** One sentence saying what the chart shows, for everyone who cannot see it. */
  summary: string
  /** The same figures as the chart, as text. */
  table: ChartTable
  children: ReactNode
  /** False when no `?embed=` id draws this chart: no embed code is offered for it. */
  embeddable?: boolean
}

/**
 * Every chart goes through this frame: a title, a one-sentence summary, the chart itself and the
 * same figures as a table, so no figure exists only as pixels. Below it, the widget's tools:
 * copy embed code, download the table (CSV, JSON) and the chart (PNG).
 */
export function ChartFrame({
  id,
  title,
  summary,
  table,
  children,
  embeddable = true,
}: ChartFrameProps) {
  const { t } = useI18n()
  const titleId = useId()
  const body = useRef<HTMLDivElement>(null)
  const [tableOpened, setTableOpened] = useState(false)
  return (
    <figure className="chart-frame" data-widget-id={id} aria-labelledby={titleId}>
      <Heading level={3} id={titleId} className="chart-title">
        {title}
      </Heading>
      <p className="chart-summary">{summary}</p>
      <div className="chart-body" ref={body}>
        {children}
      </div>
      <details
        className="chart-table"
        onToggle={(event) => event.currentTarget.open && setTableOpened(true)}
      >
        <summary>{t('chart.showTable')}</summary>
        {/* A province's funding table has thousands of rows: built when first opened, not with the
            page. Small tables are always there (find-in-page and tests see them closed too). */}
        {(table.rows.length <= EAGER_TABLE_ROWS || tableOpened) && <FigureTable table={table} />}
      </details>
      <ChartTools
        id={id}
        title={title}
        summary={summary}
        table={table}
        titleId={titleId}
        body={body}
        embeddable={embeddable}
      />
    </figure>
  )
}

function FigureTable({ table }: { table: ChartTable }) {
  return (
    <table>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
