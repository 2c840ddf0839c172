import { useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatYuanAxis } from '../../../domain/money'
import { mostLines } from '../../../lib/chart/wrap-label'
import { WrappedTick } from '../../../lib/chart/wrapped-tick'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { DERIVED_FILL, INK, prefersReducedMotion, rowHeight, UNKNOWN } from './chart-style'

export interface SplitSegment {
  /** Short text drawn inside the segment, e.g. "省级 9350万元". */
  text: string
  /** Tooltip text: the figure with its basis (as written, or "computed"). */
  tip: string
  amount: number
}

export interface SplitRow {
  id: string
  label: string
  /** The stated shares, in source order. */
  parts: SplitSegment[]
  /** The derived rest (absent when nothing is left over). */
  rest: SplitSegment | null
}

const PART_FILLS = ['#1f5fa8', '#5b86c0', '#2d4f7c']
const ROW_HEIGHT = 64
const AXIS_HEIGHT = 40

/**
 * One stacked bar per total: the shares the source states (solid) and the derived rest (pale,
 * dashed outline, and labelled as computed) so the two can never be mistaken for each other.
 */
export default function FundingSplitChart({ rows }: { rows: SplitRow[] }) {
  const { lang } = useI18n()
  const [narrow, setNarrow] = useState(false)
  const slots = Math.max(0, ...rows.map((row) => row.parts.length))
  const keys = [...Array.from({ length: slots }, (_, i) => `s${i}`), 'rest']
  const data = rows.map((row) => {
    const point: Record<string, string | number | null> = { label: row.label }
    keys.forEach((key, i) => {
      const segment = key === 'rest' ? row.rest : row.parts[i]
      point[key] = segment ? segment.amount : null
      point[`${key}Text`] = segment?.text ?? ''
      point[`${key}Tip`] = segment?.tip ?? ''
    })
    return point
  })
  // Every line of every label is drawn: rows grow to hold them.
  const chars = 9
  const labelLines = mostLines(
    rows.map((row) => row.label),
    chars,
  )
  const height = rows.length * rowHeight(ROW_HEIGHT, labelLines) + AXIS_HEIGHT
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 720, height }}
      onResize={(width) => setNarrow(width < 520)}
    >
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatYuanAxis(value, lang)}
          tickCount={narrow ? 3 : 5}
          height={AXIS_HEIGHT}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 124 : 140}
          tick={<WrappedTick maxChars={chars} />}
          interval={0}
        />
        <Tooltip
          formatter={(_value, _name, item) => {
            const point = item.payload as Record<string, string>
            return [point[`${String(item.dataKey)}Tip`] ?? '', '']
          }}
        />
        {keys.map((key, i) => {
          const derived = key === 'rest'
          return (
            <Bar
              key={key}
              dataKey={key}
              stackId="split"
              fill={derived ? DERIVED_FILL : PART_FILLS[i % PART_FILLS.length]}
              stroke={derived ? UNKNOWN : '#ffffff'}
              strokeDasharray={derived ? '5 3' : undefined}
              barSize={32}
              isAnimationActive={!prefersReducedMotion()}
            >
              <LabelList
                dataKey={`${key}Text`}
                position="center"
                fill={derived ? INK : '#ffffff'}
                fontSize={narrow ? 11 : 13}
              />
            </Bar>
          )
        })}
      </BarChart>
    </ResponsiveContainer>
  )
}
