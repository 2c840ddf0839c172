import type { ReadingBasis } from '../../../domain/assessment/readings'
import { formatPercent } from '../../../domain/figure-format'
import { useElementWidth } from '../../../lib/chart/use-element-width'
import { wrapLabel } from '../../../lib/chart/wrap-label'
import { useI18n } from '../../../lib/i18n/i18n-context'

export interface ProgressBar {
  basis: ReadingBasis
  /** Percent of target (15 = 15 %). */
  percent: number
  /** What the bar says at its end: the percent, or with two readings the basis and value. */
  text: string
  /** The same in fewer words, for phones ("excl. 3 of 20"). */
  short?: string
}

export interface ProgressRow {
  id: string
  label: string
  /**
   * One bar per reading; two when the data does not say whether the baseline counts (both are
   * drawn, each labelled, neither is "the" progress). Null when no like-for-like value is
   * published: never drawn as zero.
   */
  bars: ProgressBar[] | null
}

const ROW_HEIGHT = 56
const BAR_HEIGHT = 22
const TOP = 8
const AXIS_HEIGHT = 48
const LINE_HEIGHT = 15
const INK = '#1a1a1a'
const MUTED = '#4a4a4a'
const BAR = '#1f5fa8'
/** The second of two readings: a lighter fill, told apart by its label too (not colour alone). */
const BAR_ALT = '#7fa6d6'
const SUB_BAR_HEIGHT = 18
const SUB_BAR_GAP = 6

/**
 * Horizontal bars of "percent of target", so targets in different units share one scale. A
 * target without evidence is drawn as a dashed outline across the scale and says so: missing
 * evidence is never zero. A target with two readings gets two thinner bars, each labelled with
 * what it counts and its value, and no percent. Drawn as plain SVG rather than with recharts: it sits on the first
 * screen next to the headline figures, and a chart library there would cost more to download and
 * start than the figures themselves. The frame around it carries the same figures as a table.
 */
export default function TargetProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t, lang } = useI18n()
  const [ref, width] = useElementWidth<HTMLDivElement>(640)
  // Narrow (a phone, a side panel, a narrow embed): each label goes on its own lines above its
  // bars, which then take the full width, so neither the label nor the bars get squeezed.
  const stacked = width < 480
  const labelWidth = stacked ? 14 : 136
  const right = stacked ? 36 : 64
  const plotWidth = Math.max(40, width - labelWidth - right)
  const max = Math.max(100, ...rows.flatMap((row) => row.bars?.map((bar) => bar.percent) ?? []))
  const x = (percent: number) => labelWidth + (percent / max) * plotWidth
  // About 13 px per Chinese character at this size.
  const charsPerLine = stacked ? Math.max(6, Math.floor((width - 8) / 13)) : 9
  const labels = rows.map((row) => wrapLabel(row.label, charsPerLine, stacked ? 2 : 3))
  const heights = rows.map((row, i) => rowHeight(row, stacked ? labels[i]!.length : 0))
  const tops = heights.map((_, i) => TOP + heights.slice(0, i).reduce((a, b) => a + b, 0))
  const plotBottom = TOP + heights.reduce((a, b) => a + b, 0)
  const height = plotBottom + AXIS_HEIGHT
  const ticks = axisTicks(max, stacked ? 3 : 5)
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
          const lines = labels[i]!
          const labelBlock = stacked ? lines.length * LINE_HEIGHT + 4 : 0
          const middle = tops[i]! + labelBlock + (heights[i]! - labelBlock) / 2
          const labelTop = stacked
            ? tops[i]! + LINE_HEIGHT / 2 + 2
            : middle - ((lines.length - 1) * LINE_HEIGHT) / 2
          const labelX = stacked ? labelWidth : labelWidth - 6
          const bars = row.bars
          return (
            <g
              key={row.id}
              className="progress-row"
              data-target-id={row.id}
              data-readings={bars?.length ?? 0}
            >
              <text
                x={labelX}
                y={labelTop}
                textAnchor={stacked ? 'start' : 'end'}
                dominantBaseline="middle"
                fill={INK}
              >
                <title>{row.label}</title>
                {lines.map((line, n) => (
                  <tspan key={n} x={labelX} y={labelTop + n * LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bars === null ? (
                <>
                  <rect
                    className="progress-unknown"
                    x={x(0)}
                    y={middle - BAR_HEIGHT / 2}
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
                    {t(
                      width < 300 ? 'chart.progress.noEvidenceShort' : 'chart.progress.noEvidence',
                    )}
                  </text>
                </>
              ) : (
                bars.map((bar, n) => {
                  const height = bars.length > 1 ? SUB_BAR_HEIGHT : BAR_HEIGHT
                  const stack = bars.length * height + (bars.length - 1) * SUB_BAR_GAP
                  const top = middle - stack / 2 + n * (height + SUB_BAR_GAP)
                  const text = stacked && bar.short ? bar.short : bar.text
                  const place = labelPlace(text, x(0), x(bar.percent), width, lang === 'en')
                  return (
                    <g key={bar.basis} data-basis={bar.basis}>
                      <rect
                        className="progress-bar"
                        x={x(0)}
                        y={top}
                        width={Math.max(0, x(bar.percent) - x(0))}
                        height={height}
                        fill={n === 0 ? BAR : BAR_ALT}
                      />
                      <text
                        className="progress-label"
                        x={place.x}
                        y={top + height / 2}
                        dominantBaseline="middle"
                        textAnchor={place.anchor}
                        fill={place.inside ? '#fff' : INK}
                      >
                        {/* Shortened on a phone: the full words stay available on hover. */}
                        {text !== bar.text && <title>{bar.text}</title>}
                        {text}
                      </text>
                    </g>
                  )
                })
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

/**
 * Where a bar's words go: after the bar when they fit before the chart's edge, otherwise inside
 * the bar's end (white on the bar), so no label is cut off at the edge of a phone's screen. The
 * width is estimated (no layout in SVG text before it is drawn): CJK characters are about 12 px
 * at this size, Latin ones about 6.5.
 */
function labelPlace(text: string, start: number, end: number, width: number, latin: boolean) {
  const estimate = [...text].reduce(
    (sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : latin ? 6.5 : 7),
    0,
  )
  if (end + 6 + estimate <= width - 2)
    return { x: end + 6, anchor: 'start' as const, inside: false }
  if (end - start >= estimate + 12) return { x: end - 6, anchor: 'end' as const, inside: true }
  return { x: end + 6, anchor: 'start' as const, inside: false }
}

/** Two readings need room for two labelled bars; a label above the bars adds its lines. */
function rowHeight(row: ProgressRow, labelLines: number): number {
  const bars = row.bars?.length ?? 1
  if (labelLines > 0) {
    const barBlock = bars > 1 ? bars * (SUB_BAR_HEIGHT + SUB_BAR_GAP) + 4 : BAR_HEIGHT + 10
    return labelLines * LINE_HEIGHT + 4 + barBlock
  }
  return bars > 1 ? Math.max(ROW_HEIGHT, bars * (SUB_BAR_HEIGHT + SUB_BAR_GAP) + 14) : ROW_HEIGHT
}

/** Evenly spaced ticks from 0 to `max` (100 % and above: targets can be exceeded). */
function axisTicks(max: number, count: number): number[] {
  const step = max / (count - 1)
  return Array.from({ length: count }, (_, i) => Math.round(i * step))
}
