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
import { useState } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { formatPercent } from '../../../domain/figure-format'
import { WrappedTick } from '../../../lib/chart/wrapped-tick'

export interface ProgressRow {
  id: string
  label: string
  /** Percent of target (15 = 15 %), or null when no like-for-like evidence is published. */
  percent: number | null
}

const ROW_HEIGHT = 56
const AXIS_HEIGHT = 48

/**
 * Horizontal bars of "percent of target" so targets in different units share one scale. A target
 * without evidence is drawn as a dashed outline and says so: missing evidence is never zero.
 */
export default function TargetProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t, lang } = useI18n()
  // Phones get a narrower label column and a short "no evidence" so the bars keep their room.
  const [narrow, setNarrow] = useState(false)
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT
  const max = Math.max(100, ...rows.map((row) => row.percent ?? 0))
  const data = rows.map((row) => ({
    ...row,
    bar: row.percent ?? 0,
    // No evidence is drawn as a dashed, empty outline across the whole scale: unknown, not zero.
    unknown: row.percent === null ? 100 : 0,
    labelText: row.percent === null ? '' : formatPercent(row.percent / 100, lang),
    unknownLabel:
      row.percent === null
        ? t(narrow ? 'chart.progress.noEvidenceShort' : 'chart.progress.noEvidence')
        : '',
  }))
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 640, height }}
      onResize={(width) => setNarrow(width < 480)}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: narrow ? 40 : 64, bottom: 8, left: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={(value: number) => formatPercent(value / 100, lang)}
          tickCount={narrow ? 3 : 5}
          label={{ value: t('chart.progress.axis'), position: 'insideBottom', offset: -4 }}
          height={AXIS_HEIGHT}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 96 : 130}
          tick={<WrappedTick maxChars={narrow ? 6 : 9} />}
          interval={0}
        />
        <Tooltip
          formatter={(_value, name, item) => {
            const row = item.payload as { labelText: string; unknownLabel: string }
            return name === 'unknown'
              ? [row.unknownLabel, '']
              : [row.labelText, t('chart.progress.axis')]
          }}
        />
        <ReferenceLine x={100} stroke="#1a1a1a" strokeDasharray="4 2" />
        <Bar
          dataKey="bar"
          stackId="progress"
          fill="#1f5fa8"
          isAnimationActive={!prefersReducedMotion()}
          barSize={22}
        >
          <LabelList dataKey="labelText" position="right" fill="#1a1a1a" />
        </Bar>
        <Bar
          dataKey="unknown"
          stackId="progress"
          fill="#ffffff"
          fillOpacity={0}
          stroke="#5a5a5a"
          strokeDasharray="5 3"
          isAnimationActive={false}
          barSize={22}
        >
          <LabelList dataKey="unknownLabel" position="insideLeft" fill="#4a4a4a" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  )
}
