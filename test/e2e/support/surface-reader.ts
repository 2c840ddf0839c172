import type { Page, Request } from 'playwright-core'
import { allMessageKeys, catalogFor } from '../../../src/lib/i18n/translate'

/*
 * Reads the cross-surface contract off a page in one evaluate: every `[data-field]` inside the
 * nearest `[data-commitment-id]`, so a surface that lists many commitments costs one round trip.
 */

/** One element carrying `data-commitment-id`, with the contract's fields found inside it. */
export interface Occurrence {
  id: string
  /** Where on the page (tag.class in widget), to name it in a report. */
  where: string
  status: Array<{ text: string; code: string | null }>
  progress: string[]
  /** In document order; the first is the latest evidence (surfaces list evidence newest first). */
  evidence: Array<{ text: string; comparability: string | null; caveat: string | null }>
  /** data-status of every element inside (badges too): a result must carry none but "none". */
  badges: string[]
}

export interface SurfaceReading {
  /** Every commitment id some element on the page carries, fields or not. */
  ids: string[]
  /** Occurrences with at least one field of the contract. */
  occurrences: Occurrence[]
  /** Related-metric or context evidence with no `[data-field="caveat"]` next to it. */
  bareEvidence: Array<{ id: string | null; where: string; text: string }>
  /** Fields outside any `[data-commitment-id]`: the reader cannot tell whose they are. */
  orphans: Array<{ field: string; where: string; text: string }>
  /** "显示 12 / 55 项承诺": the first "n / m" said in a live status region of the page. */
  count: { shown: number; total: number } | null
  /** Rows of the targets chart (`data-target-id`): how many bars it draws and what it says. */
  targetRows: Array<{ id: string; readings: number | null; text: string }>
  /** Links of the status totals widget: where each leads and the number it says. */
  statusLinks: Array<{ href: string; status: string | null; count: number | null; text: string }>
}

/** What the app says while data or a page is loading, in both languages. */
const LOADING_TEXTS = allMessageKeys()
  .filter((key) => /\.loading\w*$/.test(key))
  .flatMap((key) => [catalogFor('zh-CN')[key], catalogFor('en')[key]])
  .filter((text) => text && !text.includes('{'))

