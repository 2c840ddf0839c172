import type { MetricKey, Metrics } from './metrics'
import type { SizeName } from './sizes'

/** The goals, each read from one statistic of one metric at one size. */
export interface Goal {
  goal: string
  size: SizeName
  metric: MetricKey
  stat: 'median' | 'p95'
  limit: number
  unit: string
}

export const GOALS: readonly Goal[] = [
  {
    goal: 'First-screen JS ≤ 180 kB gzip (all requested before the headline)',
    size: 'real',
    metric: 'jsGzipKB',
    stat: 'median',
    limit: 180,
    unit: 'kB',
  },
  {
    goal: 'First-screen JS ≤ 180 kB gzip (what the headline waits for)',
    size: 'real',
    metric: 'jsBlockingGzipKB',
    stat: 'median',
    limit: 180,
    unit: 'kB',
  },
  {
    goal: 'Headline within 1.5× the static floor',
    size: 'real',
    metric: 'headlineVsFloor',
    stat: 'median',
    limit: 1.5,
    unit: '×',
  },
  {
    goal: 'Overview charts drawn ≤ 1 s',
    size: 'real',
    metric: 'chartsMs',
    stat: 'p95',
    limit: 1000,
    unit: 'ms',
  },
  {
    goal: 'Search p95 ≤ 50 ms',
    size: '1000x',
    metric: 'searchMs',
    stat: 'p95',
    limit: 50,
    unit: 'ms',
  },
  {
    goal: 'Filter p95 ≤ 50 ms',
    size: '1000x',
    metric: 'filterMs',
    stat: 'p95',
    limit: 50,
    unit: 'ms',
  },
  {
    goal: 'Route change ≤ 200 ms (p95)',
    size: '1000x',
    metric: 'routeMs',
    stat: 'p95',
    limit: 200,
    unit: 'ms',
  },
  {
    goal: 'JS heap ≤ 250 MB',
    size: '1000x',
    metric: 'heapMB',
    stat: 'p95',
    limit: 250,
    unit: 'MB',
  },
  {
    goal: 'No task > 200 ms while interacting',
    size: '1000x',
    metric: 'longestInteractionTaskMs',
    stat: 'p95',
    limit: 200,
    unit: 'ms',
  },
  {
    goal: 'No task > 200 ms while loading',
    size: '1000x',
    metric: 'longestLoadTaskMs',
    stat: 'p95',
    limit: 200,
    unit: 'ms',
  },
]

export interface GoalResult extends Goal {
  measured: number | null
  holds: boolean | null
}

export function checkGoals(bySize: Partial<Record<SizeName, Metrics>>): GoalResult[] {
  return GOALS.map((goal) => {
    const value = bySize[goal.size]?.[goal.metric][goal.stat]
    const measured = value === undefined || !Number.isFinite(value) ? null : value
    return { ...goal, measured, holds: measured === null ? null : measured <= goal.limit }
  })
}
