import { fileURLToPath } from 'node:url'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { EMBEDS } from './support/routes'
import {
  CSP_REPORTER,
  startStaticServer,
  STRICT_CSP,
  type StaticServer,
  type VirtualFile,
} from './support/static-server'

/*
 * The intranet: the built files copied to an unknown deep sub-path of a plain static server that
 * sends a strict Content-Security-Policy, with no internet. Every route and every embed must load
 * with zero CSP violations and zero requests to another origin; config.json must be honoured.
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const BASE = '/gov/intranet/apps/commitments/'
const AS_OF = '2025-06-30'

const ROUTES = [
  '#/',
  '#/commitments',
  '#/commitments?kind=target&status=not-rated&q=项目&sort=deadline',
  '#/commitments/km-153005-c-gap-5334',
  '#/commitments/km-153005-c-projects-20',
  '#/funding',
  '#/documents',
  '#/documents/km-153005',
  '#/report',
  '#/no/such/page',
]

let browser: Browser
let server: StaticServer
/** Mutable: each test sets the config.json it needs (absent = 404). */
const files: Record<string, VirtualFile> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({
    root: DIST,
    basePath: BASE,
    headers: { 'Content-Security-Policy': STRICT_CSP },
    files,
    // A copy of the data elsewhere on the same server, as config.json may point to.
    mounts: { '/shared/tracker-data/': join(DIST, 'data') },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
afterEach(() => {
  for (const key of Object.keys(files)) delete files[key]
})

interface Watched {
  context: BrowserContext
  page: Page
  violations: string[]
  requests: string[]
  errors: string[]
}

async function watchedPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const violations: string[] = []
  const requests: string[] = []
  await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text))
  await context.addInitScript(CSP_REPORTER)
  context.on('request', (request) => requests.push(request.url()))
  const page = await context.newPage()
  const errors = watchForErrors(page)
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return { context, page, violations, requests, errors }
}

function setConfig(config: unknown): void {
  files[`${BASE}config.json`] = { body: JSON.stringify(config), type: 'application/json' }
}

