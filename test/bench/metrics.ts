import type { DataCostSample } from './data-cost'
import type { FloorResult, SessionResult } from './session'
import { summarize, type Summary } from './stats'

/**
 * Every metric the report shows, in order. `per` says what one sample is: a cold visit
 * (session), one keystroke / click (interaction, pooled over all visits) or one Node pass.
 */
export const METRICS = {
  domContentLoadedMs: { label: 'DOMContentLoaded (JS parsed and run)', unit: 'ms' },
  fcpMs: { label: 'First contentful paint', unit: 'ms' },
  headlineMs: { label: 'Headline figures on screen', unit: 'ms' },
  chartsMs: { label: 'Overview charts drawn', unit: 'ms' },
  fcpVsFloor: { label: 'FCP ÷ static floor', unit: '×' },
  headlineVsFloor: { label: 'Headline ÷ static floor', unit: '×' },
  chartsVsFloor: { label: 'Charts ÷ static floor headline', unit: '×' },
  dataDoneMs: { label: 'All data files downloaded', unit: 'ms' },
  dataRequests: { label: 'Data requests', unit: '' },
  jsGzipKB: { label: 'JS requested before the headline (gzip)', unit: 'kB' },
  jsBlockingGzipKB: { label: '… of which the headline waits for', unit: 'kB' },
  cssGzipKB: { label: 'First-screen CSS (gzip)', unit: 'kB' },
  parseMs: { label: 'Node: JSON.parse of all files', unit: 'ms' },
  validateMs: { label: 'Node: validate (zod, item by item)', unit: 'ms' },
  assembleMs: { label: 'Node: assemble (cross-file checks)', unit: 'ms' },
  rowsMs: { label: 'Node: status rows for the as-of day', unit: 'ms' },
  searchMs: { label: 'Search keystroke → count updated', unit: 'ms' },
  filterMs: { label: 'Status checkbox → count updated', unit: 'ms' },
  routeMs: { label: 'Route change → new h1 (all)', unit: 'ms' },
  routeOverviewMs: { label: '… to the overview', unit: 'ms' },
  routeCommitmentsMs: { label: '… to commitments', unit: 'ms' },
  routeFundingMs: { label: '… to funding', unit: 'ms' },
  routeDocumentsMs: { label: '… to documents', unit: 'ms' },
  heapMB: { label: 'JS heap after GC', unit: 'MB' },
  heapBeforeGcMB: { label: 'JS heap before GC', unit: 'MB' },
  longTasksOver200: { label: 'Long tasks > 200 ms per visit', unit: '' },
  longestLoadTaskMs: { label: 'Longest task while loading', unit: 'ms' },
  longestInteractionTaskMs: { label: 'Longest task while interacting', unit: 'ms' },
} as const satisfies Record<string, { label: string; unit: string }>

export type MetricKey = keyof typeof METRICS
export type Metrics = Record<MetricKey, Summary>

const KB = 1000
const routeOf = (s: SessionResult, route: string) =>
  s.routeSamples.filter((r) => r.route === route).map((r) => r.ms)

/** Sessions (paired with the floor visit made just before each) and Node passes → summaries. */
export function summarizeSize(
  allSessions: readonly SessionResult[],
  allFloors: readonly FloorResult[],
  costs: readonly DataCostSample[],
): Metrics {
  // A visit that never showed its first screen has nothing to say (its failure is reported).
  const loaded = allSessions.flatMap((s, i) =>
    Number.isFinite(s.headlineMs) ? [{ s, floor: allFloors[i]! }] : [],
  )
  const sessions = loaded.map(({ s }) => s)
  const floors = loaded.map(({ floor }) => floor)
  const each = (pick: (s: SessionResult) => number) => summarize(sessions.map(pick))
  const pooled = (pick: (s: SessionResult) => number[]) => summarize(sessions.flatMap(pick))
  // Paired with the floor visit of the same repetition, so machine noise largely cancels out.
  const vsFloor = (pick: (s: SessionResult) => number, floor: (f: FloorResult) => number) =>
    summarize(sessions.map((s, i) => pick(s) / floor(floors[i]!)))
  const longest = (tasks: number[]) => Math.max(0, ...tasks)
  return {
    domContentLoadedMs: each((s) => s.domContentLoadedMs),
    fcpMs: each((s) => s.fcpMs),
    headlineMs: each((s) => s.headlineMs),
    chartsMs: each((s) => s.chartsMs),
    fcpVsFloor: vsFloor(
      (s) => s.fcpMs,
      (f) => f.fcpMs,
    ),
    headlineVsFloor: vsFloor(
      (s) => s.headlineMs,
      (f) => f.headlineMs,
    ),
    chartsVsFloor: vsFloor(
      (s) => s.chartsMs,
      (f) => f.headlineMs,
    ),
    dataDoneMs: each((s) => s.dataDoneMs),
    dataRequests: each((s) => s.dataRequests),
    jsGzipKB: each((s) => s.jsGzipBytes / KB),
    jsBlockingGzipKB: each((s) => s.jsBlockingGzipBytes / KB),
    cssGzipKB: each((s) => s.cssGzipBytes / KB),
    parseMs: summarize(costs.map((c) => c.parseMs)),
    validateMs: summarize(costs.map((c) => c.validateMs)),
    assembleMs: summarize(costs.map((c) => c.assembleMs)),
    rowsMs: summarize(costs.map((c) => c.rowsMs)),
    searchMs: pooled((s) => s.searchSamples),
    filterMs: pooled((s) => s.filterSamples),
    routeMs: pooled((s) => s.routeSamples.map((r) => r.ms)),
    routeOverviewMs: pooled((s) => routeOf(s, 'overview')),
    routeCommitmentsMs: pooled((s) => routeOf(s, 'commitments')),
    routeFundingMs: pooled((s) => routeOf(s, 'funding')),
    routeDocumentsMs: pooled((s) => routeOf(s, 'documents')),
    heapMB: each((s) => s.heapUsedMB),
    heapBeforeGcMB: each((s) => s.heapBeforeGcMB),
    longTasksOver200: each(
      (s) => [...s.loadLongTasks, ...s.interactionLongTasks].filter((d) => d > 200).length,
    ),
    longestLoadTaskMs: each((s) => longest(s.loadLongTasks)),
    longestInteractionTaskMs: each((s) => longest(s.interactionLongTasks)),
  }
}