/** Runs in the page: no closure over Node values (it is serialized). */
function readInPage(): SurfaceReading {
  const textOf = (element: Element): string => {
    const clone = element.cloneNode(true) as Element
    for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim()
  }
  const describe = (element: Element): string => {
    const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : ''
    const widget = element.closest('[data-widget-id]')?.getAttribute('data-widget-id')
    return `${element.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${widget ? ` in ${widget}` : ''}`
  }
  const qualified = (c: string | null) => c === 'related-metric' || c === 'context'
  const ownerOf = (element: Element) => element.closest('[data-commitment-id]')

  /**
   * The caveat "next to" an evidence label: in the smallest ancestor (up to the commitment's
   * element) that holds a caveat, provided it holds a caveat for each qualified label in it.
   */
  const caveatNextTo = (label: Element, owner: Element | null): string | null => {
    for (let node = label.parentElement; node; node = node.parentElement) {
      const caveats = [...node.querySelectorAll('[data-field="caveat"]')]
      if (caveats.length > 0) {
        const labels = [...node.querySelectorAll('[data-field="evidence-label"]')].filter((l) =>
          qualified(l.getAttribute('data-comparability')),
        )
        if (caveats.length < labels.length) return null
        const after = caveats.find(
          (c) => label.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING,
        )
        const text = textOf(after ?? caveats[0]!)
        return text === '' ? null : text
      }
      if (node === owner || node === document.body) return null
    }
    return null
  }

  const occurrences = new Map<Element, Occurrence>()
  const orphans: SurfaceReading['orphans'] = []
  const bareEvidence: SurfaceReading['bareEvidence'] = []
  const occurrence = (owner: Element): Occurrence => {
    let found = occurrences.get(owner)
    if (!found) {
      found = {
        id: owner.getAttribute('data-commitment-id') ?? '',
        where: describe(owner),
        status: [],
        progress: [],
        evidence: [],
        badges: [],
      }
      occurrences.set(owner, found)
    }
    return found
  }
  for (const field of document.querySelectorAll('[data-field]')) {
    const name = field.getAttribute('data-field')
    if (name !== 'status' && name !== 'progress' && name !== 'evidence-label') continue
    const owner = ownerOf(field)
    if (!owner) {
      orphans.push({ field: name, where: describe(field), text: textOf(field) })
      continue
    }
    const o = occurrence(owner)
    if (name === 'status')
      o.status.push({ text: textOf(field), code: field.getAttribute('data-status') })
    else if (name === 'progress') o.progress.push(textOf(field))
    else {
      const comparability = field.getAttribute('data-comparability')
      const caveat = qualified(comparability) ? caveatNextTo(field, owner) : null
      if (qualified(comparability) && caveat === null) {
        bareEvidence.push({
          id: o.id,
          where: describe(field.parentElement ?? field),
          text: textOf(field),
        })
      }
      o.evidence.push({ text: textOf(field), comparability, caveat })
    }
  }
  for (const [owner, o] of occurrences) {
    for (const badge of owner.querySelectorAll('[data-status]')) {
      if (ownerOf(badge) === owner) o.badges.push(badge.getAttribute('data-status') ?? '')
    }
  }
  // Evidence labels outside any commitment still need their caveat.
  for (const field of document.querySelectorAll('[data-field="evidence-label"]')) {
    if (ownerOf(field) || !qualified(field.getAttribute('data-comparability'))) continue
    if (caveatNextTo(field, null) === null) {
      bareEvidence.push({
        id: null,
        where: describe(field.parentElement ?? field),
        text: textOf(field),
      })
    }
  }

  let count: SurfaceReading['count'] = null
  for (const region of document.querySelectorAll('main [role="status"]')) {
    const match = /(\d+)\s*\/\s*(\d+)/.exec(textOf(region))
    if (match) {
      count = { shown: Number(match[1]), total: Number(match[2]) }
      break
    }
  }
  const statusLinks = [...document.querySelectorAll('[data-widget-id="status"] a[href]')].map(
    (a) => {
      const href = a.getAttribute('href') ?? ''
      const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : ''
      const clone = a.cloneNode(true) as Element
      for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove()
      const digits = /\d+/.exec(textOf(clone))
      return {
        href,
        status: new URLSearchParams(query).get('status'),
        count: digits ? Number(digits[0]) : null,
        text: textOf(a),
      }
    },
  )
  const targetRows = [...document.querySelectorAll('[data-target-id]')].map((row) => {
    const readings = row.getAttribute('data-readings')
    return {
      id: row.getAttribute('data-target-id') ?? '',
      readings: readings === null ? null : Number(readings),
      text: textOf(row),
    }
  })
  const ids = [
    ...new Set(
      [...document.querySelectorAll('[data-commitment-id]')].map(
        (e) => e.getAttribute('data-commitment-id') ?? '',
      ),
    ),
  ]
  return {
    ids,
    occurrences: [...occurrences.values()],
    bareEvidence,
    orphans,
    count,
    targetRows,
    statusLinks,
  }
}

export function readSurface(page: Page): Promise<SurfaceReading> {
  return page.evaluate(readInPage)
}

/** Marks what is on the page now, so a wait can tell the next view's elements from these. */
function markSeen(): void {
  for (const element of document.querySelectorAll(
    'h1, h2, h3, [role="alert"], [data-commitment-id]',
  )) {
    ;(element as Element & { __e2eSeen?: boolean }).__e2eSeen = true
  }
}

/**
 * Resolves once the view the user asked for is drawn: every id in `ids` on a new element, or a
 * new heading with nothing left loading (a surface that leaves a commitment out is then read as
 * it is, and the missing one reported). Returns false when neither happened in time.
 */
async function waitForView(page: Page, ids: readonly string[], timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      ({ ids, loading }) => {
        const fresh = (e: Element) => !(e as Element & { __e2eSeen?: boolean }).__e2eSeen
        if (ids.length > 0) {
          const shown = new Set(
            [...document.querySelectorAll('[data-commitment-id]')]
              .filter(fresh)
              .map((e) => e.getAttribute('data-commitment-id')),
          )
          if (ids.every((id) => shown.has(id))) return true
        }
        const root = document.querySelector('main') ?? document.body
        if (root.querySelector('.loading')) return false
        const statuses = [...document.querySelectorAll('[role="status"]')].map(
          (e) => e.textContent ?? '',
        )
        if (statuses.some((text) => loading.some((l) => text.includes(l)))) return false
        // Drawn: a new heading, or a widget that failed and says so in an alert.
        return [...root.querySelectorAll('h1, h2, h3, [role="alert"]')].some(fresh)
      },
      { ids, loading: LOADING_TEXTS },
      { timeout },
    )
    return true
  } catch {
    return false
  }
}