describe('hosted on a deep sub-path under a strict CSP', () => {
  it('would notice a violation (control: an inline script and style on the same server)', async () => {
    files[`${BASE}csp-control.html`] = {
      body: '<!doctype html><p style="color: red">x</p><script>document.title = "ran"</script>',
      type: 'text/html; charset=utf-8',
    }
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}csp-control.html`)
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2)
    expect(violations.join('\n')).toContain('script-src')
    expect(violations.join('\n')).toContain('style-src')
    expect(await page.title()).not.toBe('ran')
    await context.close()
  })

  it('asks for config.json and each first-screen data file once: the early script hands them over', async () => {
    const { context, page, violations, requests, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.locator('[data-widget-id="targets"] .progress-bar').first().waitFor()
    await page.waitForLoadState('networkidle')
    // The early script ran under the policy, and what it asked for is what the app used.
    expect(await page.evaluate(() => '__commitmentTrackerEarly' in window)).toBe(true)
    const data = requests.filter((url) => url.includes('/data/') || url.endsWith('/config.json'))
    expect(data).toContain(`${server.url}config.json`)
    expect(data).toContain(`${server.url}data/index.json`)
    expect(data).toContain(`${server.url}data/km-153005/commitments.json`)
    const twice = data.filter((url, i) => data.indexOf(url) !== i)
    expect(twice).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads the data in a worker: the page itself never downloads zod or the checks', async () => {
    const { context, page, violations, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    const gap = page.locator('[data-commitment-id="km-153005-c-gap-5334"]').first()
    await gap.waitFor()
    await page.waitForLoadState('networkidle')
    expect(page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/\/assets\/reader-worker-[\w-]+\.js$/),
    )
    const pageScripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    )
    expect(pageScripts.filter((url) => /\/assets\/(zod|read-job|readers)-/.test(url))).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads the data on the page when the worker cannot start (its file missing): nothing is lost', async () => {
    const worker = readdirSync(join(DIST, 'assets')).find((name) =>
      /^reader-worker-.*\.js$/.test(name),
    )
    expect(worker).toBeDefined()
    files[`${BASE}assets/${worker}`] = { body: 'not found', type: 'text/plain', status: 404 }
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').first().waitFor()
    await page.locator('[data-widget-id="targets"] .progress-bar').first().waitFor()
    // The fallback loaded the checks on the page instead.
    const pageScripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    )
    expect(pageScripts.some((url) => /\/assets\/read-job-/.test(url))).toBe(true)
    // A broken file is still named as broken: the checks are the same on the page.
    await page.goto('about:blank')
    files[`${BASE}data/km-153005/funding.json`] = {
      body: '{ "documentId": ',
      type: 'application/json',
    }
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.getByText('km-153005/funding.json').first().waitFor()
    expect(violations).toEqual([])
    await context.close()
  })

  it('loads every route with no CSP violation and no request to another origin', async () => {
    const { context, page, violations, requests, errors } = await watchedPage()
    for (const route of ROUTES) {
      const [path, query = ''] = route.split('?')
      const hash = `${path}?${new URLSearchParams(query + `&asOf=${AS_OF}`).toString()}`
      // A fresh load for every route (a deep link), not a same-document hash change.
      await page.goto('about:blank')
      await page.goto(`${server.url}${hash}`)
      await page.locator('main h1, main h2').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(violations, route).toEqual([])
    }
    // The charts really rendered under the policy (charts size themselves through the CSSOM).
    await page.goto(`${server.url}#/funding?asOf=${AS_OF}`)
    await page.locator('[data-widget-id="funding-stages-km-153005"] svg.recharts-surface').waitFor()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.locator('[data-widget-id="targets"] .progress-bar').first().waitFor()
    await page.screenshot({ path: `${screenshots}intranet-overview-csp.png`, fullPage: true })

    const foreign = requests.filter((url) => !url.startsWith(server.origin))
    expect(foreign).toEqual([])
    const offPath = requests.filter((url) => !url.startsWith(server.url))
    expect(offPath).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    console.info(
      `intranet: ${ROUTES.length} routes, ${requests.length} requests recorded, ${foreign.length} foreign, ${violations.length} CSP violations`,
    )
    await context.close()
  })

  it('loads every embed with no CSP violation and no request to another origin', async () => {
    const { context, page, violations, requests, errors } = await watchedPage({
      viewport: { width: 640, height: 700 },
    })
    for (const id of EMBEDS) {
      await page.goto(`${server.url}?embed=${id}#/?asOf=${AS_OF}`)
      await page.locator('.embed-root h1, .embed-root h2, .embed-root h3').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(violations, id).toEqual([])
      expect(await page.locator('nav').count(), id).toBe(0)
    }
    const foreign = requests.filter((url) => !url.startsWith(server.url))
    expect(foreign).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    console.info(
      `intranet: ${EMBEDS.length} embeds, ${requests.length} requests recorded, ${foreign.length} foreign, ${violations.length} CSP violations`,
    )
    await context.close()
  })

  it('reloads a deep link under the sub-path', async () => {
    const { context, page, violations, errors } = await watchedPage()
    await page.goto(`${server.url}#/commitments/km-153005-c-gap-5334?asOf=${AS_OF}`)
    const heading = page.getByRole('heading', {
      level: 1,
      name: '第二批一体化项目缺口资金5334万元足额拨付',
    })
    await heading.waitFor()
    await page.reload()
    await heading.waitFor()
    expect(page.url()).toBe(`${server.url}#/commitments/km-153005-c-gap-5334?asOf=${AS_OF}`)
    // A filtered list, too: its whole state is in the address.
    await page.goto(`${server.url}#/commitments?kind=target&doc=km-153005&asOf=${AS_OF}`)
    await page.getByText(/^显示 3 \/ \d+ 项承诺$/).waitFor()
    await page.reload()
    await page.getByText(/^显示 3 \/ \d+ 项承诺$/).waitFor()
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('config.json next to index.html', () => {
  it('sets the title, organisation, default language and data location without a rebuild', async () => {
    setConfig({
      dataLocation: '/shared/tracker-data/',
      defaultLanguage: 'en',
      title: '承诺督办台账',
      titleEn: 'Commitments Ledger',
      organisation: '某市人大常委会办公厅',
      organisationEn: 'General Office, City People’s Congress',
    })
    const { context, page, violations, requests, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.getByRole('heading', { name: 'Headline commitments' }).first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.app-title').textContent()).toBe('Commitments Ledger')
    expect(await page.locator('.app-organisation').textContent()).toBe(
      'General Office, City People’s Congress',
    )
    expect(await page.title()).toBe('Commitments Ledger · General Office, City People’s Congress')
    const dataRequests = requests.filter(
      (url) => url.includes('.json') && !url.endsWith('config.json'),
    )
    expect(dataRequests.length).toBeGreaterThan(0)
    for (const url of dataRequests) expect(url).toContain(`${server.origin}/shared/tracker-data/`)
    expect(server.requests).toContain('/shared/tracker-data/index.json')
    await page.screenshot({ path: `${screenshots}intranet-config-en.png` })

    // The reader's own choice still wins over the configured default.
    await page.getByRole('button', { name: '中文' }).click()
    await page.getByRole('heading', { name: '核心承诺' }).first().waitFor()
    expect(await page.title()).toBe('承诺督办台账 · 某市人大常委会办公厅')
    await page.reload()
    await page.getByRole('heading', { name: '核心承诺' }).first().waitFor()
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('names the bad fields of an invalid config, in the reader’s language, and starts anyway', async () => {
    setConfig({
      dataLocation: 'https://cdn.example.com/data/',
      defaultLanguage: 'fr',
      title: '台账',
      embedAllowedOrigins: ['portal.example.gov.cn'],
      dataLoction: 'typo/',
    })
    const { context, page, violations, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    const alert = page.locator('.config-problems')
    await alert.waitFor()
    const text = await alert.textContent()
    expect(text).toContain('配置文件 config.json 有 4 处问题')
    expect(text).toContain('字段 “dataLocation”:必须是本站(同源)的路径')
    expect(text).toContain('字段 “defaultLanguage”:取值无效,可选值为 zh-CN, en')
    expect(text).toContain('字段 “embedAllowedOrigins[0]”')
    expect(text).toContain('字段 “dataLoction”:不是可用的配置项')
    // The valid field applies; the dashboard runs on the defaults for the rest.
    expect(await page.locator('.app-title').textContent()).toBe('台账')
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').waitFor()
    await page.screenshot({ path: `${screenshots}intranet-config-invalid.png` })

    await page.goto(`${server.url}?lang=en#/?asOf=${AS_OF}`)
    await page.reload()
    expect(await page.locator('.config-problems').textContent()).toContain(
      'Field “defaultLanguage”: invalid value, allowed: zh-CN, en',
    )
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('reports broken JSON and still shows the dashboard', async () => {
    files[`${BASE}config.json`] = { body: '{ "title": "台账", }', type: 'application/json' }
    const { context, page, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.locator('.config-problems').waitFor()
    expect(await page.locator('.config-problems').textContent()).toContain(
      'config.json:不是有效的 JSON',
    )
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('silently uses the defaults when there is no config.json', async () => {
    files[`${BASE}config.json`] = { body: 'Not Found', status: 404, type: 'text/plain' }
    const { context, page, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').waitFor()
    expect(await page.locator('.config-problems').count()).toBe(0)
    expect(await page.title()).toBe('承诺追踪')
    // A 404 is logged by the browser itself as a failed resource load, which is not an error of ours.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([])
    await context.close()
  })
})
