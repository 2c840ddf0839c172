import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import type { Status } from '../../src/domain/status'
import { firstScreenBytes } from './first-screen-bytes'
import { measureRoutes, measureSearch, measureStatusToggle, type Keystroke } from './interactions'
import { installProbe, KEEP_NAMES_SHIM, readLoad, settle, type LoadReading } from './page-probe'
import { PROFILES, throttle, type Profile } from './profiles'

/** The view every session opens: a fixed as-of date keeps statuses the same on every run. */
export const AS_OF = '2025-06-30'
/** Long enough for 1000× on a slow machine; a page that needs more has failed. */
const LOAD_TIMEOUT_MS = 180_000
const CHARTS_TIMEOUT_MS = 60_000

export interface SessionPlan {
  url: string
  siteRoot: string
  basePath: string
  /** The element that proves the headline figures are on screen. */
  headlineSelector: string
  keystrokes: readonly Keystroke[]
  status: Status
  toggles: number
  routeCycles: number
}

export interface SessionResult {
  /** DOMContentLoaded: the HTML parsed and the entry module (with its imports) executed. */
  domContentLoadedMs: number
  fcpMs: number
  headlineMs: number
  chartsMs: number
  /** The last data file's response end: everything downloaded. */
  dataDoneMs: number
  dataRequests: number
  jsGzipBytes: number
  jsBlockingGzipBytes: number
  /** The JS requested before the headline as it crossed the wire (gzip only when served so). */
  jsTransferBytes: number
  cssGzipBytes: number
  firstScreenFiles: string[]
  routeSamples: Array<{ route: string; ms: number }>
  searchSamples: number[]
  filterSamples: number[]
  heapUsedMB: number
  heapBeforeGcMB: number
  /**
   * Long tasks (≥ 50 ms, as Chromium reports them) of the overview's cold load until the network
   * was idle, and of the list from its first screen on (typing, filters, navigation).
   */
  loadLongTasks: number[]
  interactionLongTasks: number[]
  /** What failed (a timeout, a crashed page); the metrics it would have given are NaN. */
  errors: string[]
}

const CHARTS_SELECTOR = '[data-widget-id="targets"] .progress-bar'

/**
 * One visit with a fresh browser context (empty cache). First the overview, cold: the first
 * screen. Then the list opened in a new tab of the same context (data from the HTTP cache): typing
 * and ticking filters, the JS heap, and a round of the navigation. The list is opened on its own
 * so that an overview still busy at 1000× does not stop the list from being measured.
 */
export async function runSession(browser: Browser, plan: SessionPlan): Promise<SessionResult> {
  const context = await browser.newContext(PROFILES.desktop.context)
  const errors: string[] = []
  const attempt = async <T>(phase: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      errors.push(`${phase}: ${String(error).split('\n')[0]}`)
      return fallback
    }
  }
  try {
    const first = await measureFirstScreen(context, plan, PROFILES.desktop, errors)
    const page = await openProbed(context, {})
    const onList = await attempt(
      'open the list',
      async () => {
        await page.goto(`${plan.url}#/commitments?asOf=${AS_OF}`)
        await page.locator('.list-count').waitFor({ timeout: LOAD_TIMEOUT_MS })
        await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS })
        await page.evaluate(settle)
        return true
      },
      false,
    )
    const listOpened = await page.evaluate(() => performance.now())
    const searchSamples = onList
      ? await attempt('search', () => measureSearch(page, plan.keystrokes), [])
      : []
    const filterSamples = onList
      ? await attempt('filter', () => measureStatusToggle(page, plan.status, plan.toggles), [])
      : []
    const heap = await attempt('heap', () => measureHeap(context, page), {
      heapBeforeGcMB: Number.NaN,
      heapUsedMB: Number.NaN,
    })
    const routeSamples = onList
      ? await attempt('routes', () => measureRoutes(page, plan.routeCycles), [])
      : []
    for (const { route, ms } of routeSamples) {
      if (!Number.isFinite(ms)) errors.push(`routes: no h1 on ${route} within 60 s`)
    }
    const longTasks = await attempt(
      'long tasks',
      async () => (await page.evaluate(readLoad)).longTasks,
      [],
    )
    return {
      ...first,
      routeSamples,
      searchSamples,
      filterSamples,
      ...heap,
      interactionLongTasks: longTasks
        .filter((task) => task.start >= listOpened)
        .map((task) => task.duration),
      errors,
    }
  } finally {
    await context.close()
  }
}

