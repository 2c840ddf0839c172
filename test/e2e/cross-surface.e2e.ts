import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext } from 'playwright-core'
import { launchBrowser } from './support/browser'
import {
  compareSurface,
  describeDisagreements,
  tally,
  type Disagreement,
} from './support/cross-surface-compare'
import {
  allDisagreements,
  caveatDisagreements,
  countDisagreements,
  exportDisagreements,
  readsOf,
  statusEmbedDisagreements,
  surfaceDisagreements,
  targetChartDisagreements,
} from './support/cross-surface-checks'
import {
  DATA,
  DATES,
  runPasses,
  WORKERS,
  type AsOf,
  type DataUnderTest,
  type Run,
} from './support/cross-surface-run'
import { DIST } from './support/dist'
import { expectedOn } from './support/expected-assessments'
import { STRICT_CSP, startStaticServer, type StaticServer } from './support/static-server'
import { loadPage, readSurface, watchDataRequests } from './support/surface-reader'

/*
 * One assessment per commitment, told the same way on every surface (issue 12). For every
 * commitment of the shipped data and of the illustrative data (served from memory to the same
 * production build), on three as-of dates, each surface that shows it is read in Chromium
 * through the `data-field` contract and held to the one assessment the app's own domain code
 * gives in Node (support/expected-assessments.ts): overview headline cards, list rows, detail
 * pages, the printable report, the letter's status marks, the commitment embed
 * (`?embed=commitment-<id>&asOf=`, the query string the README promises), and the list's JSON
 * and CSV downloads. The overview's and the `status` embed's counts are the assessment's, and
 * each opens a list with that count; the targets chart draws a bar per reading and no percent
 * where there are two; related-metric and context evidence has its caveat next to it wherever it
 * is shown (the evidence page too).
 *
 * Fast on a busy machine: a page that lists many commitments is read in one evaluate, detail
 * pages are hash routes of one loaded dashboard, embeds are loaded on each day a commitment's
 * assessment changes (support/cross-surface-run.ts, embedDays), and two pages work at once. No
 * fixed sleeps: each wait ends when the view is drawn and its data files have arrived.
 */

let browser: Browser
let run: Run
const passOf = (data: DataUnderTest, asOf: AsOf) => run.passes.get(`${data.key}|${asOf}`)!

beforeAll(async () => {
  browser = await launchBrowser()
  for (const data of DATA) {
    data.server = await startStaticServer({
      root: DIST,
      basePath: data.basePath,
      headers: { 'Content-Security-Policy': STRICT_CSP },
      files: data.files,
    })
  }
  run = await runPasses(browser, DATA)
  console.info(summary(run))
}, 900_000)

afterAll(async () => {
  await browser?.close()
  for (const data of DATA) await data.server?.close()
})

/** Views read, time per surface, and disagreements by surface and field, for the log. */
function summary({ passes, navigations, elapsed }: Run): string {
  const everything = [...passes.values()].flatMap(allDisagreements)
  const reads = [...passes.values()].flatMap((p) => p.reads)
  const timing = [...new Set(reads.map((r) => r.surface))].map((surface) => {
    const mine = reads.filter((r) => r.surface === surface)
    const mean = mine.reduce((sum, r) => sum + r.ms, 0) / mine.length
    return `${surface} ${mine.length}× ${Math.round(mean)} ms`
  })
  return (
    `cross-surface: ${navigations} views read in ${(elapsed / 1000).toFixed(1)} s ` +
    `(${WORKERS} pages: ${timing.join(', ')}); ${everything.length} disagreements\n` +
    Object.entries(tally(everything))
      .map(([key, n]) => `  ${key}: ${n}`)
      .join('\n')
  )
}

