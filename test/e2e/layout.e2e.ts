import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { FIXED_EMBED_IDS } from '../../src/features/embed/embed-target'
import { waitForContent } from './support/axe'
import { launchBrowser, watchForErrors } from './support/browser'
import { DIST } from './support/dist'
import { AS_OF, LANGUAGES } from './support/routes'
import { startStaticServer, type StaticServer } from './support/static-server'

/*
 * The layout holds on every view and embed, in both languages, at a phone's 390 px, a desktop's
 * 1440 px and 200 % zoom (a 1440 px window zoomed to 200 % lays the page out in 720 CSS px at
 * two device pixels each): no sideways scrolling, every chart drawn at a real size, no text
 * squeezed into a column a character or two wide, and no English word broken mid-word.
 * (zoom.e2e.ts checks clipped text and the navigation at 640 px; walkthrough.e2e.ts 360 px.)
 * One browser, one page at a time.
 */

const SIZES = [
  { name: '390 px', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
  { name: '1440 px', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
] as const

/** A commitment of each kind, across the shipped letters. */
const DETAILS = [
  'km-153005-c-projects-20', // target with like-for-like evidence and a chart
  'km-153005-c-funds-300m', // money target
  'km-153005-c-reporting-routine', // promise
  'km-153005-c-sales-5b', // forecast with related-metric evidence
  'km-153005-c-funding-187m', // reported result
  'pb-nkj-2025-99-c-investment-estimate-52-9m', // estimate
  'pb-nkj-2025-99-c-xiaohebian-not-eligible', // declined request
]

const hasRoute = (name: string) =>
  readFileSync('src/app/routes.tsx', 'utf8').includes(`case '${name}'`)

/** `?<query>#<hash>` of every view and embed. */
const TARGETS: readonly string[] = [
  `#/?asOf=${AS_OF}`,
  `#/commitments?asOf=${AS_OF}`,
  ...DETAILS.map((id) => `#/commitments/${id}?asOf=${AS_OF}`),
  `#/evidence?asOf=${AS_OF}`,
  `#/funding?asOf=${AS_OF}`,
  `#/documents?asOf=${AS_OF}`,
  `#/documents/km-153005?asOf=${AS_OF}`,
  `#/report?asOf=${AS_OF}`,
  // Today, so overdue counts run into the thousands of days ("1,066 days overdue").
  '#/report',
  ...(hasRoute('desk') ? ['#/desk'] : []),
  ...(hasRoute('bulletin') ? [`#/bulletin?from=2024-01-01&to=2024-12-31&asOf=${AS_OF}`] : []),
  ...FIXED_EMBED_IDS.map((id) => `?embed=${id}#/?asOf=${AS_OF}`),
]

interface Layout {
  sideways: string | null
  charts: string[]
  columns: string[]
  brokenWords: string[]
}

/** Everything but the broken words, measured as the reader sees the page. Runs in the page. */
function measureLayout(): Omit<Layout, 'brokenWords'> {
  const root = document.scrollingElement ?? document.documentElement
  const describe = (element: Element, text: string) =>
    `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text.slice(0, 40)}"`
  // Text drawn for screen readers only (a 1 px clipped box) or not drawn: nothing for the eye.
  const unseen = (element: Element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true
    if (element.closest('.visually-hidden, svg, [aria-hidden="true"]')) return true
    for (let e: Element | null = element; e; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.clip !== 'auto' || style.clipPath !== 'none') return true
      if (style.overflowX !== 'visible' && e.clientWidth <= 1) return true
    }
    return false
  }

  // Every chart, recharts' and the plain SVG ones, at a real size (a legend's marks are icons).
  const charts: string[] = []
  for (const svg of document.querySelectorAll('.recharts-surface, .chart-body svg')) {
    if (svg.closest('.recharts-legend-wrapper, [class*="legend"]')) continue
    if (svg.parentElement?.closest('svg')) continue
    if (unseen(svg.parentElement ?? svg)) continue
    const box = svg.getBoundingClientRect()
    if (box.width <= 50 || box.height <= 50) {
      const frame = svg.closest('[id]')
      charts.push(`${Math.round(box.width)}×${Math.round(box.height)} px in #${frame?.id ?? '?'}`)
    }
  }

  // Text of more than 4 characters in a box under 2em wide, or wrapped onto 3+ lines under 3em
  // wide: a column a character or two wide. Measured on the text itself (its line boxes), not
  // on its element, so padding or a float beside it changes nothing.
  const columns: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const element = node.parentElement
    if ([...text].length <= 4 || !element || element.closest('script, style, template')) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
    if (lines.length === 0) continue
    const em = parseFloat(getComputedStyle(element).fontSize)
    const widest = Math.max(...lines.map((r) => r.width))
    const lineCount = new Set(lines.map((r) => Math.round(r.top))).size
    const squeezed = widest < 2 * em || (lineCount >= 3 && widest < 3 * em)
    if (squeezed && !unseen(element)) {
      columns.push(`${Math.round(widest)} px, ${lineCount} lines: ${describe(element, text)}`)
    }
  }

  return {
    sideways:
      root.scrollWidth > root.clientWidth
        ? `document ${root.scrollWidth} px wide in a ${root.clientWidth} px window`
        : null,
    charts,
    columns,
  }
}

