import dayjs from 'dayjs'
import {
  CartesianGrid,
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

/**
 * A line of the published values on a true time axis (uneven gaps between reports stay uneven),
 * a dashed line at the target, and the deadline when there is one. Default export for React.lazy.
 */
export default function ValueChart({ series, due }: { series: ValueSeries; due: string | null }) {
  const { t, lang } = useI18n()
  const { figure, points } = series
  const data = points.map((point) => ({ time: dayjs(point.date).valueOf(), value: point.value }))
  const dueTime = due ? dayjs(due).valueOf() : null
  const ticks = [...data.map((d) => d.time), ...(dueTime === null ? [] : [dueTime])]
  const axisValue = (value: number) =>
    figure.unit === 'yuan' ? formatYuanAxis(value, lang) : formatValue(value, figure.unit, lang)
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
          formatter={(value) => [
            formatValue(Number(value), figure.unit, lang),
            t('detail.chart.value'),
          ]}
        />
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
        <Line
          type="linear"
          dataKey="value"
          stroke="#1f5fa8"
          strokeWidth={2}
          dot={{ r: 4 }}
          isAnimationActive={animate}
        />
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
