import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import {
  CSP_REPORTER,
  startStaticServer,
  STRICT_CSP,
  type StaticServer,
  type VirtualFile,
} from './support/static-server'

/*
 * Another intranet page shows widgets of the dashboard in iframes: it includes public/embed.js
 * and marked iframes, and each iframe grows to its content's height.
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const BASE = '/apps/commitments/'
const AS_OF = '2025-06-30'
const INITIAL_HEIGHT = 150

let browser: Browser
let app: StaticServer
let portal: StaticServer
const appFiles: Record<string, VirtualFile> = {}
const portalFiles: Record<string, VirtualFile> = {}

function hostPage(appUrl: string, ids: string[]): VirtualFile {
  const frames = ids
    .map(
      (id) =>
        `<iframe data-commitment-tracker id="frame-${id}" title="${id}" width="100%" height="${INITIAL_HEIGHT}"` +
        ` src="${appUrl}?embed=${id}#/?asOf=${AS_OF}"></iframe>`,
    )
    .join('\n')
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>门户网站</title>
    <link rel="icon" href="data:," />
    <script src="${appUrl}embed.js" defer></script>
  </head>
  <body>
    <h1>门户网站 · 本市人大代表建议办理</h1>
    ${frames}
    <p id="after">页面其余内容</p>
  </body>
</html>`,
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
  app = await startStaticServer({
    root: DIST,
    basePath: BASE,
    headers: { 'Content-Security-Policy': STRICT_CSP },
    files: appFiles,
  })
  // Another origin (another port), as a portal on another intranet host would be. Its own CSP
  // allows the dashboard's origin for the frame and embed.js.
  portal = await startStaticServer({
    root: DIST,
    basePath: '/nothing-here/',
    files: portalFiles,
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${app.origin}; frame-src ${app.origin}; img-src 'self' data:; object-src 'none'; base-uri 'self'`,
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await portal?.close()
})
afterEach(() => {
  for (const key of Object.keys(appFiles)) delete appFiles[key]
  for (const key of Object.keys(portalFiles)) delete portalFiles[key]
})

interface Watched {
  context: BrowserContext
  page: Page
  violations: string[]
  errors: string[]
  requests: string[]
}

async function watchedPage(width = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const violations: string[] = []
  const requests: string[] = []
  await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text))
  await context.addInitScript(CSP_REPORTER)
  context.on('request', (request) => requests.push(request.url()))
  const page = await context.newPage()
  const errors = watchForErrors(page)
  return { context, page, violations, errors, requests }
}

function frameOf(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`embed=${id}`))
  if (!frame) throw new Error(`no frame for ${id}`)
  return frame
}

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, id: string) {
  const iframe = page.locator(`#frame-${id}`)
  const box = await iframe.boundingBox()
  const content = await frameOf(page, id).evaluate(() => ({
    root: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }))
  return { iframe: Math.round(box?.height ?? 0), ...content }
}

async function waitForFit(page: Page, id: string) {
  await expect
    .poll(
      async () => {
        const h = await heights(page, id)
        return h.iframe > INITIAL_HEIGHT && Math.abs(h.iframe - h.root) <= 1
      },
      { timeout: 15_000 },
    )
    .toBe(true)
  return heights(page, id)
}

describe('embedding widgets in a host page with embed.js', () => {
  it('sizes each iframe to its content on a same-origin page under the strict CSP', async () => {
    const ids = ['targets', 'status', 'commitment-km-153005-c-gap-5334']
    appFiles['/portal/index.html'] = hostPage(`${app.url}`, ids)
    const { context, page, violations, errors, requests } = await watchedPage()
    await page.goto(`${app.origin}/portal/index.html`)
    // The chart is drawn inside its frame before we measure.
    await frameOf(page, 'targets').locator('.progress-bar').first().waitFor()
    const measured: Record<string, Awaited<ReturnType<typeof heights>>> = {}
    for (const id of ids) {
      measured[id] = await waitForFit(page, id)
      // No scrollbar inside the frame: everything fits.
      expect(measured[id]!.scroll, id).toBeLessThanOrEqual(measured[id]!.client + 1)
      expect(
        await page.locator(`#frame-${id}`).getAttribute('data-commitment-tracker-height'),
      ).toBe(String(measured[id]!.root))
    }
    console.info(
      `embed heights (start ${INITIAL_HEIGHT}px): ${ids.map((id) => `${id} → ${measured[id]!.iframe}px`).join(', ')}`,
    )
    // Each widget carries its title, source note, both dates and a link back to the dashboard.
    const card = frameOf(page, 'commitment-km-153005-c-gap-5334')
    expect(await card.locator('.embed-source').textContent()).toBe(
      '来源:第153005号建议 · 昆明市科学技术局 · 2023年6月19日',
    )
    // Two dates: the view date, and this commitment's newest evidence (none: the card says so).
    expect(await card.locator('.embed-as-of').textContent()).toBe(
      '查看日期 2025年6月30日 · 截至查看日期尚无公开证据',
    )
    expect(await card.locator('.embed-back a').getAttribute('target')).toBe('_top')
    await page.screenshot({ path: `${screenshots}embed-host-page.png`, fullPage: true })

    // Narrower: the text wraps, the chart redraws, and the frame follows.
    const wide = measured['commitment-km-153005-c-gap-5334']!.iframe
    await page.setViewportSize({ width: 380, height: 900 })
    await expect
      .poll(async () => (await heights(page, 'commitment-km-153005-c-gap-5334')).iframe)
      .toBeGreaterThan(wide)
    const narrow = await waitForFit(page, 'commitment-km-153005-c-gap-5334')
    console.info(
      `embed heights: commitment card ${wide}px at 900px wide → ${narrow.iframe}px at 380px`,
    )
    await page.screenshot({ path: `${screenshots}embed-host-page-380.png`, fullPage: true })

    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect(requests.filter((url) => !url.startsWith(app.origin))).toEqual([])
    await context.close()
  })

  it('copies the embed code on the dashboard, and the pasted code works on a host page', async () => {
    const { context, page, violations, errors } = await watchedPage()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin })
    await page.goto(`${app.url}#/?asOf=${AS_OF}`)
    // One targets chart per letter on the overview: the first letter's.
    const frame = page.locator('[data-widget-id="targets"]').first()
    await frame.getByRole('button', { name: '复制嵌入代码' }).click()
    await frame.getByText('已复制“各项目标的完成进度”的嵌入代码,可粘贴到其他网页。').waitFor()
    const code = await page.evaluate(() => navigator.clipboard.readText())
    expect(code).toContain(
      `<iframe data-commitment-tracker src="${app.url}?embed=targets&amp;lang=zh-CN#/?asOf=${AS_OF}"`,
    )
    expect(code).toContain(`<script src="${app.url}embed.js" defer></script>`)

    appFiles['/portal/pasted.html'] = {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>粘贴</title><link rel="icon" href="data:,"></head><body><h1>粘贴的嵌入代码</h1>${code}</body></html>`,
    }
    await page.goto(`${app.origin}/portal/pasted.html`)
    const iframe = page.locator('iframe[data-commitment-tracker]')
    await expect.poll(() => page.frames().some((f) => f.url().includes('embed=targets'))).toBe(true)
    const inside = frameOf(page, 'targets')
    await inside.locator('.progress-bar').first().waitFor()
    const contentHeight = () =>
      inside.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
    await expect
      .poll(
        async () => Math.round((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()),
      )
      .toBe(0)
    const height = Math.round((await iframe.boundingBox())?.height ?? 0)
    expect(height).toBeGreaterThan(400)
    console.info(`embed heights: pasted code, targets 480px attribute → ${height}px`)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('ignores resize messages that do not come from its iframe', async () => {
    appFiles['/portal/index.html'] = hostPage(app.url, ['status'])
    const { context, page } = await watchedPage()
    await page.goto(`${app.origin}/portal/index.html`)
    const fitted = await waitForFit(page, 'status')
    // The host page itself (or any other window) posting the same shape changes nothing.
    await page.evaluate(() =>
      window.postMessage({ type: 'commitment-tracker:resize', id: 'status', height: 1999 }, '*'),
    )
    await page.waitForTimeout(300)
    expect((await heights(page, 'status')).iframe).toBe(fitted.iframe)
    await context.close()
  })

  it('opens links of a widget in the top window, on the full dashboard', async () => {
    appFiles['/portal/index.html'] = hostPage(app.url, ['status'])
    const { context, page } = await watchedPage()
    await page.goto(`${app.origin}/portal/index.html`)
    const frame = frameOf(page, 'status')
    await frame.locator('a.status-link').first().click()
    await page.waitForURL(/#\/commitments\?.*status=/)
    expect(page.url()).toMatch(new RegExp(`^${app.url.replace(/[/.]/g, '\\$&')}#/commitments\\?`))
    expect(page.url()).not.toContain('embed=')
    await page.getByRole('heading', { level: 1, name: '承诺清单' }).waitFor()
    await context.close()
  })

  it('resizes on another origin only when config.json allows that origin', async () => {
    portalFiles['/portal/index.html'] = hostPage(app.url, ['targets'])

    // Not allowed (the default): the widget works, but no height leaves the frame.
    const first = await watchedPage()
    await first.page.goto(`${portal.origin}/portal/index.html`)
    await frameOf(first.page, 'targets').locator('.progress-bar').first().waitFor()
    await first.page.waitForTimeout(800)
    const frame = first.page.locator('#frame-targets')
    expect(await frame.getAttribute('data-commitment-tracker-height')).toBeNull()
    // Still the height the host page gave it (plus the default 2px inset border).
    expect((await frame.boundingBox())?.height).toBeLessThanOrEqual(INITIAL_HEIGHT + 4)
    expect(first.violations).toEqual([])
    await first.context.close()

    // Allowed: the portal's origin is listed.
    appFiles[`${BASE}config.json`] = {
      body: JSON.stringify({ embedAllowedOrigins: [portal.origin] }),
      type: 'application/json',
    }
    const second = await watchedPage()
    await second.page.goto(`${portal.origin}/portal/index.html`)
    await frameOf(second.page, 'targets').locator('.progress-bar').first().waitFor()
    await expect
      .poll(async () => (await second.page.locator('#frame-targets').boundingBox())?.height ?? 0, {
        timeout: 15_000,
      })
      .toBeGreaterThan(INITIAL_HEIGHT)
    const height = (await second.page.locator('#frame-targets').boundingBox())?.height
    console.info(`embed heights: cross-origin targets ${INITIAL_HEIGHT}px → ${height}px`)
    expect(second.violations).toEqual([])
    expect(second.errors).toEqual([])
    await second.page.screenshot({ path: `${screenshots}embed-cross-origin.png`, fullPage: true })
    await second.context.close()
  })
})
