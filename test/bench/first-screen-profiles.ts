import type { Browser } from 'playwright-core'
import type { StaticServer } from '../e2e/support/static-server'
import { PROFILES, type ProfileName } from './profiles'
import { failedSession, runFirstScreenSession, runFloorSession, type FloorResult } from './session'
import { serveFolder, type Serving } from './serving'
import { summarize, type Summary } from './stats'

/** One row of the profiles table: a device and the way the files are served. */
export interface FirstScreenRun {
  profile: ProfileName
  serving: Serving
  /** Cold visits to make (each right after one to the static floor, served the same way). */
  repetitions: number
}

export const FIRST_SCREEN_METRICS = {
  domContentLoadedMs: { label: 'DOMContentLoaded', unit: 'ms' },
  fcpMs: { label: 'First contentful paint', unit: 'ms' },
  headlineMs: { label: 'Headline on screen', unit: 'ms' },
  floorHeadlineMs: { label: 'Static floor: headline', unit: 'ms' },
  headlineVsFloor: { label: 'Headline ÷ floor', unit: '×' },
  chartsMs: { label: 'Charts drawn', unit: 'ms' },
  dataDoneMs: { label: 'Data downloaded', unit: 'ms' },
  jsTransferKB: { label: 'JS before the headline, on the wire', unit: 'kB' },
  jsBlockingGzipKB: { label: 'JS the headline waits for (gzip)', unit: 'kB' },
} as const satisfies Record<string, { label: string; unit: string }>

export type FirstScreenMetricKey = keyof typeof FIRST_SCREEN_METRICS

export interface FirstScreenRow extends FirstScreenRun {
  loaded: number
  metrics: Record<FirstScreenMetricKey, Summary>
  errors: string[]
}

export interface FirstScreenTarget {
  /** The folder served as the app (the build with the shipped data). */
  siteRoot: string
  basePath: string
  floorRoot: string
  headlineSelector: string
}

/**
 * Cold visits to the overview of the shipped data for each run, the runs interleaved visit by
 * visit (desktop plain, desktop gzip, phone, then again) so that a noisy moment on the machine
 * falls on all of them rather than on one.
 */
export async function measureFirstScreens(
  browser: Browser,
  target: FirstScreenTarget,
  runs: readonly FirstScreenRun[],
  log: (message: string) => void,
): Promise<FirstScreenRow[]> {
  const servers = new Map<string, StaticServer>()
  const serverFor = async (root: string, basePath: string, serving: Serving) => {
    const key = `${root}|${serving}`
    let server = servers.get(key)
    if (!server) {
      server = await serveFolder(root, basePath, serving)
      servers.set(key, server)
    }
    return server
  }
  const visits = runs.map(() => ({
    sessions: [] as Array<Awaited<ReturnType<typeof runFirstScreenSession>>>,
    floors: [] as FloorResult[],
  }))
  try {
    const most = Math.max(0, ...runs.map((r) => r.repetitions))
    for (let rep = 0; rep < most; rep += 1) {
      for (const [i, run] of runs.entries()) {
        const done = visits[i]!
        if (rep >= run.repetitions) continue
        if (done.sessions.some((s) => !Number.isFinite(s.headlineMs))) continue
        const profile = PROFILES[run.profile]
        const floor = await serverFor(target.floorRoot, '/floor/', run.serving)
        const app = await serverFor(target.siteRoot, target.basePath, run.serving)
        done.floors.push(
          await runFloorSession(browser, floor.url, target.headlineSelector, profile),
        )
        const session = await runFirstScreenSession(
          browser,
          { ...target, url: app.url },
          profile,
        ).catch(failedSession)
        done.sessions.push(session)
        log(
          `${profile.label}, ${run.serving}, visit ${rep + 1}/${run.repetitions}: headline ` +
            `${Math.round(session.headlineMs)} ms, floor ${Math.round(done.floors.at(-1)!.headlineMs)} ms` +
            (session.errors.length > 0 ? ` (${session.errors.join('; ')})` : ''),
        )
      }
    }
  } finally {
    for (const server of servers.values()) await server.close()
  }
  return runs.map((run, i) => summarizeRun(run, visits[i]!.sessions, visits[i]!.floors))
}

function summarizeRun(
  run: FirstScreenRun,
  allSessions: ReadonlyArray<Awaited<ReturnType<typeof runFirstScreenSession>>>,
  allFloors: readonly FloorResult[],
): FirstScreenRow {
  const loaded = allSessions.flatMap((s, i) =>
    Number.isFinite(s.headlineMs) ? [{ s, floor: allFloors[i]! }] : [],
  )
  const each = (pick: (v: (typeof loaded)[number]) => number) => summarize(loaded.map(pick))
  return {
    ...run,
    loaded: loaded.length,
    metrics: {
      domContentLoadedMs: each(({ s }) => s.domContentLoadedMs),
      fcpMs: each(({ s }) => s.fcpMs),
      headlineMs: each(({ s }) => s.headlineMs),
      floorHeadlineMs: each(({ floor }) => floor.headlineMs),
      // Paired with the floor visit made just before, so machine noise largely cancels out.
      headlineVsFloor: each(({ s, floor }) => s.headlineMs / floor.headlineMs),
      chartsMs: each(({ s }) => s.chartsMs),
      dataDoneMs: each(({ s }) => s.dataDoneMs),
      jsTransferKB: each(({ s }) => s.jsTransferBytes / 1000),
      jsBlockingGzipKB: each(({ s }) => s.jsBlockingGzipBytes / 1000),
    },
    errors: allSessions.flatMap((s) => s.errors),
  }
}
