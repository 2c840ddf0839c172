import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

const dist = DIST
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  // A deep sub-path, as on an intranet server where the app is one folder among many.
  server = await startStaticServer({ root: dist, basePath: '/apps/commitments/' })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('overview on the shipped data, built and served under a sub-path', () => {
  it('shows the letter and the headline figures with no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 }, locale: 'zh-CN' })
    const errors = watchForErrors(page)
    await page.goto(server.url)

    await page
      .getByRole('heading', { name: '关于昆明市第十五届人大三次会议 第153005号建议答复的函' })
      .waitFor()
    const main = page.locator('main')
    await main.getByText('陈力').first().waitFor()
    await main.getByText('昆明市科学技术局').first().waitFor()

    const gap = page.locator('[data-commitment-id="km-153005-c-gap-5334"]')
    await gap.getByText('5334万元', { exact: false }).first().waitFor()
    await gap.getByText('暂无公开进展证据').first().waitFor()
    const projects = page.locator('[data-commitment-id="km-153005-c-projects-20"]')
    expect(await projects.textContent()).toContain('不少于 20')
    expect(
      await page.locator('[data-commitment-id="km-153005-c-funds-300m"]').textContent(),
    ).toContain('3亿元以上')
    expect(
      await page.locator('[data-commitment-id="km-153005-c-reserve-60"]').textContent(),
    ).toContain('60余项')

    // The chart is drawn for real: bars with a non-zero size, not a 0 px placeholder.
    const chart = page.locator('[data-widget-id="targets"] svg.progress-chart-svg').first()
    await chart.waitFor()
    const box = await chart.boundingBox()
    expect(box?.width).toBeGreaterThan(300)
    expect(box?.height).toBeGreaterThan(100)
    expect(await page.locator('[data-widget-id="targets"] .progress-bar').count()).toBeGreaterThan(
      0,
    )
    // Each bar says its figure in text; targets without evidence say so instead of showing 0.
    await page
      // The panel is narrow beside the other three: the bar says it the short way ("计入 15/20").
      .locator('[data-widget-id="targets"] .progress-label', { hasText: /15 ?\/ ?20/ })
      .waitFor()
    expect(
      await page.locator('[data-widget-id="targets"] .progress-label').allTextContents(),
    ).toEqual(expect.arrayContaining([expect.stringContaining('暂无公开证据')]))

    // The first screen's reference pictures are first-screen.e2e.ts's; this is the whole page.
    await page.screenshot({ path: `${screenshots}overview-zh-1440-full.png`, fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps every asset and data request on the sub-path of its own origin', async () => {
    const page = await browser.newPage()
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreign.push(request.url())
    })
    await page.goto(`${server.url}#/`)
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').waitFor()
    expect(foreign).toEqual([])
    await page.close()
  })

  it('is readable at 360 px in English', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${server.url}?lang=en#/`)
    await page.getByRole('heading', { name: 'Headline commitments' }).first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(
      await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').textContent(),
    ).toContain('¥53.34M')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `${screenshots}overview-en-360.png`, fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})
