import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Frame, Page } from 'playwright-core'
import { LANGUAGES } from '../../../src/domain/language'
import { allMessageKeys, catalogFor } from '../../../src/lib/i18n/translate'

/**
 * axe-core, evaluated inside the page under test. Playwright's `evaluate` goes through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern, so the app keeps
 * its strict `script-src 'self'` while being checked (no inline script is injected).
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** What the app says while data, a page or a chart is still loading, in both languages. */
const LOADING_TEXTS = allMessageKeys()
  .filter((key) => /\.loading\w*$/.test(key))
  .flatMap((key) => LANGUAGES.map((lang) => catalogFor(lang)[key]))

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, region). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>
}

/** Runs axe on the whole document and returns its violations (empty when the page passes). */
export async function runAxe(page: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"')
  if (!loaded) await page.evaluate(AXE_SOURCE)
  return withinTime(
    'axe.run',
    page.evaluate(
      `window.axe
      .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
      .then((result) => result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
      })))`,
    ) as Promise<AxeViolation[]>,
  )
}

/**
 * A page evaluation has no timeout of its own: if one never settles, fail with its name before
 * the test's own limit, so the report says which step stalled instead of "test timed out".
 */
function withinTime<T>(step: string, promise: Promise<T>, ms = 45_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} did not finish within ${ms} ms`)), ms)
  })
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer))
}

/** One line per failing element: rule id, impact, CSS target and the element's markup. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} [${v.impact ?? 'n/a'}] ${v.help}\n    at ${node.target.join(' ')}\n    ${node.html.slice(0, 300)}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, ' ')}` : ''),
      ),
    )
    .join('\n')
}

/**
 * Waits until the view is fully drawn: content in <main>, no data or chart still loading, and
 * every chart that draws only when scrolled near (WhenVisible) drawn, by scrolling through.
 */
export async function waitForContent(page: Page): Promise<void> {
  await page.locator('main').first().waitFor()
  await page.waitForFunction(() => {
    const main = document.querySelector('main')
    return !!main && main.textContent !== '' && main.querySelector('h1, h2, h3') !== null
  })
  await page.waitForLoadState('networkidle')
  await withinTime(
    'scrolling through the page',
    page.evaluate(async () => {
      // A frame, or 100 ms when the renderer is too busy to give one: a page evaluation has no
      // timeout of its own, so a frame that never comes must not hang the test.
      const frame = () =>
        new Promise((resolve) => {
          requestAnimationFrame(resolve)
          setTimeout(resolve, 100)
        })
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await frame()
      }
      window.scrollTo(0, 0)
    }),
  )
  await page.waitForFunction((loading) => {
    const statuses = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent)
    if (statuses.some((text) => loading.some((l) => text?.includes(l)))) return false
    // Every chart frame that has a drawing area has drawn its SVG (or says why it has none).
    return [...document.querySelectorAll('.chart-body')].every(
      (body) => body.querySelector('svg') !== null || body.textContent !== '',
    )
  }, LOADING_TEXTS)
}
