import type { DataCounts } from './data-cost'
import type { GoalResult } from './goals'
import type { Machine } from './machine'
import { METRICS, type MetricKey, type Metrics } from './metrics'
import { SIZE_LABELS, type SizeName } from './sizes'
import type { Summary } from './stats'

export interface SizeReport {
  size: SizeName
  /** Cold visits made, and how many of them showed the first screen. */
  repetitions: number
  loaded: number
  counts: DataCounts
  metrics: Metrics
  /** Files counted as first-screen JS / CSS on the first visit. */
  firstScreenFiles: string[]
  /** Phases that failed in some visit (their metrics are missing from the summaries). */
  errors: string[]
}

export interface CurvePoint {
  metric: MetricKey
  /** median(1000×) ÷ median(1×): how much more the same work costs at 1000 times the data. */
  ratio1000to1: number | null
  /** median(1000×) ÷ median(100×): above 10 the cost grows faster than the data (superlinear). */
  ratio1000to100: number | null
  superlinear: boolean
}

export interface BenchReport {
  generatedAt: string
  machine: Machine
  asOf: string
  floor: { fcpMs: Summary; headlineMs: Summary }
  sizes: SizeReport[]
  curve: CurvePoint[]
  goals: GoalResult[]
}

/** Costs that are fixed (bundle bytes) or counts of events are not read as a curve. */
const NOT_A_CURVE: readonly MetricKey[] = [
  'jsGzipKB',
  'jsBlockingGzipKB',
  'cssGzipKB',
  'fcpVsFloor',
  'headlineVsFloor',
  'chartsVsFloor',
]
/** Growth 10× the data may cost this much more than 10× before it is called superlinear. */
const NOISE_ALLOWANCE = 1.5
/** Below this a metric is noise-dominated at 100× and its ratio means little. */
const MEANINGFUL_MS = 20

export function costCurve(sizes: readonly SizeReport[]): CurvePoint[] {
  const at = (size: SizeName) => sizes.find((s) => s.size === size)?.metrics
  const [one, hundred, thousand] = [at('1x'), at('100x'), at('1000x')]
  return (Object.keys(METRICS) as MetricKey[])
    .filter((metric) => !NOT_A_CURVE.includes(metric))
    .map((metric) => {
      const ratio = (a: Metrics | undefined, b: Metrics | undefined) => {
        const top = a?.[metric].median
        const bottom = b?.[metric].median
        return top !== undefined && bottom !== undefined && bottom > 0 && Number.isFinite(top)
          ? top / bottom
          : null
      }
      const ratio1000to100 = ratio(thousand, hundred)
      const base = hundred?.[metric].median ?? 0
      return {
        metric,
        ratio1000to1: ratio(thousand, one),
        ratio1000to100,
        superlinear:
          ratio1000to100 !== null &&
          ratio1000to100 > 10 * NOISE_ALLOWANCE &&
          (METRICS[metric].unit !== 'ms' || base >= MEANINGFUL_MS),
      }
    })
}

// ------------------------------------------------------------------------------ Markdown

const number = (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    : '—'

function cell(summary: Summary | undefined, unit: string): string {
  if (!summary || summary.n === 0) return '—'
  const digits = unit === '×' ? 2 : unit === 'kB' || summary.median < 10 ? 1 : 0
  const median = number(summary.median, digits)
  // One sample has no spread worth printing; otherwise "median (p95)".
  return summary.n > 1 && summary.p95 !== summary.median
    ? `${median} (${number(summary.p95, digits)})`
    : median
}

export function toMarkdown(report: BenchReport): string {
  const m = report.machine
  const sizes = report.sizes
  const ratio = (r: number | null) => (r === null ? '—' : `${number(r, r < 10 ? 2 : 0)}×`)
  const lines: string[] = [
    `### Benchmark (${report.generatedAt.slice(0, 10)})`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}; Node ${m.node}; ` +
      `Chromium ${m.chromium} (headless). Load average ${m.loadAverage.start} at the start, ` +
      `${m.loadAverage.end} at the end (other work on the machine is noise).`,
    '',
    `Each visit is cold (new browser context, empty cache) to \`#/?asOf=${report.asOf}\` at ` +
      '1280×900, then clicks through the navigation, types in the search box and toggles a ' +
      'status filter. Cells are **median (p95)** over visits, or over every keystroke / click ' +
      'for the interaction rows. The static floor (hand-written HTML with the same headline ' +
      `figures) has FCP ${cell(report.floor.fcpMs, 'ms')} ms and headline ` +
      `${cell(report.floor.headlineMs, 'ms')} ms.`,
    '',
    `| data | ${sizes.map((s) => SIZE_LABELS[s.size]).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    `| visits (first screen shown) | ${sizes.map((s) => `${s.repetitions} (${s.loaded})`).join(' | ')} |`,
    `| documents | ${sizes.map((s) => number(s.counts.documents, 0)).join(' | ')} |`,
    `| commitments | ${sizes.map((s) => number(s.counts.commitments, 0)).join(' | ')} |`,
    `| updates | ${sizes.map((s) => number(s.counts.updates, 0)).join(' | ')} |`,
    `| funding lines | ${sizes.map((s) => number(s.counts.fundingLines, 0)).join(' | ')} |`,
    `| data files (MB) | ${sizes.map((s) => number(s.counts.bytes / 1e6, 2)).join(' | ')} |`,
    '',
    `| metric | unit | ${sizes.map((s) => SIZE_LABELS[s.size]).join(' | ')} | 1000×/1× | 1000×/100× |`,
    `| --- | --- | ${sizes.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ]
  for (const [key, { label, unit }] of Object.entries(METRICS) as Array<
    [MetricKey, (typeof METRICS)[MetricKey]]
  >) {
    const point = report.curve.find((p) => p.metric === key)
    const flag = point?.superlinear ? ' ⚠' : ''
    lines.push(
      `| ${label} | ${unit} | ${sizes.map((s) => cell(s.metrics[key], unit)).join(' | ')} | ` +
        `${point ? ratio(point.ratio1000to1) : '—'} | ${point ? ratio(point.ratio1000to100) : '—'}${flag} |`,
    )
  }
  lines.push(
    '',
    '⚠ = grows faster than the data between 100× and 1000× (more than 15× for 10× the data).',
    '',
    ...sizes.flatMap((s) =>
      s.errors.length > 0
        ? [`Failures at ${SIZE_LABELS[s.size]}: ${[...new Set(s.errors)].join('; ')}`, '']
        : [],
    ),
    '| goal | data | measured | holds |',
    '| --- | --- | ---: | :---: |',
    ...report.goals.map(
      (g) =>
        `| ${g.goal} | ${SIZE_LABELS[g.size]} | ${
          g.measured === null
            ? '—'
            : `${number(g.measured, g.unit === '×' ? 2 : 0)} ${g.unit} (${g.stat})`
        } | ${g.holds === null ? 'not measured' : g.holds ? 'yes' : '**no**'} |`,
    ),
    '',
  )
  return lines.join('\n')
}
