import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { illustrativeFiles } from '../../../mocks/fixtures/illustrative-dataset'
import type { Dataset } from '../../../src/lib/data/assemble'
import { watchForErrors } from './browser'
import {
  datasetsFromFiles,
  datasetsFromFolder,
  expectedOn,
  type ExpectedDay,
} from './expected-assessments'
import type { StaticServer, VirtualFile } from './static-server'
import {
  loadPage,
  readSurface,
  showRoute,
  watchDataRequests,
  type SurfaceReading,
} from './surface-reader'

/*
 * Collects what every surface of the dashboard says, for the cross-surface test: per data set and
 * as-of day, one pass over the dashboard (overview, the lists its status counts open, the list and
 * its downloads, the report, the letter, the evidence page, every detail page, as hash routes of
 * one loaded page) and one over the embeds (full page loads). Judging is left to
 * cross-surface-checks.ts.
 */

export const DATES = ['2023-07-01', '2024-06-30', '2025-06-30'] as const
export type AsOf = (typeof DATES)[number]
/** Two pages at once: two cores, shared with the other e2e files' builds and browsers. */
export const WORKERS = 2
/** Long enough for a busy machine to draw a view; only a broken view ever waits this long. */
export const VIEW_TIMEOUT = 20_000
/** Once a view is drawn, how long rows arriving a commit later may take (lists, report). */
const SETTLE = 1_500
/** After this many views in a row that never drew, a surface is not waited for again. */
const GIVE_UP_AFTER = 3

export interface DataUnderTest {
  key: string
  name: string
  datasets: Dataset[]
  basePath: string
  /** Data files served from memory instead of dist/data. */
  files: Record<string, VirtualFile>
  server?: StaticServer
}

function servedFiles(basePath: string): Record<string, VirtualFile> {
  return Object.fromEntries(
    Object.entries(illustrativeFiles).map(([path, body]) => [
      `${basePath}data/${path}`,
      { body: typeof body === 'string' ? body : JSON.stringify(body) },
    ]),
  )
}

export const DATA: DataUnderTest[] = [
  {
    key: 'shipped',
    name: 'shipped data (km-153005)',
    datasets: datasetsFromFolder('public/data'),
    basePath: '/apps/commitments/',
    files: {},
  },
  {
    key: 'illustrative',
    name: 'illustrative data',
    datasets: datasetsFromFiles(illustrativeFiles),
    basePath: '/demo/',
    files: servedFiles('/demo/'),
  },
]

export type Surface =
  | 'overview'
  | 'status-list'
  | 'list'
  | 'report'
  | 'detail'
  | 'embed'
  | 'widget-embed'
  | 'letter'
  | 'evidence'

export interface Read {
  surface: Surface
  /** The one commitment a detail page or embed is about. */
  id?: string
  /** The route or URL read. */
  target: string
  drawn: boolean
  reading: SurfaceReading
  /** How long opening and reading it took. */
  ms: number
}

export interface Pass {
  data: DataUnderTest
  asOf: AsOf
  day: ExpectedDay
  reads: Read[]
  json: unknown
  csv: string | null
  /** Steps that could not be done (no export button, a view that never drew, an exception). */
  problems: string[]
  errors: Array<{ surface: Surface; target: string; text: string }>
}

let navigations = 0

/** Per page: resolves once no data file is on its way (see watchDataRequests). */
const dataIdle = new WeakMap<Page, () => Promise<void>>()

const blank = (asOf: string) => `#/e2e-blank?asOf=${asOf}`

/** Reads one view into the pass, with its console errors; never throws. */
async function record(
  pass: Pass,
  page: Page,
  errors: string[],
  surface: Surface,
  target: string,
  open: () => Promise<boolean>,
  id?: string,
): Promise<Read | null> {
  const before = errors.length
  const started = performance.now()
  try {
    navigations += 1
    const drawn = await open()
    const reading = await readSurface(page)
    const ms = performance.now() - started
    const read: Read = { surface, target, drawn, reading, ms, ...(id ? { id } : {}) }
    if (!drawn) pass.problems.push(`${surface} ${target}: not drawn within ${VIEW_TIMEOUT} ms`)
    pass.reads.push(read)
    return read
  } catch (error) {
    pass.problems.push(`${surface} ${target}: ${(error as Error).message.split('\n')[0]}`)
    return null
  } finally {
    for (const text of errors.slice(before)) pass.errors.push({ surface, target, text })
  }
}

