import type { Browser, Page } from 'playwright-core'
import { launchBrowser, watchForErrors } from './support/browser'
import { DIST } from './support/dist'
import { startStaticServer, STRICT_CSP, type StaticServer } from './support/static-server'

/*
 * The whole errand by keyboard only (Tab, Shift+Tab, Enter, Space, arrows, typing): skip link,
 * navigation, the as-of date, search and filters, a commitment, its chart's table, back, and the
 * language. Every stop must show its focus (an outline or a box-shadow) and be on screen, and
 * the stops must follow the reading order.
 */

interface Stop {
  tag: string
  text: string
  href: string | null
  region: 'skip' | 'header' | 'main' | 'other'
  top: number
  left: number
  visibleFocus: boolean
  inViewport: boolean
}

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({
    root: DIST,
    basePath: '/apps/commitments/',
    headers: { 'Content-Security-Policy': STRICT_CSP },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** What has focus now, where it is on the page, and whether its focus is drawn. */
async function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return {
        tag: 'body',
        text: '',
        href: null,
        region: 'other' as const,
        top: 0,
        left: 0,
        visibleFocus: false,
        inViewport: false,
      }
    }
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    return {
      tag: element.tagName.toLowerCase(),
      text: (
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        ''
      )
        .trim()
        .slice(0, 60),
      href: element.getAttribute('href'),
      region: element.classList.contains('skip-link')
        ? ('skip' as const)
        : element.closest('header:not(main header)')
          ? ('header' as const)
          : element.closest('main')
            ? ('main' as const)
            : ('other' as const),
      top: box.top + window.scrollY,
      left: box.left + window.scrollX,
      visibleFocus: outline || shadow,
      inViewport:
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth,
    }
  })
}

/** A keyboard walk that checks every stop it makes. */
class Walk {
  readonly stops: Stop[] = []
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<Stop> {
    await this.page.keyboard.press(key)
    const stop = await focused(this.page)
    const where = `${key} → <${stop.tag}> "${stop.text}"`
    expect(stop.tag, where).not.toBe('body')
    expect(stop.visibleFocus, `focus not drawn: ${where}`).toBe(true)
    expect(stop.inViewport, `focus off screen: ${where}`).toBe(true)
    this.stops.push(stop)
    return stop
  }

  /** Presses `key` until the focused element matches, at most `limit` times. */
  async until(
    key: 'Tab' | 'Shift+Tab',
    matches: (stop: Stop) => boolean,
    limit = 80,
  ): Promise<Stop[]> {
    const passed: Stop[] = []
    for (let i = 0; i < limit; i++) {
      const stop = await this.press(key)
      passed.push(stop)
      if (matches(stop)) return passed
    }
    throw new Error(
      `no match after ${limit} × ${key}; passed: ${passed.map((s) => s.text).join(' | ')}`,
    )
  }
}

/**
 * Reading order, checked on a forward run of Tab stops: the skip link, then the header (site,
 * language, navigation, date), then the main column; inside <main> each stop starts no higher
 * than the one before (a few pixels of slack for controls side by side on one row).
 */
function expectReadingOrder(stops: Stop[]): void {
  const rank = { skip: 0, header: 1, main: 2, other: 3 }
  for (let i = 1; i < stops.length; i++) {
    const [before, after] = [stops[i - 1]!, stops[i]!]
    const step = `"${before.text}" → "${after.text}"`
    expect(rank[after.region], step).toBeGreaterThanOrEqual(rank[before.region])
    if (before.region === 'main' && after.region === 'main') {
      expect(after.top, step).toBeGreaterThanOrEqual(before.top - 8)
    }
  }
}

async function hashOf(page: Page): Promise<string> {
  return decodeURIComponent(new URL(page.url()).hash)
}

