import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import type { TimelineLine, TimelineMarker } from '../../../domain/assessment/timeline'
import { timeOf } from '../../../domain/assessment/timeline-scale'
import { wrapLabel } from '../../chart/wrap-label'
import { useI18n } from '../../i18n/i18n-context'
import { Mark } from './timeline-mark'
import { BAR_SIZE, LABEL_LINE, LINE_LABEL_ROW, NARROW_BAR_SHIFT } from './timeline-layout'
import type { CommitmentTimelineRow, TimelineRowWords } from './timeline-table'

export interface TimelineDatum {
  /** Dataset and commitment id: unique even where two commitments share a title. */
  key: string
  row: CommitmentTimelineRow
  words: TimelineRowWords
  /** Start and end as axis numbers; null when the row has no known start (no bar). */
  range: [number, number] | null
}

export interface LabelledLine extends TimelineLine {
  row: number
  text: string
  ink: string
}

const INK = '#1a1a1a'
/** A white edge under text drawn over grid lines and the vertical lines, so it stays legible. */
const HALO = { stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' } as const
const MUTED = '#4a4a4a'
/** Marks on the same day on one row are spread this far apart, so each stays visible. */
const SAME_DAY_SPREAD = 9

/**
 * What recharts does not draw by itself, placed with the chart's own scales: the evidence marks
 * on each row, the overdue stretch from the deadline to the view date, the row labels above the
 * bars on a phone, and the labels of the vertical lines above the plot (never over the bars).
 */
export function TimelineLayer({
  data,
  lines,
  narrow,
  asOf,
}: {
  data: readonly TimelineDatum[]
  lines: readonly LabelledLine[]
  narrow: boolean
  asOf: number
}) {
  const { t } = useI18n()
  const x = useXAxisScale()
  const y = useYAxisScale()
  const plot = usePlotArea()
  if (!x || !y || !plot) return null
  const barShift = narrow ? NARROW_BAR_SHIFT : 0
  const chars = Math.max(6, Math.floor((plot.width - 8) / 13))
  return (
    <g className="timeline-layer">
      {data.map((datum) => {
        const middle = y(datum.key, { position: 'middle' })
        if (middle === undefined) return null
        const barY = middle + barShift
        const { row } = datum
        const due = row.due === null ? null : x(timeOf(row.due))
        return (
          <g key={datum.key} data-row={datum.key}>
            {narrow && (
              <LabelAbove
                text={datum.words.title}
                x={plot.x}
                bottom={barY - BAR_SIZE / 2 - 5}
                chars={chars}
              />
            )}
            {!datum.range && (
              <text x={plot.x + 4} y={barY + 4} fontSize={12} fill={MUTED}>
                {t('timeline.noBar')}
              </text>
            )}
            {row.overdue && due !== undefined && due !== null && (
              <line
                className="timeline-overdue"
                x1={due}
                x2={x(asOf) ?? due}
                y1={barY}
                y2={barY}
                stroke="#a4262c"
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            )}
            {spread(row.markers).map(({ marker, offset }) => {
              const at = x(timeOf(marker.date))
              return at === undefined ? null : (
                <Mark key={marker.id} marker={marker} cx={at + offset} cy={barY} />
              )
            })}
          </g>
        )
      })}
      {lines.map((line) => {
        const at = x(timeOf(line.date))
        if (at === undefined || !line.text) return null
        // Labels right of the middle end at their line; none runs off either edge of the chart.
        const end = at > plot.x + plot.width * 0.55
        const room = textWidth(line.text)
        const right = plot.x + plot.width
        const left = end ? Math.max(plot.x + room, at - 3) : Math.min(right - room, at + 3)
        return (
          <text
            key={`${line.kind}-${line.date}`}
            className="timeline-line-label"
            data-line={line.kind}
            x={left}
            y={plot.y - 6 - (rowsAbove(lines) - 1 - line.row) * LINE_LABEL_ROW}
            textAnchor={end ? 'end' : 'start'}
            fontSize={12}
            fill={line.ink}
            {...HALO}
          >
            {line.text}
          </text>
        )
      })}
    </g>
  )
}

/** On a phone, a row's label just above its bar: the last line's baseline at `bottom`. */
function LabelAbove({
  text,
  x,
  bottom,
  chars,
}: {
  text: string
  x: number
  bottom: number
  chars: number
}) {
  const lines = wrapLabel(text, chars, 2)
  return (
    <text x={x} fontSize={12} fill={INK} {...HALO}>
      <title>{text}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={bottom - (lines.length - 1 - i) * LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/** About how wide a 12 px label is: CJK characters about 12 px, others about 6.5. */
function textWidth(text: string): number {
  return [...text].reduce(
    (sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.5),
    0,
  )
}

function rowsAbove(lines: readonly LabelledLine[]): number {
  return Math.max(1, ...lines.map((line) => line.row + 1))
}

/** Marks of the same day side by side rather than on top of one another. */
function spread(markers: readonly TimelineMarker[]) {
  const seen = new Map<string, number>()
  return markers.map((marker) => {
    const n = seen.get(marker.date) ?? 0
    seen.set(marker.date, n + 1)
    return { marker, offset: n * SAME_DAY_SPREAD }
  })
}
