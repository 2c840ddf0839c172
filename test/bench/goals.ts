import type { FirstScreenMetricKey, FirstScreenRow } from './first-screen-profiles'
import { METRICS, type MetricKey, type Metrics } from './metrics'
import { PROFILES, type ProfileName } from './profiles'
import type { Serving } from './serving'
import { SIZE_LABELS, type SizeName } from './sizes'

/** Where a goal is read: one statistic of one metric, at one size of the desktop sweep… */
interface SweepGoal {
  goal: string
  size: SizeName
  metric: MetricKey
  stat: 'median' | 'p95'
  limit: number
  unit: string
}

/** …or of one row of the profiles table (the shipped data on a device, served one way)… */
interface FirstScreenGoal {
  goal: string
  profile: ProfileName
  serving: Serving
  metric: FirstScreenMetricKey
  stat: 'median' | 'p95'
  limit: number
  unit: string
}

/** …or the largest 1000× ÷ 100× ratio of the browser's times (the cost curve). */
interface GrowthGoal {
  goal: string
  growth: true
  limit: number
  unit: '×'
}

export type Goal = SweepGoal | FirstScreenGoal | GrowthGoal

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
  {
    goal: 'Slow phone: headline ÷ static floor ≤ 3× (same profile)',
    profile: 'slow-phone',
    serving: 'gzip',
    metric: 'headlineVsFloor',
    stat: 'median',
    limit: 3,
    unit: '×',
  },
  {
    goal: 'Slow phone: headline on screen ≤ 2.5 s',
    profile: 'slow-phone',
    serving: 'gzip',
    metric: 'headlineMs',
    stat: 'median',
    limit: 2500,
    unit: 'ms',
  },
  {
    goal: 'Quiet desktop: headline ÷ static floor ≤ 2.5×',
    profile: 'desktop',
    serving: 'plain',
    metric: 'headlineVsFloor',
    stat: 'median',
    limit: 2.5,
    unit: '×',
  },
  {
    goal: 'Quiet desktop: headline ÷ static floor ≤ 2.5×',
    profile: 'desktop',
    serving: 'gzip',
    metric: 'headlineVsFloor',
    stat: 'median',
    limit: 2.5,
    unit: '×',
  },
  {
    goal: 'First-screen JS ≤ 120 kB gzip (what the headline waits for)',
    size: 'real',
    metric: 'jsBlockingGzipKB',
    stat: 'median',
    limit: 120,
    unit: 'kB',
  },
  {
    goal: 'First figure on screen ≤ 5 s',
    size: '1000x',
    metric: 'headlineMs',
    stat: 'median',
    limit: 5000,
    unit: 'ms',
  },
  {
    goal: 'No task > 100 ms while interacting',
    size: '1000x',
    metric: 'longestInteractionTaskMs',
    stat: 'p95',
    limit: 100,
    unit: 'ms',
  },
  {
    goal: 'Every browser time grows ≤ 10× from 100× to 1000× (linear or better)',
    growth: true,
    limit: 10,
    unit: '×',
  },
]

/** A goal as the report shows it: where it was read, what was measured, whether it holds. */
export interface GoalResult {
  goal: string
  /** Which data, device and serving the figure comes from, in words. */
  data: string
  stat: 'median' | 'p95' | 'largest'
  limit: number
  unit: string
  measured: number | null
  holds: boolean | null
  /** For the growth goal: which time grew the most. */
  note?: string
}

export interface GrowthPoint {
  metric: MetricKey
  ratio1000to100: number | null
  /** median at 100× (ms): below MEANINGFUL_MS a ratio is noise, not growth. */
  base100: number
}

export interface GoalInput {
  bySize: Partial<Record<SizeName, Metrics>>
  firstScreens: readonly FirstScreenRow[]
  growth: readonly GrowthPoint[]
  /** How the desktop sweep was served. */
  sweepServing: Serving
}

/** Times measured in Node (parse, validate…) are the data's cost, not the page's: not counted. */
const NODE_METRICS: readonly MetricKey[] = ['parseMs', 'validateMs', 'assembleMs', 'rowsMs']
/** Below this a time is noise-dominated at 100× and its ratio means little. */
export const MEANINGFUL_MS = 20

export function checkGoals(input: GoalInput): GoalResult[] {
  return GOALS.map((goal) => {
    const { measured, data, stat, note } = read(goal, input)
    const value = measured === undefined || !Number.isFinite(measured) ? null : measured
    return {
      goal: goal.goal,
      data,
      stat,
      limit: goal.limit,
      unit: goal.unit,
      measured: value,
      holds: value === null ? null : value <= goal.limit,
      ...(note ? { note } : {}),
    }
  })
}

function read(
  goal: Goal,
  input: GoalInput,
): { measured: number | undefined; data: string; stat: GoalResult['stat']; note?: string } {
  if ('growth' in goal) {
    const counted = input.growth.filter(
      (p) =>
        METRICS[p.metric].unit === 'ms' &&
        !NODE_METRICS.includes(p.metric) &&
        p.ratio1000to100 !== null &&
        p.base100 >= MEANINGFUL_MS,
    )
    const top = counted.sort((a, b) => b.ratio1000to100! - a.ratio1000to100!)[0]
    return {
      measured: top?.ratio1000to100 ?? undefined,
      data: `${SIZE_LABELS['100x']} → ${SIZE_LABELS['1000x']}`,
      stat: 'largest',
      ...(top ? { note: METRICS[top.metric].label } : {}),
    }
  }
  if ('profile' in goal) {
    const row = input.firstScreens.find(
      (r) => r.profile === goal.profile && r.serving === goal.serving,
    )
    return {
      measured: row?.metrics[goal.metric][goal.stat],
      data: `${SIZE_LABELS.real}, ${PROFILES[goal.profile].label}, ${goal.serving}`,
      stat: goal.stat,
    }
  }
  return {
    measured: input.bySize[goal.size]?.[goal.metric][goal.stat],
    data: `${SIZE_LABELS[goal.size]}, ${PROFILES.desktop.label}, ${input.sweepServing}`,
    stat: goal.stat,
  }
}
