import type { Browser, Page } from 'playwright-core'
import { launchBrowser, watchForErrors } from './support/browser'
import { describeViolations, runAxe, waitForContent } from './support/axe'
import { DIST } from './support/dist'
import { AS_OF, EMBEDS, LANGUAGES, ROUTES } from './support/routes'
import { startStaticServer, STRICT_CSP, type StaticServer } from './support/static-server'

/*
 * axe-core on every route and every embeddable widget, in Chinese and in English, on the
 * production build served under the intranet's strict CSP. Zero violations of WCAG 2.2 A/AA and
 * of axe's best practices. Every <details> (chart table views, filters, paragraph commitments) is
 * opened first, so what they reveal is checked too.
 */

/** The bulletin with a period that has something in every list, and with an impossible date. */
const BULLETIN_ROUTES = [
  `#/bulletin?from=2024-01-01&to=2024-12-31&asOf=${AS_OF}`,
  `#/bulletin?from=2024-02-30&to=2024-12-31&asOf=${AS_OF}`,
]

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

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  // Reduced motion: charts are drawn at once, so contrast is measured on the finished picture.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  })
  return { page, errors: watchForErrors(page) }
}

/** Opens every disclosure (chart table views, filter panel, paragraph commitment lists). */
async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
}

async function expectNoViolations(page: Page, lang: string, label: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
  const violations = await runAxe(page)
  expect(violations.length, `${label}\n${describeViolations(violations)}`).toBe(0)
}

describe.each(LANGUAGES)('axe in %s', (lang) => {
  it.each([...ROUTES, ...BULLETIN_ROUTES])('route %s has no violations', async (route) => {
    const { page, errors } = await openPage()
    await page.goto(`${server.url}?lang=${lang}${route}`)
    await waitForContent(page)
    await openDisclosures(page)
    await expectNoViolations(page, lang, `${lang} ${route}`)
    expect(errors).toEqual([])
    await page.close()
  })

  it.each(EMBEDS)('embed %s has no violations', async (id) => {
    const { page, errors } = await openPage()
    await page.goto(`${server.url}?embed=${id}&lang=${lang}#/?asOf=${AS_OF}`)
    await waitForContent(page)
    await openDisclosures(page)
    await expectNoViolations(page, lang, `${lang} ?embed=${id}`)
    expect(errors).toEqual([])
    await page.close()
  })

  it('embed bulletin for 2024 has no violations', async () => {
    const { page, errors } = await openPage()
    await page.goto(
      `${server.url}?embed=bulletin&lang=${lang}#/?asOf=${AS_OF}&from=2024-01-01&to=2024-12-31`,
    )
    await waitForContent(page)
    await openDisclosures(page)
    await expectNoViolations(page, lang, `${lang} ?embed=bulletin (2024)`)
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('axe on states reached by interaction', () => {
  it('after switching language in place and opening a chart table with the keyboard', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${server.url}?lang=zh-CN#/commitments/km-153005-c-projects-20?asOf=${AS_OF}`)
    await waitForContent(page)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await waitForContent(page)
    const summary = page.locator('.chart-table summary').first()
    await summary.focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('.chart-table').first().getAttribute('open')).not.toBeNull()
    await expectNoViolations(page, 'en', 'detail after switching to English, table open')
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('data texts in the reader’s language, and in their own', () => {
  it('English shows the Chinese quote (marked lang="zh-CN") beside its translation', async () => {
    const { page, errors } = await openPage()
    const id = 'km-153005-c-funding-187m'
    await page.goto(`${server.url}?lang=en#/commitments/${id}?asOf=${AS_OF}`)
    await waitForContent(page)
    const original = page.locator('.detail-quote blockquote mark')
    expect(await original.textContent()).toContain('获得省市财政科技经费投入18700万元')
    expect(await original.evaluate((e) => e.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN')
    const translation = page.locator('.detail-translation p')
    expect(await translation.getAttribute('lang')).toBe('en')
    expect((await translation.textContent())?.trim()).not.toBe('')
    // The source's exact figure stays next to the rounded one, in both languages.
    expect(await page.locator('main').textContent()).toMatch(/¥187M \(source: 18700万元\)/)
    await page.goto(`${server.url}?lang=zh-CN#/commitments/${id}?asOf=${AS_OF}`)
    await waitForContent(page)
    expect(await page.locator('main').textContent()).toContain('1.87亿元 (原文:18700万元)')
    expect(await page.locator('.detail-translation').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })
})
