import type { RefObject } from 'react'
import { toCsv } from '../export/csv'
import { describeViewDates } from '../export/view-dates'
import { CSV_TYPE, downloadBlob, downloadText, JSON_TYPE, toJsonText } from '../export/download'
import { useI18n } from '../i18n/i18n-context'
import { CopyEmbedButton } from '../ui/copy-embed-button'
import { useAnnouncer } from '../ui/use-announcer'
import type { ChartTable } from './chart-frame'
import { chartToPng } from './chart-png'
import { useWidgetEnvironment } from './widget-context'

interface Props {
  id: string
  title: string
  summary: string
  table: ChartTable
  titleId: string
  /** The element the chart is drawn in; its SVG becomes the PNG. */
  body: RefObject<HTMLDivElement | null>
  /** False for a chart no `?embed=` id draws (the list's timeline of its filtered rows). */
  embeddable?: boolean
}

/** Copy embed code, and the chart's figures as CSV / JSON, and the chart itself as a PNG. */
export function ChartTools({ id, title, summary, table, titleId, body, embeddable = true }: Props) {
  const { t, lang } = useI18n()
  const { embedded, asOf, newestEvidence, sourceNote } = useWidgetEnvironment()
  const [message, announce] = useAnnouncer()
  if (embedded) return null

  const baseName = asOf ? `${id}-${asOf}` : id
  // Both dates under the picture: the view date alone would read as "data as of" that day.
  const datesText = asOf ? describeViewDates(asOf, newestEvidence, t, lang).line : ''

  const saveCsv = () => {
    const file = `${baseName}.csv`
    downloadText(toCsv(table.columns, table.rows), file, CSV_TYPE)
    announce(t('export.done', { file }))
  }
  const saveJson = () => {
    const file = `${baseName}.json`
    const rows = table.rows.map((row) =>
      Object.fromEntries(table.columns.map((column, i) => [column, row[i] ?? ''])),
    )
    const document = {
      id,
      title,
      summary,
      asOf,
      newestEvidence,
      dates: datesText,
      source: sourceNote,
      columns: table.columns,
      rows,
    }
    downloadText(toJsonText(document), file, JSON_TYPE)
    announce(t('export.done', { file }))
  }
  const savePng = async () => {
    const file = `${baseName}.png`
    const svg =
      body.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ??
      body.current?.querySelector<SVGSVGElement>('svg')
    if (!svg) {
      announce(t('export.pngNotReady'))
      return
    }
    try {
      downloadBlob(await chartToPng(svg, { title, footer: [sourceNote, datesText] }), file)
      announce(t('export.done', { file }))
    } catch (error) {
      announce(t('export.failed', { message: error instanceof Error ? error.message : '' }))
    }
  }

  return (
    <div className="widget-tools chart-tools">
      {embeddable && (
        <CopyEmbedButton id={id} title={title} describedBy={titleId} announce={announce} />
      )}
      <button type="button" className="tool-button" aria-describedby={titleId} onClick={saveCsv}>
        {t('export.csv')}
      </button>
      <button type="button" className="tool-button" aria-describedby={titleId} onClick={saveJson}>
        {t('export.json')}
      </button>
      <button
        type="button"
        className="tool-button"
        aria-describedby={titleId}
        onClick={() => void savePng()}
      >
        {t('export.png')}
      </button>
      <span className="widget-tools-message" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
