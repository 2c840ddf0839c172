import { useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatYuanAxis } from '../../../domain/money'
import { mostLines } from '../../../lib/chart/wrap-label'
import { WrappedTick } from '../../../lib/chart/wrapped-tick'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { EndLabel, StartLabel } from './plain-label'
import { INK, niceMax, prefersReducedMotion, rowHeight, STAGE_FILL, UNKNOWN } from './chart-style'

export interface TargetBarRow {
  label: string
  /** Null when nothing is published: drawn as a dashed outline up to the target, never as 0. */
  value: number | null
  text: string
}

export interface TargetChartProps {
  rows: TargetBarRow[]
  target: number
  targetText: string
}

const ROW_HEIGHT = 52
const AXIS_HEIGHT = 36

/** Baseline and latest evidence as bars against a vertical target line. */
export default function FundingTargetChart({ rows, target, targetText }: TargetChartProps) {
  const { lang } = useI18n()
  const [narrow, setNarrow] = useState(false)
  const max = niceMax(Math.max(target, ...rows.map((row) => row.value ?? 0)) * 1.05)
  const data = rows.map((row) => ({
    label: row.label,
    known: row.value,
    knownText: row.value === null ? '' : row.text,
    unknown: row.value === null ? target : null,
    unknownText: row.value === null ? row.text : '',
  }))
  // Every line of every label is drawn: rows grow to hold them.
  const chars = narrow ? 9 : 10
  const labelLines = mostLines(
    rows.map((row) => row.label),
    chars,
  )
  const height = rows.length * rowHeight(ROW_HEIGHT, labelLines) + AXIS_HEIGHT + 24
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 720, height }}
      onResize={(width) => setNarrow(width < 520)}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 24, right: narrow ? 32 : 64, bottom: 8, left: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={(value: number) => formatYuanAxis(value, lang)}
          tickCount={narrow ? 3 : 5}
          height={AXIS_HEIGHT}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 124 : 150}
          tick={<WrappedTick maxChars={chars} />}
          interval={0}
        />
        <Tooltip
          formatter={(_value, _name, item) => {
            const row = item.payload as { knownText: string; unknownText: string }
            return [row.knownText || row.unknownText, '']
          }}
        />
        <ReferenceLine
          x={target}
          stroke={INK}
          strokeDasharray="6 3"
          label={{ value: targetText, position: 'top', fill: INK, fontSize: 12 }}
        />
        <Bar
          dataKey="known"
          stackId="target"
          fill={STAGE_FILL.allocated}
          barSize={22}
          isAnimationActive={!prefersReducedMotion()}
        >
          <LabelList
            dataKey="knownText"
            position="right"
            fill={INK}
            fontSize={12}
            content={EndLabel}
          />
        </Bar>
        <Bar
          dataKey="unknown"
          stackId="target"
          fill="#ffffff"
          fillOpacity={0}
          stroke={UNKNOWN}
          strokeDasharray="5 3"
          barSize={22}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="unknownText"
            position="insideLeft"
            fill={UNKNOWN}
            fontSize={12}
            content={StartLabel}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
