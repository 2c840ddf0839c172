import type { Page } from 'playwright-core'
import { STATUSES, type Status } from '../../src/domain/status'
import type { CommitmentRow } from '../../src/lib/data/commitment-rows'
import {
  EMPTY_FILTERS,
  facetCounts,
  filterRows,
} from '../../src/features/commitments/filter-commitments'
import { armInteraction, readArmed, settle, type InteractionTiming } from './page-probe'

/** Terms found in the shipped letter and in the generated letters, Chinese and English. */
const SEARCH_WORDS = ['资金', '项目', '科技', '平台', '2024', 'fund', '通报', '三(二)', 'gap']

export interface Keystroke {
  /** A character to type, or "Backspace". */
  key: string
  /** Only keystrokes that change the result count can be timed by it. */
  measure: boolean
}

/**
 * Types each word and deletes it again, letter by letter. Which keystrokes change the count is
 * worked out here with the list's own filter, so the page is only asked to time those.
 */
export function planSearch(rows: readonly CommitmentRow[], wanted: number): Keystroke[] {
  const count = (q: string) => filterRows(rows, { ...EMPTY_FILTERS, q }).length
  const plan: Keystroke[] = []
  let measured = 0
  for (const word of SEARCH_WORDS) {
    if (measured >= wanted) break
    const chars = [...word]
    const counts = chars.map((_, i) => count(chars.slice(0, i + 1).join('')))
    const changes = counts.map((n, i) => n !== (i === 0 ? rows.length : counts[i - 1]))
    chars.forEach((key, i) => plan.push({ key, measure: changes[i]! }))
    for (let i = chars.length - 1; i >= 0; i -= 1) {
      plan.push({ key: 'Backspace', measure: changes[i]! })
    }
    measured += changes.filter(Boolean).length * 2
  }
  return plan
}

/** The status whose checkbox narrows the list the most while still showing something. */
export function planStatusToggle(rows: readonly CommitmentRow[]): Status {
  const counts = facetCounts(rows, EMPTY_FILTERS).status
  const usable = STATUSES.filter((s) => (counts[s] ?? 0) > 0 && (counts[s] ?? 0) < rows.length)
  return usable.sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0))[0] ?? 'not-rated'
}

const TIMEOUT_MS = 60_000
const COUNT = '.list-count'
const SEARCH_BOX = '.list-field-search input'

/** Sends one input and returns input → change in the DOM (ms), or NaN when nothing changed. */
async function timed(
  page: Page,
  until: 'text' | 'element',
  selector: string,
  send: () => Promise<void>,
): Promise<number> {
  await page.evaluate(armInteraction, { until, selector, timeoutMs: TIMEOUT_MS })
  await send()
  const timing: InteractionTiming | null = await page.evaluate(readArmed)
  return timing ? timing.changed - timing.input : Number.NaN
}

export async function measureSearch(page: Page, plan: readonly Keystroke[]): Promise<number[]> {
  await page.focus(SEARCH_BOX)
  const samples: number[] = []
  for (const { key, measure } of plan) {
    const send = () =>
      key === 'Backspace' ? page.keyboard.press('Backspace') : page.keyboard.type(key)
    if (measure) samples.push(await timed(page, 'text', COUNT, send))
    else {
      await send()
      await page.evaluate(settle)
    }
  }
  return samples
}

export async function measureStatusToggle(
  page: Page,
  status: Status,
  times: number,
): Promise<number[]> {
  const checkbox = `input[name="status"][value="${status}"]`
  const samples: number[] = []
  for (let i = 0; i < times; i += 1) {
    samples.push(await timed(page, 'text', COUNT, () => page.click(checkbox)))
  }
  return samples
}

/** The main navigation's links, by address (links are `#/path?asOf=…`). */
export const NAV_LINKS = {
  overview: '.app-nav a[href="#/"], .app-nav a[href^="#/?"]',
  commitments: '.app-nav a[href^="#/commitments"]',
  funding: '.app-nav a[href^="#/funding"]',
  documents: '.app-nav a[href^="#/documents"]',
} as const
/** From the list round the navigation and back to it. */
const ROUTE_CYCLE = ['funding', 'documents', 'overview', 'commitments'] as const

/**
 * Clicks through the navigation; each sample is click → the new page's h1 in the DOM. A route
 * that never shows its h1 (or a page too busy to take the click) ends the round: it is recorded
 * as NaN, and the report names it.
 */
export async function measureRoutes(
  page: Page,
  cycles: number,
): Promise<Array<{ route: string; ms: number }>> {
  const samples: Array<{ route: string; ms: number }> = []
  for (let c = 0; c < cycles; c += 1) {
    for (const name of ROUTE_CYCLE) {
      const ms = await timed(page, 'element', 'main h1', () =>
        page.click(NAV_LINKS[name], { timeout: TIMEOUT_MS }),
      ).catch(() => Number.NaN)
      samples.push({ route: name, ms })
      if (!Number.isFinite(ms)) return samples
      await page.evaluate(settle)
    }
  }
  return samples
}