/** The dashboard for one data set and day: overview, status lists, list + downloads, report, details. */
async function dashboardPass(pass: Pass, page: Page, errors: string[]): Promise<void> {
  const { data, asOf, day } = pass
  const server = data.server!
  const all = day.commitments.map((c) => c.id)
  const show =
    (hash: string, ids: readonly string[], settle = SETTLE) =>
    () =>
      showRoute(page, hash, blank(asOf), {
        ids,
        timeout: VIEW_TIMEOUT,
        settle,
        dataIdle: dataIdle.get(page),
      })
  // A fresh load: the previous pass may have left this dashboard on another day.
  await page.goto('about:blank')
  await page.goto(`${server.url}${blank(asOf)}`)

  const headline = day.commitments.filter((c) => c.headline).map((c) => c.id)
  const overview = await record(
    pass,
    page,
    errors,
    'overview',
    `#/?asOf=${asOf}`,
    show(`#/?asOf=${asOf}`, headline),
  )
  for (const link of overview?.reading.statusLinks ?? []) {
    const ids = day.commitments.filter((c) => c.status.code === link.status).map((c) => c.id)
    await record(pass, page, errors, 'status-list', link.href, show(link.href, ids))
  }

  const listHash = `#/commitments?asOf=${asOf}`
  const list = await record(pass, page, errors, 'list', listHash, show(listHash, all))
  if (list?.drawn) await readDownloads(pass, page)

  const reportHash = `#/report?asOf=${asOf}`
  await record(pass, page, errors, 'report', reportHash, show(reportHash, all))

  // The letter marks each quote with its commitment's status; the evidence page lists every
  // piece of evidence. Whatever they say must be true too, and evidence keeps its caveat there.
  for (const datasetId of new Set(day.commitments.map((c) => c.datasetId))) {
    const hash = `#/documents/${datasetId}?asOf=${asOf}`
    await record(pass, page, errors, 'letter', hash, show(hash, [], 0))
  }
  const evidenceHash = `#/evidence?asOf=${asOf}`
  await record(pass, page, errors, 'evidence', evidenceHash, show(evidenceHash, [], 0))

  let misses = 0
  for (const id of all) {
    if (misses >= GIVE_UP_AFTER) {
      pass.problems.push(
        `detail: not waited for ${id} after ${GIVE_UP_AFTER} views that never drew`,
      )
      continue
    }
    const hash = `#/commitments/${id}?asOf=${asOf}`
    const read = await record(pass, page, errors, 'detail', hash, show(hash, [id], 0), id)
    misses = read?.drawn ? 0 : misses + 1
  }
}

/** The list's "download this list" buttons, as files (what a user gets). */
async function readDownloads(pass: Pass, page: Page): Promise<void> {
  const bar = page.locator('[data-export="commitments"]')
  const save = async (name: RegExp): Promise<string | null> => {
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: VIEW_TIMEOUT }),
        bar.getByRole('button', { name }).click({ timeout: VIEW_TIMEOUT }),
      ])
      return readFileSync(await download.path(), 'utf8')
    } catch (error) {
      pass.problems.push(`list download ${name}: ${(error as Error).message.split('\n')[0]}`)
      return null
    }
  }
  const json = await save(/JSON/)
  try {
    pass.json = json === null ? null : JSON.parse(json)
  } catch {
    pass.problems.push('list download JSON: not JSON')
  }
  pass.csv = await save(/CSV/)
}