describe.each(DATA)('$name', (data) => {
  it('loads the embed of every commitment, on every day its assessment differs', () => {
    const read = new Set(
      DATES.flatMap((asOf) => readsOf(passOf(data, asOf), 'embed').map((r) => `${r.id}@${asOf}`)),
    )
    const ids = new Set(
      DATES.flatMap((asOf) => passOf(data, asOf).day.commitments.map((c) => c.id)),
    )
    const embedded = new Set([...read].map((key) => key.split('@')[0]))
    expect([...ids].filter((id) => !embedded.has(id))).toEqual([])
    // A commitment whose assessment changes between two days is loaded on both.
    for (const id of ids) {
      const seen = new Map<string, string>()
      for (const asOf of DATES) {
        const e = passOf(data, asOf).day.byId.get(id)
        if (e && !seen.has(JSON.stringify(e))) seen.set(JSON.stringify(e), asOf)
      }
      const loadedDays = DATES.filter((asOf) => read.has(`${id}@${asOf}`))
      expect(loadedDays.length, id).toBeGreaterThanOrEqual(seen.size)
    }
  })

  describe.each(DATES)('as of %s', (asOf) => {
    it('has expected commitments to compare', () => {
      const day = passOf(data, asOf).day
      expect(day.commitments.length).toBeGreaterThan(0)
    })

    it.each(['overview', 'list', 'detail', 'report', 'embed', 'letter'] as const)(
      '%s shows each commitment with the same status, progress and evidence label',
      (surface) => {
        const pass = passOf(data, asOf)
        // Embeds are loaded on some days only (embedDays); every other surface on each day.
        if (surface !== 'embed')
          expect(readsOf(pass, surface).length, 'views read').toBeGreaterThan(0)
        const undrawn = readsOf(pass, surface)
          .filter((r) => !r.drawn)
          .map((r) => r.target)
        expect(undrawn, 'views that never finished drawing').toEqual([])
        expect(describeDisagreements(surfaceDisagreements(pass, surface))).toBe('')
      },
    )

    it('the JSON download of the list carries the same strings', () => {
      expect(describeDisagreements(exportDisagreements(passOf(data, asOf), 'json'))).toBe('')
    })

    it('the CSV download of the list carries the same words', () => {
      expect(describeDisagreements(exportDisagreements(passOf(data, asOf), 'csv'))).toBe('')
    })

    it('each count of the overview status totals opens a list with that count', () => {
      expect(describeDisagreements(countDisagreements(passOf(data, asOf)))).toBe('')
    })

    it('the status embed counts what the assessment counts', () => {
      expect(describeDisagreements(statusEmbedDisagreements(passOf(data, asOf)))).toBe('')
    })

    it('the targets chart draws a bar per reading and no percent where there are two', () => {
      expect(describeDisagreements(targetChartDisagreements(passOf(data, asOf)))).toBe('')
    })

    it('related-metric and context evidence has its caveat next to it on every surface', () => {
      expect(describeDisagreements(caveatDisagreements(passOf(data, asOf)))).toBe('')
    })

    it('every view was read without console errors', () => {
      const pass = passOf(data, asOf)
      expect(pass.problems).toEqual([])
      expect(pass.errors.map((e) => `${e.surface} ${e.target}: ${e.text}`)).toEqual([])
    })
  })
})

/*
 * The dashboard draws as soon as the letters and their commitments are in; the evidence file may
 * come later on a slow intranet. Until it has, no surface may say there is no evidence, or give a
 * status or progress the evidence does not: silence is never a verdict, and a loading page that
 * is printed or copied must not claim one either.
 */
describe('while updates.json is still on its way', () => {
  const ASOF = '2025-06-30'
  const HELD_TIMEOUT = 10_000
  let held: Array<() => void> = []
  let slow: StaticServer
  let context: BrowserContext

  beforeAll(async () => {
    slow = await startStaticServer({
      root: DIST,
      basePath: '/slow/',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      intercept: (_req, res, path) => {
        if (!path.endsWith('/updates.json')) return false
        const file = `${DIST}/${path.slice('/slow/'.length)}`
        held.push(() => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(readFileSync(file))
        })
        return true
      },
    })
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  })
  afterAll(async () => {
    for (const release of held) release()
    await context?.close()
    await slow?.close()
  })

  it('no surface claims no evidence or a status before the evidence has arrived', async () => {
    const data = DATA[0]!
    const day = expectedOn(data.datasets, ASOF)
    const headline = day.commitments.filter((c) => c.headline)
    const withEvidence = 'km-153005-c-projects-20'
    const page = await context.newPage()
    const watched = watchDataRequests(page)
    const views = [
      {
        surface: 'overview (evidence pending)',
        url: `${slow.url}#/?asOf=${ASOF}`,
        ids: headline.map((c) => c.id),
      },
      {
        surface: 'embed (evidence pending)',
        url: `${slow.url}?embed=commitment-${withEvidence}&asOf=${ASOF}`,
        ids: [withEvidence],
      },
      {
        surface: 'detail (evidence pending)',
        url: `${slow.url}#/commitments/${withEvidence}?asOf=${ASOF}`,
        ids: [withEvidence],
      },
    ]
    const pending: Disagreement[] = []
    for (const view of views) {
      await page.goto('about:blank')
      await loadPage(page, view.url, { ids: view.ids, timeout: HELD_TIMEOUT })
      expect(held.length, `${view.surface}: updates.json requested and held`).toBeGreaterThan(0)
      // Whatever is shown now must already be true; a field left out while loading is fine.
      pending.push(...compareSurface(view.surface, await readSurface(page), day, []))
      for (const release of held) release()
      held = []
      await watched.idle()
      // Once it has arrived, every field is there and right.
      const required = day.commitments.filter((c) => view.ids.includes(c.id))
      pending.push(
        ...compareSurface(
          view.surface.replace('pending', 'arrived'),
          await readSurface(page),
          day,
          required,
        ),
      )
    }
    await page.close()
    expect(describeDisagreements(pending)).toBe('')
  })
})
