import { Bar, CartesianGrid, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { TimelineLine } from '../../../domain/assessment/timeline'
import {
  tickDate,
  timeOf,
  timelineExtent,
  timelineTicks,
} from '../../../domain/assessment/timeline-scale'
import { formatDate, formatPartialDate } from '../../../domain/dates'
import { useElementWidth } from '../../chart/use-element-width'
import { WrappedTick } from '../../chart/wrapped-tick'
import { useI18n } from '../../i18n/i18n-context'
import { TimelineLayer, type TimelineDatum } from './timeline-layer'
import {
  AXIS_HEIGHT,
  BAR_SIZE,
  isNarrow,
  labelRows,
  LINE_LABEL_ROW,
  NARROW_BAR_SHIFT,
  timelineHeight,
} from './timeline-layout'
import { describeTimelineRow, type CommitmentTimelineRow } from './timeline-table'
import { TimelineTooltip } from './timeline-tooltip'

const GRID = '#d0d0d0'
const LINE_INK: Record<TimelineLine['kind'], string> = {
  letter: '#1a1a1a',
  'as-of': '#1f5fa8',
  'today-as-of': '#1f5fa8',
  today: '#5a5a5a',
}

/**
 * One row per commitment, a bar from the letter to the deadline (to the view date, as a light
 * dashed outline, when none is stated), a mark per piece of evidence at its publication date,
 * and vertical lines for the letter, the view date and today. Colour follows the status badges'
 * classes, so bar and badge always agree; shapes and the table carry the same facts without
 * colour. Default export for React.lazy: recharts stays out of the first screen's bundle.
 */
export default function TimelineChart({
  rows,
  lines,
  asOf,
}: {
  rows: readonly CommitmentTimelineRow[]
  lines: readonly TimelineLine[]
  asOf: string
}) {
  const { t, lang } = useI18n()
  const [ref, width] = useElementWidth<HTMLDivElement>(640)
  const narrow = isNarrow(width)
  const rowsOfLabels = labelRows(lines.map((line) => line.kind))
  const height = timelineHeight(rows.length, rowsOfLabels.size, narrow)
  const labelWidth = narrow ? 0 : Math.min(240, Math.round(width * 0.28))
  const plotWidth = Math.max(120, width - labelWidth - 32)
  const extent = timelineExtent(rows, lines)
  const { ticks } = timelineTicks(extent.from, extent.to, Math.floor(plotWidth / 72))
  const data: TimelineDatum[] = rows.map((row) => {
    const words = describeTimelineRow(row, t, lang)
    return {
      key: `${row.source.datasetId}/${row.id}`,
      row,
      words,
      range: row.start ? [timeOf(row.start), timeOf(row.end)] : null,
    }
  })
  const titles = new Map(data.map((d) => [d.key, d.words.title]))
  const top = 8 + rowsOfLabels.size * LINE_LABEL_ROW
  // Several letters' lines can sit days apart: one label names them all, the table dates each.
  const letters = lines.filter((line) => line.kind === 'letter')
  const lineText = (line: TimelineLine) => {
    if (line.kind !== 'letter' || letters.length === 1)
      return `${t(`timeline.line.${line.kind}`)} ${formatDate(line.date, lang)}`
    return line === letters[0] ? t('timeline.line.letters', { count: letters.length }) : ''
  }
  return (
    <div ref={ref} className="timeline-chart">
      <ComposedChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top, right: 24, bottom: 8, left: 8 }}
        barCategoryGap={0}
      >
        <CartesianGrid horizontal={false} stroke={GRID} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[timeOf(extent.from), timeOf(extent.to)]}
          ticks={ticks.map((tick) => timeOf(tickDate(tick)))}
          tickFormatter={(_value: number, index: number) =>
            ticks[index] ? formatPartialDate(ticks[index], lang) : ''
          }
          interval={0}
          height={AXIS_HEIGHT}
          allowDataOverflow
          fontSize={12}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          hide={narrow}
          interval={0}
          tick={(props: TickProps) => (
            <WrappedTick
              x={Number(props.x)}
              y={Number(props.y)}
              payload={{ value: titles.get(String(props.payload?.value)) ?? '' }}
              maxChars={Math.max(4, Math.floor((labelWidth - 10) / 13))}
              maxLines={3}
            />
          )}
        />
        <Tooltip
          cursor={{ fill: '#f0f3f8' }}
          content={<TimelineTooltip />}
          isAnimationActive={false}
        />
        <Bar
          dataKey="range"
          barSize={BAR_SIZE}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => (
            <TimelineBar {...props} shift={narrow ? NARROW_BAR_SHIFT : 0} />
          )}
        />
        {lines.map((line) => (
          <ReferenceLine
            key={`${line.kind}-${line.date}`}
            x={timeOf(line.date)}
            stroke={LINE_INK[line.kind]}
            strokeWidth={line.kind === 'letter' ? 1.5 : 2}
            strokeDasharray={
              line.kind === 'today' ? '2 3' : line.kind === 'letter' ? undefined : '6 3'
            }
            ifOverflow="extendDomain"
          />
        ))}
        <TimelineLayer
          data={data}
          narrow={narrow}
          asOf={timeOf(asOf)}
          lines={lines.map((line) => ({
            ...line,
            row: rowsOfLabels.get(line.kind) ?? 0,
            text: lineText(line),
            ink: LINE_INK[line.kind],
          }))}
        />
      </ComposedChart>
    </div>
  )
}

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

interface BarShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: TimelineDatum
}

/** A bar in its status's colour (the badge's class); open-ended ones lighter and dashed. */
function TimelineBar({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  shift,
}: BarShapeProps & { shift: number }) {
  if (!payload?.row.start) return null
  const { row } = payload
  return (
    <rect
      className={`timeline-bar status-${row.status}${row.openEnded ? ' is-open' : ''}`}
      data-row={payload.key}
      x={x}
      y={y + shift}
      width={Math.max(2, width)}
      height={height}
      rx={3}
    />
  )
}