/**
 * The days each commitment's embed is loaded on. An embed is a whole page load, the dearest view:
 * each commitment is loaded once for each different assessment it has over the three days (so an
 * embed that ignores `asOf` is caught), on one of the days that give it, taken in turn so that
 * every day is loaded. The other surfaces read every commitment on every day.
 * `E2E_CROSS_SURFACE_ALL=1` loads every commitment's embed on every day.
 */
function embedDays(data: DataUnderTest): Map<string, AsOf[]> {
  const days = DATES.map((asOf) => ({ asOf, expected: expectedOn(data.datasets, asOf) }))
  const ids = [...new Set(days.flatMap((d) => d.expected.commitments.map((c) => c.id)))]
  return new Map(
    ids.map((id, i) => {
      const known = days.filter((d) => d.expected.byId.has(id))
      if (process.env.E2E_CROSS_SURFACE_ALL === '1') return [id, known.map((d) => d.asOf)]
      const groups = new Map<string, AsOf[]>()
      for (const d of known) {
        const key = JSON.stringify(d.expected.byId.get(id))
        groups.set(key, [...(groups.get(key) ?? []), d.asOf])
      }
      return [id, [...groups.values()].map((group) => group[i % group.length]!)]
    }),
  )
}

/** The widget embeds, then each commitment's embed on its days, with asOf in its query. */
async function embedPass(
  pass: Pass,
  page: Page,
  errors: string[],
  days: Map<string, AsOf[]>,
): Promise<void> {
  const { data, asOf, day } = pass
  // The widgets that show many commitments: their counts and bars, on every day.
  for (const widget of ['targets', 'status']) {
    const url = `${data.server!.url}?embed=${widget}&asOf=${asOf}`
    await record(pass, page, errors, 'widget-embed', url, () =>
      loadPage(page, url, { timeout: VIEW_TIMEOUT, dataIdle: dataIdle.get(page) }),
    )
  }
  let misses = 0
  for (const { id } of day.commitments.filter((c) => days.get(c.id)?.includes(asOf))) {
    const url = `${data.server!.url}?embed=commitment-${id}&asOf=${asOf}`
    if (misses >= GIVE_UP_AFTER) {
      pass.problems.push(`embed: not waited for ${id} after ${GIVE_UP_AFTER} views that never drew`)
      continue
    }
    const read = await record(
      pass,
      page,
      errors,
      'embed',
      url,
      () => loadPage(page, url, { ids: [id], timeout: VIEW_TIMEOUT, dataIdle: dataIdle.get(page) }),
      id,
    )
    misses = read?.drawn ? 0 : misses + 1
  }
}

export interface Run {
  /** By `${data.key}|${asOf}`. */
  passes: Map<string, Pass>
  navigations: number
  elapsed: number
}

/**
 * Reads every surface for every data set and day, two pages at once (each pass is a task the
 * next free page takes). Never throws for a surface: what could not be read is in `problems`.
 */
export async function runPasses(browser: Browser, data: readonly DataUnderTest[]): Promise<Run> {
  const started = performance.now()
  navigations = 0
  const passes = new Map<string, Pass>()
  type Task = (page: Page, errors: string[]) => Promise<void>
  const queue: Task[] = []
  for (const set of data) {
    const days = embedDays(set)
    for (const asOf of DATES) {
      const pass: Pass = {
        data: set,
        asOf,
        day: expectedOn(set.datasets, asOf),
        reads: [],
        json: undefined,
        csv: null,
        problems: [],
        errors: [],
      }
      passes.set(`${set.key}|${asOf}`, pass)
      queue.push((page, errors) => embedPass(pass, page, errors, days))
      queue.push((page, errors) => dashboardPass(pass, page, errors))
    }
  }
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
        acceptDownloads: true,
        reducedMotion: 'reduce',
      })
      const page = await context.newPage()
      const errors = watchForErrors(page)
      dataIdle.set(page, watchDataRequests(page).idle)
      try {
        for (let task = queue.shift(); task; task = queue.shift()) await task(page, errors)
      } finally {
        await context.close()
      }
    }),
  )
  return { passes, navigations, elapsed: performance.now() - started }
}
