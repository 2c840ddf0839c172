import dayjs from 'dayjs'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatDate } from '../../../../domain/dates'
import { formatFigure, formatValue } from '../../../../domain/figure-format'
import { formatYuanAxis } from '../../../../domain/money'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { niceAxis, type ValueSeries } from './value-points'

const HEIGHT = 280
/** Room either side of the first and last point, so a single point is not drawn on the axis. */
const PAD_MS = 45 * 24 * 60 * 60 * 1000

/** Two readings are told apart by line and marker as well as colour, never by colour alone. */
const LINE_STYLES = [
  { stroke: '#1f5fa8', dash: undefined, dot: { r: 4 } },
  { stroke: '#8a4b00', dash: '2 3', dot: { r: 5, fill: '#fff', strokeWidth: 2 } },
] as const

/**
 * A line of the published values on a true time axis (uneven gaps between reports stay uneven),
 * or one line per reading when the data allows two, a dashed line at the target, and the
 * deadline when there is one. Default export for React.lazy.
 */
export default function ValueChart({
  series,
  names,
  due,
}: {
  series: ValueSeries
  /** The name of each line, in the order of `series.lines`. */
  names: string[]
  due: string | null
}) {
  const { t, lang } = useI18n()
  const { figure, lines } = series
  const points = lines.flatMap((line) => line.points)
  // One datum per day, a field per line (`l0`, `l1`): recharts draws each line from its field.
  const byTime = new Map<number, Record<string, number>>()
  lines.forEach((line, i) => {
    for (const point of line.points) {
      const time = dayjs(point.date).valueOf()
      byTime.set(time, { ...(byTime.get(time) ?? { time }), [`l${i}`]: point.value })
    }
  })
  const data = [...byTime.values()].sort((a, b) => a.time! - b.time!)
  const dueTime = due ? dayjs(due).valueOf() : null
  const ticks = [...data.map((d) => d.time!), ...(dueTime === null ? [] : [dueTime])]
  const axisValue = (value: number) =>
    figure.unit === 'yuan' ? formatYuanAxis(value, lang) : formatValue(value, figure, lang)
  const date = (time: unknown) => formatDate(dayjs(Number(time)).format('YYYY-MM-DD'), lang)
  const animate = !prefersReducedMotion()
  // Headroom above the higher of target and values, so the target's label never sits on the frame.
  const yAxis = niceAxis(Math.max(figure.value, ...points.map((p) => p.value)))
  return (
    <ResponsiveContainer
      width="100%"
      height={HEIGHT}
      initialDimension={{ width: 640, height: HEIGHT }}
    >
      <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={[(min: number) => min - PAD_MS, (max: number) => max + PAD_MS]}
          ticks={ticks}
          tickFormatter={date}
        />
        <YAxis domain={[0, yAxis.top]} ticks={yAxis.ticks} tickFormatter={axisValue} width={72} />
        <Tooltip
          labelFormatter={date}
          formatter={(value, name) => [formatValue(Number(value), figure, lang), name]}
        />
        {lines.length > 1 && <Legend verticalAlign="bottom" />}
        <ReferenceLine
          y={figure.value}
          ifOverflow="extendDomain"
          stroke="#1a1a1a"
          strokeDasharray="6 3"
          label={{
            value: t('detail.chart.targetLine', { target: formatFigure(figure, lang) }),
            position: 'insideTopLeft',
            fill: '#1a1a1a',
          }}
        />
        {dueTime !== null && (
          <ReferenceLine
            x={dueTime}
            ifOverflow="extendDomain"
            stroke="#8a5a00"
            strokeDasharray="2 3"
            label={{
              value: t('detail.chart.deadlineLine'),
              position: 'insideTopRight',
              fill: '#8a5a00',
            }}
          />
        )}
        {lines.map((line, i) => {
          const style = LINE_STYLES[i % LINE_STYLES.length]!
          return (
            <Line
              key={line.basis}
              type="linear"
              dataKey={`l${i}`}
              name={names[i]}
              stroke={style.stroke}
              strokeDasharray={style.dash}
              strokeWidth={2}
              dot={style.dot}
              connectNulls
              isAnimationActive={animate}
            />
          )
        })}
      </LineChart>
    </ResponsiveContainer>
  )
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  )
}
