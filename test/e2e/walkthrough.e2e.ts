import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

const dist = DIST
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: dist, basePath: '/a/b/c/' })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true })
}

describe('a deputy checks a promise, end to end on the built app', () => {
  it('overview → list (filter) → detail → source letter → back', async () => {
    // Reduced motion: charts draw at once, so screenshots show the finished bars.
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    })
    const errors = watchForErrors(page)
    // A fixed as-of date keeps statuses stable whatever day the test runs.
    await page.goto(`${server.url}#/?asOf=2025-06-30`)
    await page.locator('[data-commitment-id="km-153005-c-gap-5334"]').waitFor()
    await page.locator('[data-widget-id="status"]').waitFor()
    await page
      .locator('[data-widget-id="targets"] .progress-label', { hasText: '15 / 20' })
      .waitFor()
    await shot(page, 'walk-1-overview')

    // The site carries letters of several bodies: the deputy picks the letter that answers theirs.
    await page.getByLabel('文件', { exact: true }).selectOption('km-153005')
    await page.waitForURL(/doc=km-153005/)

    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '承诺清单' })
      .click()
    await page.getByText(/^显示 55 \/ \d+ 项承诺$/).waitFor()
    expect(page.url()).toContain('asOf=2025-06-30')

    await page.getByRole('checkbox', { name: /^量化目标/ }).check()
    await page.getByText(/^显示 3 \/ \d+ 项承诺$/).waitFor()
    expect(page.url()).toContain('kind=target')
    await shot(page, 'walk-2-list-filtered')

    // The filtered view survives a reload: its state lives in the URL.
    await page.reload()
    await page.getByText(/^显示 3 \/ \d+ 项承诺$/).waitFor()

    await page.getByRole('link', { name: '第二批一体化项目缺口资金5334万元足额拨付' }).click()
    await page
      .getByRole('heading', { name: '第二批一体化项目缺口资金5334万元足额拨付', level: 1 })
      .waitFor()
    expect(page.url()).toContain('#/commitments/km-153005-c-gap-5334')
    const detail = await page.locator('main').textContent()
    expect(detail).toContain('确保市级第二批一体化项目缺口资金5334万元及时、足额拨付')
    expect(detail).toContain('暂无公开进展证据')
    expect(await page.locator('main mark').first().textContent()).toContain('5334万元')
    await shot(page, 'walk-3-detail')

    await page.getByRole('link', { name: '在答复函全文中查看这段原文' }).click()
    await page.getByRole('heading', { name: '答复函全文' }).waitFor()
    const highlighted = page.locator('a[href*="km-153005-c-gap-5334"] mark')
    expect(await highlighted.count()).toBeGreaterThan(0)
    expect(await page.locator('main').textContent()).toContain('感谢您对昆明市科技工作的关心和支持')
    await shot(page, 'walk-4-source')

    await page.goBack()
    await page
      .getByRole('heading', { name: '第二批一体化项目缺口资金5334万元足额拨付', level: 1 })
      .waitFor()
    await page.goBack()
    await page.getByText(/^显示 3 \/ \d+ 项承诺$/).waitFor()

    expect(errors).toEqual([])
    await page.close()
  })

  it('draws the funding and detail charts at a real size', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${server.url}#/funding?asOf=2025-06-30`)
    const stages = page.locator('[data-widget-id="funding-stages-km-153005"] svg.recharts-surface')
    await stages.waitFor()
    expect((await stages.boundingBox())?.height).toBeGreaterThan(150)
    expect(await page.locator('main').textContent()).toContain('18700万元')
    await shot(page, 'walk-5-funding')

    await page.goto(`${server.url}#/commitments/km-153005-c-projects-20?asOf=2025-06-30`)
    const chart = page.locator('main .recharts-wrapper > svg.recharts-surface').first()
    await chart.waitFor()
    expect((await chart.boundingBox())?.width).toBeGreaterThan(300)
    await shot(page, 'walk-6-detail-chart')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the English dashboard at 360 px without horizontal scrolling on every view', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    const errors = watchForErrors(page)
    for (const route of [
      '#/',
      '#/commitments',
      '#/commitments/km-153005-c-funds-300m',
      '#/documents/km-153005',
      '#/funding',
      '#/documents',
    ]) {
      await page.goto(`${server.url}?lang=en${route}`)
      await page.locator('main h1, main h2').first().waitFor()
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, route).toBeLessThanOrEqual(0)
    }
    await shot(page, 'walk-7-documents-en-360')
    expect(errors).toEqual([])
    await page.close()
  })
})