export type FirstScreen = Omit<
  SessionResult,
  | 'routeSamples'
  | 'searchSamples'
  | 'filterSamples'
  | 'heapUsedMB'
  | 'heapBeforeGcMB'
  | 'interactionLongTasks'
  | 'errors'
>

export type FirstScreenPlan = Pick<
  SessionPlan,
  'url' | 'siteRoot' | 'basePath' | 'headlineSelector'
>

/**
 * A cold visit to the overview only, on the given device (a new context: empty cache). What the
 * profiles table reports; the list and its interactions are measured on the desktop sweep.
 */
export async function runFirstScreenSession(
  browser: Browser,
  plan: FirstScreenPlan,
  profile: Profile,
): Promise<FirstScreen & { errors: string[] }> {
  const context = await browser.newContext(profile.context)
  const errors: string[] = []
  try {
    return { ...(await measureFirstScreen(context, plan, profile, errors)), errors }
  } finally {
    await context.close()
  }
}

/** The overview, cold: paint, headline, charts, downloads and the long tasks until it settles. */
async function measureFirstScreen(
  context: BrowserContext,
  plan: FirstScreenPlan,
  profile: Profile,
  errors: string[],
): Promise<FirstScreen> {
  const page = await openProbed(context, {
    headline: plan.headlineSelector,
    charts: CHARTS_SELECTOR,
  })
  const cdp = await throttle(page, profile)
  const workerRequests = recordRequests(page)
  await page.goto(`${plan.url}#/?asOf=${AS_OF}`)
  await page.waitForFunction(() => window.__benchProbe?.seen.headline, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 100,
  })
  // The charts may never come (a page busy drawing a thousand of them): say so, and go on.
  await page
    .waitForFunction(() => window.__benchProbe?.seen.charts, null, {
      timeout: CHARTS_TIMEOUT_MS,
      polling: 100,
    })
    .catch(() => errors.push(`charts: not drawn within ${CHARTS_TIMEOUT_MS / 1000} s`))
  await page
    .waitForLoadState('networkidle', { timeout: CHARTS_TIMEOUT_MS })
    .catch(() => errors.push('load: the network was still busy'))
  const load = withWorkerRequests(await page.evaluate(readLoad), await workerRequests())
  await cdp?.detach()
  await page.close()
  const bytes = firstScreenBytes(load, load.seen.headline!.inDom, plan.siteRoot, plan.basePath)
  const data = load.resources.filter((r) => new URL(r.name).pathname.includes('/data/'))
  return {
    domContentLoadedMs: load.domContentLoaded,
    fcpMs: load.fcp ?? Number.NaN,
    headlineMs: onScreen(load, 'headline'),
    chartsMs: onScreen(load, 'charts'),
    dataDoneMs: Math.max(...data.map((r) => r.responseEnd)),
    dataRequests: data.length,
    jsGzipBytes: bytes.jsGzip,
    jsBlockingGzipBytes: bytes.jsBlockingGzip,
    jsTransferBytes: bytes.jsTransfer,
    cssGzipBytes: bytes.cssGzip,
    firstScreenFiles: bytes.files,
    loadLongTasks: load.longTasks.map((task) => task.duration),
  }
}

export interface FloorResult {
  fcpMs: number
  headlineMs: number
}

