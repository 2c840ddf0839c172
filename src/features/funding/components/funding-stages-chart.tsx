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
import type { FundingStage } from '../../../domain/schema/funding'
import type { Comparator } from '../../../domain/schema/primitives'
import { estimateTextWidth, mostLines } from '../../../lib/chart/wrap-label'
import { WrappedTick } from '../../../lib/chart/wrapped-tick'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { formatAmount } from '../funding-model'
import { EndLabel } from './plain-label'
import {
  INK,
  niceMax,
  STAGE_AXIS_HEIGHT as AXIS_HEIGHT,
  STAGE_BAR_SIZE as BAR_SIZE,
  stageBarsHeight,
  prefersReducedMotion,
  STAGE_DASH,
  STAGE_FILL,
  STAGE_STROKE,
  UNKNOWN,
} from './chart-style'

export interface StageBar {
  amount: number
  comparator: Comparator
  asWritten: string
}

export interface StageRow {
  id: string
  label: string
  stages: Partial<Record<FundingStage, StageBar>>
}

/**
 * Grouped bars, one group per funding line and one bar per stage. A stage without evidence gets
 * no bar (it is unknown, not zero): an invisible anchor carries the words "no evidence" instead.
 * Every bar starts at zero on its own: a need or unfunded remainder is drawn beside the money
 * pledged or paid, never stacked onto it.
 */
export default function FundingStagesChart({
  rows,
  stages,
}: {
  rows: StageRow[]
  stages: readonly FundingStage[]
}) {
  const { t, lang } = useI18n()
  const [width, setWidth] = useState(720)
  const narrow = width < 520
  const max = niceMax(
    Math.max(1, ...rows.flatMap((row) => Object.values(row.stages).map((s) => s.amount))),
  )
  // The anchor only positions the "no evidence" label; it is transparent and has no outline.
  const anchor = max / 1000
  const data = rows.map((row) => {
    const point: Record<string, string | number | null> = { label: row.label }
    for (const stage of stages) {
      const bar = row.stages[stage]
      const name = t(`funding.stage.${stage}`)
      point[stage] = bar ? bar.amount : null
      point[`${stage}Missing`] = bar ? null : anchor
      point[`${stage}Text`] = bar ? `${name} ${formatAmount(bar.amount, bar.comparator, lang)}` : ''
      point[`${stage}Tip`] = bar
        ? `${formatAmount(bar.amount, bar.comparator, lang)} · ${t('funding.asWritten', { asWritten: bar.asWritten })}`
        : t('funding.noEvidence')
      point[`${stage}MissingText`] = bar ? '' : `${name} · ${t('funding.noEvidence')}`
    }
    return point
  })
  // Every line of every label is drawn (never "…projects (tw…"): rows grow to hold them.
  const chars = narrow ? 9 : 10
  const axisWidth = narrow ? 130 : 150
  // Room after the longest bar for its words ("Pledged at least ¥300M"), never cut off.
  const fontSize = narrow ? 11 : 12
  const right = endLabelRoom(
    data.flatMap((point) =>
      stages.map((stage) => ({
        share: (Number(point[stage] ?? 0) || 0) / max,
        text: String(point[`${stage}Text`] || point[`${stage}MissingText`] || ''),
      })),
    ),
    width - axisWidth,
    fontSize,
  )
  const height = stageBarsHeight(
    rows.length,
    stages.length,
    mostLines(
      rows.map((row) => row.label),
      chars,
    ),
  )
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 720, height }}
      onResize={(w) => setWidth(w)}
    >
      <BarChart
        data={data}
        layout="vertical"
        barGap={2}
        margin={{ top: 8, right, bottom: 8, left: 0 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={(value: number) => formatYuanAxis(value, lang)}
          tickCount={narrow ? 3 : 5}
          label={{ value: t('funding.stages.axis'), position: 'insideBottom', offset: -4 }}
          height={AXIS_HEIGHT}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tick={<WrappedTick maxChars={chars} />}
          interval={0}
        />
        <Tooltip
          formatter={(_value, name, item) => {
            const key = String(item.dataKey ?? '').replace(/Missing$/, '')
            const point = item.payload as Record<string, string>
            return [point[`${key}Tip`] ?? '', String(name)]
          }}
        />
        {stages.flatMap((stage) => [
          <Bar
            key={stage}
            dataKey={stage}
            name={t(`funding.stage.${stage}`)}
            stackId={stage}
            fill={STAGE_FILL[stage]}
            stroke={STAGE_STROKE[stage]}
            strokeDasharray={STAGE_DASH[stage]}
            barSize={BAR_SIZE}
            isAnimationActive={!prefersReducedMotion()}
          >
            <LabelList
              dataKey={`${stage}Text`}
              position="right"
              fill={INK}
              fontSize={fontSize}
              content={EndLabel}
            />
          </Bar>,
          <Bar
            key={`${stage}-missing`}
            dataKey={`${stage}Missing`}
            name={t(`funding.stage.${stage}`)}
            stackId={stage}
            fill="transparent"
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={`${stage}MissingText`}
              position="right"
              fill={UNKNOWN}
              fontSize={fontSize}
              content={EndLabel}
            />
          </Bar>,
        ])}
      </BarChart>
    </ResponsiveContainer>
  )
}

/**
 * The right margin that lets every bar's words follow its end inside the chart: the bars are
 * scaled down just enough that the longest "bar + words" fits (a short bar with long words
 * needs less room than the longest bar with short ones).
 */
function endLabelRoom(
  bars: ReadonlyArray<{ share: number; text: string }>,
  available: number,
  fontSize: number,
): number {
  const GAP = 12
  let plot = available - GAP
  for (const bar of bars) {
    const words = estimateTextWidth(bar.text, fontSize) + GAP
    if (bar.share > 0) plot = Math.min(plot, (available - words) / bar.share)
  }
  // Bars keep at least a quarter of the width, so they stay bars on the narrowest phone.
  plot = Math.max(plot, available / 4)
  return Math.max(GAP, Math.round(available - plot))
}
