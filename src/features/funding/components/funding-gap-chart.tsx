import dayjs from 'dayjs'
import { useState } from 'react'
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatDate } from '../../../domain/dates'
import { formatYuanAxis } from '../../../domain/money'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { INK, MUTED, niceMax, prefersReducedMotion, STAGE_FILL, UNKNOWN } from './chart-style'

export interface GapChartProps {
  pledged: { amount: number; date: string; text: string }
  /** Cumulative payments in date order; empty when no payment evidence is published. */
  points: Array<{ date: string; amount: number; text: string }>
  /** The view's as-of date: the right end of the time axis. */
  asOf: string
  /** Shown across the empty plot when `points` is empty. */
  unknownText: string
}

const HEIGHT = 260

/**
 * The pledge as a dashed line and what has been paid in total as a step line over time. With no
 * payment evidence the plot shows an empty, dashed area that says so: no line is drawn at 0.
 */
export default function FundingGapChart({ pledged, points, asOf, unknownText }: GapChartProps) {
  const { t, lang } = useI18n()
  const [narrow, setNarrow] = useState(false)
  const start = dayjs(pledged.date).valueOf()
  const end = Math.max(dayjs(asOf).valueOf(), ...points.map((p) => dayjs(p.date).valueOf()), start)
  // Without payments the chart still needs rows to lay out its axes: two empty ones, paid = null.
  const data: Array<{ time: number; paid: number | null; paidText: string }> =
    points.length > 0
      ? points.map((p) => ({ time: dayjs(p.date).valueOf(), paid: p.amount, paidText: p.text }))
      : [
          { time: start, paid: null, paidText: '' },
          { time: end, paid: null, paidText: '' },
        ]
  const top = niceMax(Math.max(pledged.amount, ...points.map((p) => p.amount)) * 1.1)
  const ticks = narrow
    ? [start, end]
    : [...new Set([start, ...points.map((p) => dayjs(p.date).valueOf()), end])].sort(
        (a, b) => a - b,
      )
  const dateText = (time: number) => formatDate(dayjs(time).format('YYYY-MM-DD'), lang)
  return (
    <ResponsiveContainer
      width="100%"
      height={HEIGHT}
      initialDimension={{ width: 720, height: HEIGHT }}
      onResize={(width) => setNarrow(width < 520)}
    >
      <LineChart data={data} margin={{ top: 24, right: narrow ? 24 : 48, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="time"
          scale="time"
          domain={[start, end]}
          ticks={ticks}
          tickFormatter={dateText}
          height={36}
        />
        <YAxis
          type="number"
          domain={[0, top]}
          // The domain is fixed by the pledge, so it holds even when no payment has a value yet.
          allowDataOverflow
          tickFormatter={(value: number) => formatYuanAxis(value, lang)}
          tickCount={5}
          width={76}
        />
        <Tooltip
          labelFormatter={(time) => dateText(Number(time))}
          formatter={(_value, _name, item) => [
            (item.payload as { paidText: string }).paidText || unknownText,
            t('funding.gap.disbursed'),
          ]}
        />
        <ReferenceLine
          y={pledged.amount}
          stroke={INK}
          strokeDasharray="6 3"
          label={{ value: pledged.text, position: 'insideTopLeft', fill: INK, fontSize: 12 }}
        />
        {points.length === 0 && (
          <ReferenceArea
            x1={start}
            x2={end}
            y1={0}
            y2={pledged.amount}
            fill="#ffffff"
            fillOpacity={0}
            stroke={UNKNOWN}
            strokeDasharray="5 3"
            label={{ value: unknownText, position: 'center', fill: MUTED, fontSize: 13 }}
          />
        )}
        {/* Always present so the axes have a series; with no payments every value is null and
            nothing is drawn (no line at 0). */}
        <Line
          dataKey="paid"
          type="stepAfter"
          stroke={STAGE_FILL.disbursed}
          strokeWidth={3}
          dot={{ r: 5, fill: STAGE_FILL.disbursed }}
          isAnimationActive={!prefersReducedMotion()}
        >
          <LabelList dataKey="paidText" position="top" fill={INK} fontSize={12} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  )
}