/** The floor: the same headline figures as hand-written HTML, no JavaScript at all. */
export async function runFloorSession(
  browser: Browser,
  url: string,
  headlineSelector: string,
  profile: Profile = PROFILES.desktop,
): Promise<FloorResult> {
  const context = await browser.newContext(profile.context)
  try {
    const page = await openProbed(context, { headline: headlineSelector })
    const cdp = await throttle(page, profile)
    await page.goto(url)
    // The paint timing entry can arrive a frame after the element: wait for both.
    await page.waitForFunction(
      () =>
        window.__benchProbe?.seen.headline &&
        performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { polling: 50 },
    )
    const load = await page.evaluate(readLoad)
    await cdp?.detach()
    return { fcpMs: load.fcp ?? Number.NaN, headlineMs: onScreen(load, 'headline') }
  } finally {
    await context.close()
  }
}

type Resource = LoadReading['resources'][number]

/**
 * Every request the page and its workers made, as Playwright saw them (a dedicated worker's
 * fetches are in the worker's own performance timeline, not the page's). Read after the load:
 * times on the page's clock (ms since its time origin).
 */
function recordRequests(page: Page): () => Promise<Resource[]> {
  const finished: Request[] = []
  page.on('requestfinished', (request) => finished.push(request))
  return async () => {
    const origin = await page.evaluate(() => performance.timeOrigin)
    return Promise.all(
      finished.map(async (request) => {
        const timing = request.timing()
        const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }))
        return {
          name: request.url(),
          initiatorType: 'playwright',
          startTime: timing.startTime - origin,
          // -1: Playwright saw no response end (a failed or cancelled request).
          responseEnd:
            timing.responseEnd < 0 ? Number.NaN : timing.startTime + timing.responseEnd - origin,
          encodedBodySize: sizes.responseBodySize,
        }
      }),
    )
  }
}

/** The page's own resource timings, plus the requests it cannot see (its workers'). */
function withWorkerRequests(load: LoadReading, all: readonly Resource[]): LoadReading {
  const seen = new Set(load.resources.map((r) => r.name))
  const missing = all.filter((r) => !seen.has(r.name) && Number.isFinite(r.responseEnd))
  return { ...load, resources: [...load.resources, ...missing] }
}

async function openProbed(context: BrowserContext, watch: Record<string, string>): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript(KEEP_NAMES_SHIM)
  await page.addInitScript(installProbe, { watch })
  return page
}

/**
 * On screen = the first frame after the element entered the DOM, and never before the first
 * contentful paint (a plain HTML page has its elements in the DOM before anything is painted).
 */
function onScreen(load: LoadReading, name: string): number {
  const seen = load.seen[name]
  if (!seen) return Number.NaN
  return Math.max(seen.frame, load.fcp ?? 0)
}

/** V8's heap after the whole session, as it was and after a full garbage collection. */
async function measureHeap(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  const before = await cdp.send('Runtime.getHeapUsage')
  await cdp.send('HeapProfiler.collectGarbage')
  const after = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  const mb = (bytes: number) => bytes / 2 ** 20
  return { heapBeforeGcMB: mb(before.usedSize), heapUsedMB: mb(after.usedSize) }
}

/** A visit that failed before its first screen: every metric missing, the reason kept. */
export function failedSession(error: unknown): SessionResult {
  return {
    domContentLoadedMs: Number.NaN,
    fcpMs: Number.NaN,
    headlineMs: Number.NaN,
    chartsMs: Number.NaN,
    dataDoneMs: Number.NaN,
    dataRequests: Number.NaN,
    jsGzipBytes: Number.NaN,
    jsBlockingGzipBytes: Number.NaN,
    jsTransferBytes: Number.NaN,
    cssGzipBytes: Number.NaN,
    firstScreenFiles: [],
    routeSamples: [],
    searchSamples: [],
    filterSamples: [],
    heapUsedMB: Number.NaN,
    heapBeforeGcMB: Number.NaN,
    loadLongTasks: [],
    interactionLongTasks: [],
    errors: [`load: ${String(error).split('\n')[0]}`],
  }
}
