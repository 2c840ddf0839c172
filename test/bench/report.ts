import type { DataCounts } from './data-cost'
import {
  FIRST_SCREEN_METRICS,
  type FirstScreenMetricKey,
  type FirstScreenRow,
} from './first-screen-profiles'
import { MEANINGFUL_MS, type GoalResult } from './goals'
import type { Machine } from './machine'
import { METRICS, type MetricKey, type Metrics } from './metrics'
import { PROFILES } from './profiles'
import type { Serving } from './serving'
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
  /** The median at 100× (NaN when not measured): a small base makes a ratio noise. */
  base100: number
  superlinear: boolean
}

export interface BenchReport {
  generatedAt: string
  /** The command line that produced it, when run from `npm run bench`. */
  command?: string
  machine: Machine
  asOf: string
  /** The static floor of the desktop sweep, served like the sweep. */
  floor: { fcpMs: Summary; headlineMs: Summary }
  /** How the desktop sweep (the sizes table) was served. */
  sweepServing: Serving
  sizes: SizeReport[]
  /** The shipped data's first screen on each device and serving, with its own floor visits. */
  firstScreens: FirstScreenRow[]
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
        base100: hundred?.[metric].median ?? Number.NaN,
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
  return [
    `### Benchmark (${report.generatedAt.slice(0, 10)})`,
    '',
    ...(report.command ? [`Produced by \`${report.command}\`.`, ''] : []),
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}; Node ${m.node}; ` +
      `Chromium ${m.chromium} (headless). Load average ${m.loadAverage.start} at the start, ` +
      `${m.loadAverage.end} at the end (other work on the machine is noise).`,
    '',
    ...firstScreenSection(report),
    ...sweepSection(report),
    ...goalsSection(report.goals),
  ].join('\n')
}

function firstScreenSection(report: BenchReport): string[] {
  const rows = report.firstScreens
  if (rows.length === 0) return []
  const phone = PROFILES['slow-phone']
  const keys = Object.keys(FIRST_SCREEN_METRICS) as FirstScreenMetricKey[]
  return [
    "#### The shipped data's first screen, by device and serving",
    '',
    `Cold visits to \`#/?asOf=${report.asOf}\` (overview only), each right after a visit to the ` +
      'static floor (hand-written HTML with the same headline figures) on the same device, served ' +
      'the same way. **desktop**: this machine, 1280×900, no throttling. **slow phone**: ' +
      `Lighthouse's mobile profile through the DevTools protocol: ${phone.network!.latency} ms ` +
      'round trip, 1,638 kbit/s down, 675 kbit/s up, CPU ' +
      `${phone.cpuSlowdown}× slower, 412×823 touch screen. **plain**: files as on disk; ` +
      '**gzip**: HTML, JS, CSS and JSON gzipped (level 6) like nginx with `gzip on`. Cells are ' +
      '**median (p95)** over visits.',
    '',
    `| device | served | visits (shown) | ${keys.map((k) => `${FIRST_SCREEN_METRICS[k].label} (${FIRST_SCREEN_METRICS[k].unit})`).join(' | ')} |`,
    `| --- | --- | ---: | ${keys.map(() => '---:').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${PROFILES[r.profile].label} | ${r.serving} | ${r.repetitions} (${r.loaded}) | ` +
        `${keys.map((k) => cell(r.metrics[k], FIRST_SCREEN_METRICS[k].unit)).join(' | ')} |`,
    ),
    '',
    ...rows.flatMap((r) =>
      r.errors.length > 0
        ? [
            `Failures (${PROFILES[r.profile].label}, ${r.serving}): ${[...new Set(r.errors)].join('; ')}`,
            '',
          ]
        : [],
    ),
  ]
}

function sweepSection(report: BenchReport): string[] {
  const sizes = report.sizes
  if (sizes.length === 0) return []
  const ratio = (r: number | null) => (r === null ? '—' : `${number(r, r < 10 ? 2 : 0)}×`)
  const lines = [
    `#### Desktop, every size (served ${report.sweepServing})`,
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
  )
  return lines
}

function goalsSection(goals: readonly GoalResult[]): string[] {
  const measured = (g: GoalResult) =>
    g.measured === null
      ? '—'
      : `${number(g.measured, g.unit === '×' ? 2 : 0)} ${g.unit} (${g.stat}${g.note ? `: ${g.note}` : ''})`
  return [
    '#### Goals',
    '',
    '| goal | data | measured | holds |',
    '| --- | --- | ---: | :---: |',
    ...goals.map(
      (g) =>
        `| ${g.goal} | ${g.data} | ${measured(g)} | ` +
        `${g.holds === null ? 'not measured' : g.holds ? 'yes' : '**no**'} |`,
    ),
    '',
  ]
}