describe('keyboard only', () => {
  it('skip link, navigation, date, search, filters, a commitment, its table, back, language', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      // The date control's segment order (month/day/year) follows the browser's locale.
      locale: 'en-US',
    })
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${server.url}?lang=zh-CN#/`)
    await page.locator('[data-widget-id="status"]').waitFor()
    const walk = new Walk(page)

    // 1. The first Tab stop is the skip link, shown on focus; Enter moves focus to <main>.
    const skip = await walk.press('Tab')
    expect(skip.region).toBe('skip')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')
    const firstInMain = await walk.press('Tab')
    expect(firstInMain.region).toBe('main')

    // 2. Back up into the navigation and open the list.
    await walk.until('Shift+Tab', (s) => s.region === 'header' && s.text === '承诺清单')
    await page.keyboard.press('Enter')
    await page.getByText(/显示 \d+ \/ \d+ 项承诺/).waitFor()
    expect(await hashOf(page)).toMatch(/^#\/commitments/)
    // Following the link moved focus to the new view's <main>.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')

    // 3. Forward from the top of the page: skip link, header (site, language, navigation), then
    // the as-of date control, whose first stop is its month field (en-US browser locale).
    await page.reload()
    await page.getByText(/显示 \d+ \/ \d+ 项承诺/).waitFor()
    walk.stops.length = 0
    const toDate = await walk.until('Tab', (s) => s.tag === 'input' && s.region === 'header')
    expect(toDate[0]!.region).toBe('skip')
    expect(toDate.some((s) => s.region === 'header' && s.text === '承诺清单')).toBe(true)

    // 4. The as-of date, typed: month, day and year fields advance by themselves.
    await page.keyboard.type('06302025')
    await page.waitForFunction(() => location.hash.includes('asOf=2025-06-30'))
    // …and a day earlier and back with the arrow keys on the day field.
    await page.keyboard.press('Shift+Tab')
    expect((await focused(page)).tag).toBe('input')
    await page.keyboard.press('ArrowDown')
    await page.waitForFunction(() => location.hash.includes('asOf=2025-06-29'))
    await page.keyboard.press('ArrowUp')
    await page.waitForFunction(() => location.hash.includes('asOf=2025-06-30'))

    // 5. On into the list: search and filters. Header, then main, top to bottom.
    await walk.until('Tab', (s) => s.tag === 'input' && s.region === 'main')
    expectReadingOrder(walk.stops)
    await page.keyboard.type('立项')
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=立项'))
    const statusBox = await walk.until(
      'Tab',
      (s) => s.tag === 'input' && /^推进中/.test(s.text),
      40,
    )
    expect(statusBox.every((s) => s.region === 'main')).toBe(true)
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.hash.includes('status=in-progress'))
    await walk.until('Tab', (s) => s.tag === 'input' && /^项目/.test(s.text), 40)
    // Space ticks and unticks: the filter works both ways from the keyboard.
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.hash.includes('category=projects'))
    await page.keyboard.press('Space')
    await page.waitForFunction(() => !location.hash.includes('category='))
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.hash.includes('category=projects'))
    // Only the 153005 letter has evidence of progress: one match among all letters.
    await page.getByText(/^显示 1 \/ \d+ 项承诺$/).waitFor()

    // 6. Open a commitment from the list.
    const link = await walk.until(
      'Tab',
      (s) => s.tag === 'a' && (s.href ?? '').includes('km-153005-c-projects-20'),
    )
    expectReadingOrder(link)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: '积极争取立项20个以上' }).waitFor()

    // 7. Its chart's table view, opened with Enter.
    await walk.until('Tab', (s) => s.tag === 'summary')
    await page.keyboard.press('Enter')
    const table = page.locator('.chart-table').first()
    expect(await table.getAttribute('open')).not.toBeNull()
    expect(await table.locator('table').isVisible()).toBe(true)

    // 8. Back to the list by its link, reached backwards with Shift+Tab.
    await walk.until('Shift+Tab', (s) => s.tag === 'a' && /返回/.test(s.text))
    await page.keyboard.press('Enter')
    await page.getByText(/显示 \d+ \/ \d+ 项承诺/).waitFor()

    // 9. Switch language: back up to the switch, Enter on "English".
    await walk.until('Shift+Tab', (s) => s.tag === 'button' && s.text === 'English')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await page.getByText(/Showing \d+ of \d+ commitments/).waitFor()
    const afterSwitch = await focused(page)
    expect(afterSwitch.text).toBe('English')
    expect(afterSwitch.visibleFocus).toBe(true)

    expect(errors).toEqual([])
    await context.close()
  })
})
