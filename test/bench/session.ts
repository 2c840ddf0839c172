import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Status } from '../../src/domain/status'
import { firstScreenBytes } from './first-screen-bytes'
import {
  measureRoutes,
  measureSearch,
  measureStatusToggle,
  NAV_LINKS,
  type Keystroke,
} from './interactions'
import { installProbe, KEEP_NAMES_SHIM, readLoad, settle, type LoadReading } from './page-probe'

/** The view every session opens: a fixed as-of date keeps statuses the same on every run. */
export const AS_OF = '2025-06-30'
const VIEWPORT = { width: 1280, height: 900 }
/** Long enough for 1000× on a slow machine; a page that needs more has failed. */
const LOAD_TIMEOUT_MS = 180_000

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
  fcpMs: number
  headlineMs: number
  chartsMs: number
  /** The last data file's response end: everything downloaded. */
  dataDoneMs: number
  dataRequests: number
  jsGzipBytes: number
  jsBlockingGzipBytes: number
  cssGzipBytes: number
  firstScreenFiles: string[]
  routeSamples: Array<{ route: string; ms: number }>
  searchSamples: number[]
  filterSamples: number[]
  heapUsedMB: number
  heapBeforeGcMB: number
  /** Long tasks (≥ 50 ms, as Chromium reports them), split at the end of the first load. */
  loadLongTasks: number[]
  interactionLongTasks: number[]
  /** What failed (a timeout, a crashed page); the metrics it would have given are NaN. */
  errors: string[]
}

const CHARTS_SELECTOR = '[data-widget-id="targets"] .recharts-bar-rectangle'

/** One cold visit (fresh context, empty cache): load the overview, then use the app. */
export async function runSession(browser: Browser, plan: SessionPlan): Promise<SessionResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })
  try {
    const page = await openProbed(context, {
      headline: plan.headlineSelector,
      charts: CHARTS_SELECTOR,
    })
    await page.goto(`${plan.url}#/?asOf=${AS_OF}`)
    await page.waitForFunction(() => window.__benchProbe?.seen.charts, null, {
      timeout: LOAD_TIMEOUT_MS,
      polling: 100,
    })
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS })
    await page.evaluate(settle)
    const load = await page.evaluate(readLoad)
    const loadEnd = await page.evaluate(() => performance.now())
    const headline = load.seen.headline!
    const bytes = firstScreenBytes(load, headline.inDom, plan.siteRoot, plan.basePath)
    const data = load.resources.filter((r) => new URL(r.name).pathname.includes('/data/'))

    // Each phase on its own: a page that crashes at 1000× still reports what it measured.
    const errors: string[] = []
    const attempt = async <T>(phase: string, run: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        return await run()
      } catch (error) {
        errors.push(`${phase}: ${String(error).split('\n')[0]}`)
        return fallback
      }
    }
    const routeSamples = await attempt('routes', () => measureRoutes(page, plan.routeCycles), [])
    const onList = await attempt(
      'open the list',
      async () => {
        await page.click(NAV_LINKS.commitments)
        await page.locator('.list-count').waitFor({ timeout: LOAD_TIMEOUT_MS })
        await page.evaluate(settle)
        return true
      },
      false,
    )
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
    const longTasks = await attempt(
      'long tasks',
      async () => (await page.evaluate(readLoad)).longTasks,
      load.longTasks,
    )
    return {
      fcpMs: load.fcp ?? Number.NaN,
      headlineMs: onScreen(load, 'headline'),
      chartsMs: onScreen(load, 'charts'),
      dataDoneMs: Math.max(...data.map((r) => r.responseEnd)),
      dataRequests: data.length,
      jsGzipBytes: bytes.jsGzip,
      jsBlockingGzipBytes: bytes.jsBlockingGzip,
      cssGzipBytes: bytes.cssGzip,
      firstScreenFiles: bytes.files,
      routeSamples,
      searchSamples,
      filterSamples,
      ...heap,
      loadLongTasks: longTasks.filter((t) => t.start < loadEnd).map((t) => t.duration),
      interactionLongTasks: longTasks.filter((t) => t.start >= loadEnd).map((t) => t.duration),
      errors,
    }
  } finally {
    await context.close()
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
): Promise<FloorResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })
  try {
    const page = await openProbed(context, { headline: headlineSelector })
    await page.goto(url)
    await page.waitForFunction(() => window.__benchProbe?.seen.headline, null, { polling: 50 })
    const load = await page.evaluate(readLoad)
    return { fcpMs: load.fcp ?? Number.NaN, headlineMs: onScreen(load, 'headline') }
  } finally {
    await context.close()
  }
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
    fcpMs: Number.NaN,
    headlineMs: Number.NaN,
    chartsMs: Number.NaN,
    dataDoneMs: Number.NaN,
    dataRequests: Number.NaN,
    jsGzipBytes: Number.NaN,
    jsBlockingGzipBytes: Number.NaN,
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
