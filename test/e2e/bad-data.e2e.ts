import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { translate } from '../../src/lib/i18n/translate'
import {
  buildCase,
  expectedPath,
  loadCorpus,
  type BadDataCase,
  type BuiltCase,
} from '../support/bad-data-corpus'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

/**
 * A representative set of the bad-data corpus, end to end: the production build on a plain
 * static server that serves the case's bad bytes in place of one shipped file, in Chromium.
 */
const BASE = '/apps/commitments/'
const SAMPLE = [
  'nj-04-bom',
  'nj-07-html-page-200',
  'nj-13-gbk',
  'ws-16-deadline-before-baseline',
  'br-10-funding-404',
  'ht-01-script-in-title',
  'ht-03-javascript-url',
  'ht-11-rlo-in-title',
  'ht-20-deep-figure',
]
const corpus = loadCorpus().filter((c) => SAMPLE.includes(c.id))
const HEADLINES = ['gap-5334', 'projects-20', 'funds-300m', 'reserve-60'].map(
  (id) => `km-153005-c-${id}`,
)

let browser: Browser
let server: StaticServer
let current: { c: BadDataCase; built: BuiltCase } | null = null

function serveBadFile(_req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (!current || path !== `${BASE}data/${current.c.replaces}`) return false
  const { bytes, status, contentType } = current.built
  if (bytes === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found')
  } else {
    res.writeHead(status, { 'Content-Type': contentType }).end(Buffer.from(bytes))
  }
  return true
}

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST, basePath: BASE, intercept: serveBadFile })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Console errors other than the browser's own note that a request failed (the point here). */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !error.startsWith('Failed to load resource'))

async function pageFor(c: BadDataCase): Promise<{ page: Page; errors: string[] }> {
  current = { c, built: buildCase(c) }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors = watchForErrors(page)
  await page.goto(`${server.url}#/`)
  return { page, errors }
}

const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', key, params)

describe.each(corpus.map((c) => [c.id, c] as const))('%s in Chromium', (_id, c) => {
  it(c.title, async () => {
    const { page, errors } = await pageFor(c)
    if (c.expect.scope === 'accepted') {
      await page
        .getByText(c.expect.text ?? '', { exact: false })
        // A chart's SVG <title> holds the same words but is never visible: wait for one that is.
        .filter({ visible: true })
        .first()
        .waitFor()
    } else {
      const built = buildCase(c)
      const path = expectedPath(c, built)
      const file = c.expect.file ?? c.replaces
      // "file 中 path:" (or "file:"), then the problem: the start of the reader's line.
      const where = path
        ? zh('error.issue', { file, path, problem: '' })
        : zh('error.issue.wholeFile', { file, problem: '' })
      const line = page
        .locator('.data-problems li', { hasText: where })
        .filter({ hasText: c.expect.message ?? '' })
      await line.first().waitFor()
    }
    // The overview has rendered (its heading only comes once the data gate opens).
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor({ state: 'attached' })
    // The overview shows the headline commitments: those named visible are there, hidden not.
    for (const id of HEADLINES) {
      const count = await page.locator(`[data-commitment-id="${id}"]`).count()
      if (c.expect.visible?.includes(`commitment:${id}`)) expect(count, id).toBeGreaterThan(0)
      if (c.expect.hidden?.includes(`commitment:${id}`)) expect(count, id).toBe(0)
    }

    // No script from the data ran, no element came from its markup, only http(s) links.
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0)
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/)/)
    // The problems panel cannot be spoofed: no invisible direction controls reach the screen.
    const panel = (await page.locator('main').textContent()) ?? ''
    expect(panel).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })
})
