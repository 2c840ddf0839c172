import { formatPercent } from '../../../domain/figure-format'
import { useElementWidth } from '../../../lib/chart/use-element-width'
import { wrapLabel } from '../../../lib/chart/wrap-label'
import { useI18n } from '../../../lib/i18n/i18n-context'

export interface ProgressRow {
  id: string
  label: string
  /** Percent of target (15 = 15 %), or null when no like-for-like evidence is published. */
  percent: number | null
}

const ROW_HEIGHT = 56
const BAR_HEIGHT = 22
const TOP = 8
const AXIS_HEIGHT = 48
const LINE_HEIGHT = 15
const INK = '#1a1a1a'
const MUTED = '#4a4a4a'
const BAR = '#1f5fa8'

/**
 * Horizontal bars of "percent of target", so targets in different units share one scale. A
 * target without evidence is drawn as a dashed outline across the scale and says so: missing
 * evidence is never zero. Drawn as plain SVG rather than with recharts: it sits on the first
 * screen next to the headline figures, and a chart library there would cost more to download and
 * start than the figures themselves. The frame around it carries the same figures as a table.
 */
export default function TargetProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t, lang } = useI18n()
  const [ref, width] = useElementWidth<HTMLDivElement>(640)
  // Phones get a narrower label column and a short "no evidence" so the bars keep their room.
  const narrow = width < 480
  const labelWidth = narrow ? 96 : 136
  const right = narrow ? 44 : 64
  const plotWidth = Math.max(40, width - labelWidth - right)
  const max = Math.max(100, ...rows.map((row) => row.percent ?? 0))
  const x = (percent: number) => labelWidth + (percent / max) * plotWidth
  const plotBottom = TOP + rows.length * ROW_HEIGHT
  const height = plotBottom + AXIS_HEIGHT
  const ticks = axisTicks(max, narrow ? 3 : 5)
  const percentText = (percent: number) => formatPercent(percent / 100, lang)

  return (
    <div ref={ref} className="progress-chart">
      <svg
        className="progress-chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize={12}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={TOP}
              y2={plotBottom}
              stroke="#d0d0d0"
              strokeDasharray="3 3"
            />
            <text x={x(tick)} y={plotBottom + 16} textAnchor="middle" fill={MUTED}>
              {percentText(tick)}
            </text>
          </g>
        ))}
        <line
          x1={labelWidth}
          x2={labelWidth + plotWidth}
          y1={plotBottom}
          y2={plotBottom}
          stroke={MUTED}
        />
        <text x={labelWidth + plotWidth / 2} y={plotBottom + 38} textAnchor="middle" fill={INK}>
          {t('chart.progress.axis')}
        </text>
        {rows.map((row, i) => {
          const middle = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2
          const barTop = middle - BAR_HEIGHT / 2
          const lines = wrapLabel(row.label, narrow ? 6 : 9, 3)
          const labelTop = middle - ((lines.length - 1) * LINE_HEIGHT) / 2
          return (
            <g key={row.id} className="progress-row" data-target-id={row.id}>
              <text
                x={labelWidth - 6}
                y={labelTop}
                textAnchor="end"
                dominantBaseline="middle"
                fill={INK}
              >
                <title>{row.label}</title>
                {lines.map((line, n) => (
                  <tspan key={n} x={labelWidth - 6} y={labelTop + n * LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
              {row.percent === null ? (
                <>
                  <rect
                    className="progress-unknown"
                    x={x(0)}
                    y={barTop}
                    width={x(100) - x(0)}
                    height={BAR_HEIGHT}
                    fill="none"
                    stroke="#5a5a5a"
                    strokeDasharray="5 3"
                  />
                  <text
                    className="progress-label"
                    x={x(0) + 6}
                    y={middle}
                    dominantBaseline="middle"
                    fill={MUTED}
                  >
                    {t(narrow ? 'chart.progress.noEvidenceShort' : 'chart.progress.noEvidence')}
                  </text>
                </>
              ) : (
                <>
                  <rect
                    className="progress-bar"
                    x={x(0)}
                    y={barTop}
                    width={Math.max(0, x(row.percent) - x(0))}
                    height={BAR_HEIGHT}
                    fill={BAR}
                  />
                  <text
                    className="progress-label"
                    x={x(row.percent) + 6}
                    y={middle}
                    dominantBaseline="middle"
                    fill={INK}
                  >
                    {percentText(row.percent)}
                  </text>
                </>
              )}
            </g>
          )
        })}
        {/* The target itself: 100 %. */}
        <line x1={x(100)} x2={x(100)} y1={TOP} y2={plotBottom} stroke={INK} strokeDasharray="4 2" />
      </svg>
    </div>
  )
}

/** Evenly spaced ticks from 0 to `max` (100 % and above: targets can be exceeded). */
function axisTicks(max: number, count: number): number[] {
  const step = max / (count - 1)
  return Array.from({ length: count }, (_, i) => Math.round(i * step))
}