/**
 * English words (3 to 18 letters) whose letters sit on two lines. Hyphenation is switched off
 * first (the browser may or may not have the dictionary), so a break a hyphen would mark counts
 * too: running text must wrap between words, only a long token (a URL, an id) may break.
 */
function measureBrokenWords(): string[] {
  // A constructed sheet, not a <style> element: the page's CSP allows no inline styles.
  const manual = new CSSStyleSheet()
  manual.replaceSync('* { hyphens: manual !important; }')
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, manual]
  // Inside a clipped box (a stacked table's header row, kept for screen readers): not seen.
  const clipped = (element: Element) => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.clip !== 'auto' || style.clipPath !== 'none') return true
    }
    return false
  }
  const broken: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement
    const text = node.textContent ?? ''
    if (!element || !/[A-Za-z]{3}/.test(text)) continue
    if (!(element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en')) continue
    if (element.closest('svg, script, style, template, .visually-hidden')) continue
    if (!element.checkVisibility() || clipped(element)) continue
    const tokens = /[^\s\u2E80-\uFFEF]+/g
    for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
      if (!/^[(“"'[]?[A-Za-z]{3,18}[)\]”"'.,;:!?]*$/.test(match[0])) continue
      const range = document.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      )
      if (tops.size > 1) {
        broken.push(
          `"${match[0]}" in <${element.tagName.toLowerCase()} class="${element.className}">`,
        )
      }
    }
  }
  return broken
}

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

describe.each(SIZES)('layout at $name', ({ viewport, deviceScaleFactor }) => {
  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(TARGETS)('%s holds', async (target) => {
      const page = await browser.newPage({ viewport, deviceScaleFactor, reducedMotion: 'reduce' })
      const errors = watchForErrors(page)
      const [query, hash] = target.startsWith('?')
        ? target.slice(1).split('#')
        : ['', target.slice(1)]
      await page.goto(`${server.url}?${query ? `${query}&` : ''}lang=${lang}#${hash}`)
      await waitForContent(page)
      const layout = await page.evaluate(measureLayout)
      expect(layout.sideways, 'sideways scrolling').toBeNull()
      expect(layout.charts, 'charts smaller than 50 px').toEqual([])
      expect(layout.columns, 'text squeezed into a narrow column').toEqual([])
      expect(errors).toEqual([])
      expect(await page.evaluate(measureBrokenWords), 'English words broken mid-word').toEqual([])
      await page.close()
    })
  })
})
