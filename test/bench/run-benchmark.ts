import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../e2e/support/browser'
import { buildApp } from './build-app'
import { measureDataCost } from './data-cost'
import {
  measureFirstScreens,
  type FirstScreenRow,
  type FirstScreenRun,
} from './first-screen-profiles'
import { checkGoals } from './goals'
import { planSearch, planStatusToggle } from './interactions'
import { currentLoad, describeMachine } from './machine'
import { summarizeSize } from './metrics'
import { prepareSite } from './prepare-site'
import { costCurve, type BenchReport, type SizeReport } from './report'
import {
  AS_OF,
  failedSession,
  runFloorSession,
  runSession,
  type FloorResult,
  type SessionResult,
} from './session'
import { serveFolder, type Serving } from './serving'
import type { SizeName } from './sizes'
import { summarize } from './stats'

export interface BenchOptions {
  /** The desktop sweep: full visits (first screen, list, interactions) at each size. */
  sizes: readonly SizeName[]
  /** How the sweep's app and floor are served (default plain). */
  sweepServing?: Serving
  /** First-screen-only visits to the shipped data, per device and serving (the profiles table). */
  firstScreens?: readonly FirstScreenRun[]
  /** Cold visits per size. */
  repetitions: Readonly<Record<SizeName, number>>
  /** A production build to use instead of building one (the e2e setup has built it already). */
  dist?: string
  /** Timed keystrokes per visit (about; whole words are typed and deleted). */
  keystrokes?: number
  toggles?: number
  routeCycles?: number
  log?: (message: string) => void
  /** The command line, for the report. */
  command?: string
}

const FLOOR_DIR = fileURLToPath(new URL('./floor/', import.meta.url))
const BASE_PATH = '/apps/commitments/'
const REAL_HEADLINE = '[data-commitment-id="km-153005-c-gap-5334"]'
/** On generated data: any headline card (the overview gives `data-commitment-id` to those only). */
const ANY_HEADLINE = 'main [data-commitment-id]'

/**
 * Builds the app (unless given a build). First the profiles table: cold visits to the shipped
 * data's overview on each device and serving, each after a visit to the static floor served the
 * same way. Then the desktop sweep, for each size: writes the data, serves it like an intranet
 * server, measures the Node-side data cost, and makes cold visits in headless Chromium, each
 * right after a visit to the static floor page.
 */
export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {})
  const loadAtStart = currentLoad()
  const workDir = mkdtempSync(join(tmpdir(), 'commitment-bench-'))
  let browser: Browser | undefined
  const sweepServing = options.sweepServing ?? 'plain'
  const floorServer = await serveFolder(FLOOR_DIR, '/floor/', sweepServing)
  try {
    const dist = options.dist ?? join(workDir, 'dist')
    if (!options.dist) {
      log(`building the app into ${dist}`)
      await buildApp(dist)
    }
    browser = await launchBrowser()
    const firstScreens: FirstScreenRow[] = await measureFirstScreens(
      browser,
      {
        siteRoot: prepareSite(dist, workDir, 'real').root,
        basePath: BASE_PATH,
        floorRoot: FLOOR_DIR,
        headlineSelector: REAL_HEADLINE,
      },
      options.firstScreens ?? [],
      log,
    )
    const sizes: SizeReport[] = []
    const allFloors: FloorResult[] = []
    for (const size of options.sizes) {
      const repetitions = options.repetitions[size]
      log(`${size}: writing data`)
      const site = prepareSite(dist, workDir, size)
      const server = await serveFolder(site.root, BASE_PATH, sweepServing)
      try {
        log(`${size}: Node data cost`)
        const cost = measureDataCost(site.dataFolder, AS_OF, repetitions)
        const plan = {
          url: server.url,
          siteRoot: site.root,
          basePath: BASE_PATH,
          headlineSelector: size === 'real' ? REAL_HEADLINE : ANY_HEADLINE,
          keystrokes: planSearch(cost.rows, options.keystrokes ?? 40),
          status: planStatusToggle(cost.rows),
          toggles: options.toggles ?? 20,
          routeCycles: options.routeCycles ?? 2,
        }
        const sessions: SessionResult[] = []
        const floors: FloorResult[] = []
        for (let rep = 0; rep < repetitions; rep += 1) {
          floors.push(await runFloorSession(browser, floorServer.url, REAL_HEADLINE))
          const session = await runSession(browser, plan).catch(failedSession)
          sessions.push(session)
          for (const error of session.errors) log(`${size} visit ${rep + 1}: ${error}`)
          if (!Number.isFinite(session.headlineMs)) {
            // A first screen that never came will not come on the next visit either.
            log(`${size}: the first screen never appeared; skipping the remaining visits`)
            break
          }
          log(
            `${size} visit ${rep + 1}/${repetitions}: headline ${Math.round(session.headlineMs)} ms, ` +
              `charts ${Math.round(session.chartsMs)} ms, heap ${Math.round(session.heapUsedMB)} MB`,
          )
        }
        allFloors.push(...floors)
        sizes.push({
          size,
          repetitions: sessions.length,
          loaded: sessions.filter((s) => Number.isFinite(s.headlineMs)).length,
          counts: cost.counts,
          metrics: summarizeSize(sessions, floors, cost.samples),
          firstScreenFiles: sessions[0]?.firstScreenFiles ?? [],
          errors: sessions.flatMap((s) => s.errors),
        })
      } finally {
        await server.close()
        if (site.root !== dist) rmSync(site.root, { recursive: true, force: true })
      }
    }
    const bySize = Object.fromEntries(sizes.map((s) => [s.size, s.metrics]))
    const curve = costCurve(sizes)
    return {
      generatedAt: new Date().toISOString(),
      ...(options.command ? { command: options.command } : {}),
      machine: describeMachine(browser.version(), loadAtStart),
      asOf: AS_OF,
      floor: {
        fcpMs: summarize(allFloors.map((f) => f.fcpMs)),
        headlineMs: summarize(allFloors.map((f) => f.headlineMs)),
      },
      sweepServing,
      sizes,
      firstScreens,
      curve,
      goals: checkGoals({ bySize, firstScreens, growth: curve, sweepServing }),
    }
  } finally {
    await browser?.close()
    await floorServer.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}