/**
 * Wait a little longer for ids a drawn view still lacks: rows may arrive a commit later (a
 * deferred list). Costs nothing when they are all there; bounded when a surface leaves one out.
 */
async function waitForIds(page: Page, ids: readonly string[], timeout: number): Promise<void> {
  if (ids.length === 0) return
  await page
    .waitForFunction(
      (ids) => {
        const shown = new Set(
          [...document.querySelectorAll('[data-commitment-id]')].map((e) =>
            e.getAttribute('data-commitment-id'),
          ),
        )
        return ids.every((id) => shown.has(id))
      },
      ids,
      { timeout },
    )
    .catch(() => undefined)
}

/** Longest wait for a data file still on its way. */
const IDLE_TIMEOUT = 30_000

/**
 * Data files the page is still fetching. The dashboard draws once the letters and commitments
 * are in; the evidence (updates.json) may arrive a moment later and change what is shown, so a
 * view is read once no data request is in flight and the page has rendered what arrived.
 */
export function watchDataRequests(page: Page): { idle: () => Promise<void> } {
  const inFlight = new Set<Request>()
  let waiting: Array<() => void> = []
  const finished = (request: Request) => {
    if (!inFlight.delete(request) || inFlight.size > 0) return
    for (const resolve of waiting) resolve()
    waiting = []
  }
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/data/')) inFlight.add(request)
  })
  page.on('requestfinished', finished)
  page.on('requestfailed', finished)
  return {
    idle: async () => {
      // Bounded: a file that never comes is the view's problem, read as it stands then.
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve)
          setTimeout(resolve, IDLE_TIMEOUT)
        })
      }
      // The response is in; parsing it and React's render take a few more tasks and a frame.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
          ),
      )
    },
  }
}

export interface ShowOptions {
  /** Ids the view should show; the wait ends as soon as all are drawn. */
  ids?: readonly string[]
  timeout?: number
  /** Extra time for ids still missing once the view is drawn (lists, reports). */
  settle?: number
  /** Resolves once the data has finished arriving (watchDataRequests). */
  dataIdle?: () => Promise<void>
}

/**
 * Opens a hash route of the dashboard already loaded in `page`, by way of an empty route so the
 * next view is mounted afresh (React reuses a detail page's elements for the next commitment).
 * Returns false when the view did not finish drawing in time.
 */
export async function showRoute(
  page: Page,
  hash: string,
  blankHash: string,
  { ids = [], timeout = 30_000, settle = 0, dataIdle }: ShowOptions = {},
): Promise<boolean> {
  // Already on the empty route (just loaded): setting it again would draw nothing new, and
  // nothing is marked yet, so the wait below ends when its heading is drawn.
  if ((await page.evaluate(() => window.location.hash)) !== blankHash) {
    await page.evaluate(markSeen)
    await page.evaluate((h) => {
      window.location.hash = h
    }, blankHash)
  }
  await waitForView(page, [], timeout)
  await page.evaluate(markSeen)
  await page.evaluate((h) => {
    window.location.hash = h
  }, hash)
  const drawn = await waitForView(page, ids, timeout)
  await dataIdle?.()
  if (drawn && settle > 0) await waitForIds(page, ids, settle)
  return drawn
}

/** Loads a URL afresh (an embed) and waits for its view like showRoute. */
export async function loadPage(
  page: Page,
  url: string,
  { ids = [], timeout = 30_000, settle = 0, dataIdle }: ShowOptions = {},
): Promise<boolean> {
  await page.goto(url, { timeout })
  const drawn = await waitForView(page, ids, timeout)
  await dataIdle?.()
  if (drawn && settle > 0) await waitForIds(page, ids, settle)
  return drawn
}
