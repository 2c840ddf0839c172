import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { waitForContent } from './support/axe'
import { launchBrowser, watchForErrors } from './support/browser'
import { DIST } from './support/dist'
import { LANGUAGES, ROUTES } from './support/routes'
import { startStaticServer, type StaticServer } from './support/static-server'

/*
 * 200% zoom (WCAG 1.4.4 / 1.4.10): a 1280 × 800 screen zoomed to 200% lays the page out in
 * 640 × 400 CSS pixels at two device pixels each. Every view must then fit its width (no
 * horizontal scrolling), keep its title and the navigation on screen, and cut off no text.
 * (360 px wide is checked in walkthrough.e2e.ts.)
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST, basePath: '/apps/commitments/' })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface Layout {
  overflow: number
  headline: { text: string; fits: boolean } | null
  navHidden: string[]
  clipped: string[]
}

/** Measures what a reader at 200% would miss. Runs in the page. */
function measure(): Layout {
  const width = window.innerWidth
  const onScreen = (element: Element) => {
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && box.left >= -1 && box.right <= width + 1
  }
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()} class="${element.className}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`
  // Inside a scroll container (wide tables scroll by themselves, as WCAG 1.4.10 allows for
  // data tables) an element may extend beyond the screen.
  const inScroller = (element: Element) => {
    for (let e = element.parentElement; e; e = e.parentElement) {
      const overflowX = getComputedStyle(e).overflowX
      if (overflowX === 'auto' || overflowX === 'scroll') return true
    }
    return false
  }
  const headline = document.querySelector('main h1') ?? document.querySelector('main h2')
  const navHidden = [...document.querySelectorAll('nav a, .language-switch button')]
    .filter((element) => !onScreen(element))
    .map(describe)
  // Text that overflows a box which hides its overflow is text nobody can read.
  const clipped: string[] = []
  // Not drawn at all (inside a closed <details>, display: none) or drawn for screen readers only
  // (1 px boxes, as the stacked table's header row): nothing for the eye to lose.
  const unseen = (element: Element) =>
    !element.checkVisibility() ||
    element.closest('.visually-hidden, svg, [aria-hidden="true"]') !== null ||
    element.clientWidth <= 1 ||
    element.clientHeight <= 1
  for (const element of document.querySelectorAll('header *, main *')) {
    if (unseen(element)) continue
    const style = getComputedStyle(element)
    const hides = ['hidden', 'clip'].includes(style.overflowX)
    if (hides && element.scrollWidth > element.clientWidth + 1 && element.textContent?.trim()) {
      clipped.push(`${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`)
    }
  }
  // Key texts must be entirely on screen: headings, badges, buttons, links, form labels.
  for (const element of document.querySelectorAll(
    'main :is(h1, h2, h3, h4, .status-badge, .deadline-light, button, label, summary, a)',
  )) {
    if (unseen(element) || inScroller(element)) continue
    if (!onScreen(element)) clipped.push(`off screen: ${describe(element)}`)
  }
  return {
    overflow: (document.scrollingElement ?? document.documentElement).scrollWidth - width,
    headline: headline
      ? { text: (headline.textContent ?? '').trim(), fits: onScreen(headline) }
      : null,
    navHidden,
    clipped,
  }
}

async function openZoomed(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  })
  return { page, errors: watchForErrors(page) }
}

describe.each(LANGUAGES)('200 percent zoom in %s', (lang) => {
  it.each(ROUTES)('%s fits 640 CSS px and cuts off nothing', async (route) => {
    const { page, errors } = await openZoomed()
    await page.goto(`${server.url}?lang=${lang}${route}`)
    await waitForContent(page)
    const layout = await page.evaluate(measure)
    expect(layout.overflow, 'horizontal scrolling').toBeLessThanOrEqual(0)
    expect(layout.headline?.text, 'a headline').toBeTruthy()
    expect(layout.headline?.fits, `headline on screen: ${layout.headline?.text}`).toBe(true)
    expect(layout.navHidden, 'navigation on screen').toEqual([])
    expect(layout.clipped, 'clipped text').toEqual([])
    if (route === `#/funding?asOf=2025-06-30`) {
      await page.screenshot({ path: `${screenshots}zoom-200-funding-${lang}.png` })
    }
    expect(errors).toEqual([])
    await page.close()
  })
})
