import type { Browser, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { referenceShot } from './support/reference-shot'
import { startStaticServer, type StaticServer } from './support/static-server'

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const PANELS = ['targets', 'status', 'deadlines', 'funding'] as const

/** The overview's four panels drawn: each has its heading and its chart or list on screen. */
async function openOverview(page: Page, lang: 'zh-CN' | 'en') {
  await page.goto(`${server.url}?lang=${lang}#/`)
  for (const panel of PANELS) await page.locator(`[data-glance="${panel}"] h3`).first().waitFor()
  await page
    .locator('[data-glance="targets"] svg.progress-chart-svg .progress-row')
    .first()
    .waitFor()
  await page.locator('[data-glance="status"] li[data-status] svg').first().waitFor()
  await page.locator('[data-glance="funding"] li[data-line-id]').first().waitFor()
}

/** Where an element is, in viewport pixels; fails if it is not laid out at all. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox()
  expect(found, selector).not.toBeNull()
  return found!
}

/** Every drawing on the page has a real size: no 0 px chart waiting for a layout that never came. */
async function expectChartsSized(page: Page) {
  const sizes = await page.evaluate(() =>
    [
      ...document.querySelectorAll<SVGSVGElement>(
        '.progress-chart-svg, .recharts-surface, .status-bar, .glance-bullet',
      ),
    ]
      .filter((svg) => svg.closest('details:not([open])') === null)
      .map((svg) => {
        const r = svg.getBoundingClientRect()
        return { name: svg.getAttribute('class') ?? '', width: r.width, height: r.height }
      }),
  )
  expect(sizes.length).toBeGreaterThan(4)
  for (const size of sizes) {
    expect(size.width, size.name).toBeGreaterThan(40)
    expect(size.height, size.name).toBeGreaterThan(8)
  }
}

describe.each(['zh-CN', 'en'] as const)('the overview first screen in %s', (lang) => {
  it('shows all four answers at 1440×900 without scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await openOverview(page, lang)
    for (const panel of PANELS) {
      const panelBox = await box(page, `[data-glance="${panel}"]`)
      const heading = await box(page, `[data-glance="${panel}"] h3`)
      expect(heading.y, panel).toBeGreaterThanOrEqual(0)
      expect(heading.y + heading.height, panel).toBeLessThanOrEqual(900)
      // Its first figure is on screen too, not only its title.
      expect(panelBox.x + panelBox.width, panel).toBeLessThanOrEqual(1440)
    }
    const firstTarget = await box(page, '[data-glance="targets"] .progress-row')
    expect(firstTarget.y + firstTarget.height).toBeLessThanOrEqual(900)
    const firstStatus = await box(page, '[data-glance="status"] li[data-status]')
    expect(firstStatus.y + firstStatus.height).toBeLessThanOrEqual(900)
    const firstLine = await box(page, '[data-glance="funding"] li[data-line-id]')
    expect(firstLine.y + firstLine.height).toBeLessThanOrEqual(900)
    const deadline = await box(page, '[data-glance="deadlines"] .deadline-list li')
    expect(deadline.y + deadline.height).toBeLessThanOrEqual(900)
    await expectChartsSized(page)
    await referenceShot(page, `overview-${lang === 'en' ? 'en' : 'zh'}-1440`, { fullPage: false })
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the first headline target at 390×844 without scrolling, and nothing sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const errors = watchForErrors(page)
    await openOverview(page, lang)
    const firstTarget = await box(page, '[data-glance="targets"] .progress-row')
    expect(firstTarget.y).toBeGreaterThanOrEqual(0)
    expect(firstTarget.y + firstTarget.height).toBeLessThanOrEqual(844)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expectChartsSized(page)
    await referenceShot(page, `overview-${lang === 'en' ? 'en' : 'zh'}-390`, { fullPage: false })
    expect(errors).toEqual([])
    await page.close()
  })
})
