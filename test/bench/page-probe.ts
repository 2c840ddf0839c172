/**
 * What runs inside the page. Everything here is serialized by Playwright and executed in Chromium,
 * so each function is self-contained (no imports, no closures over Node values).
 *
 * Times are `performance.now()` values: milliseconds since navigation start, the same clock as
 * first-contentful-paint, resource timings, long tasks and input events' `timeStamp`.
 */

export interface ProbeConfig {
  /** Name → CSS selector; the probe records when each first matches. */
  watch: Record<string, string>
}

export interface Sighting {
  /** When the element was first in the DOM (the MutationObserver callback after the commit). */
  inDom: number
  /** The next animation frame after that: the frame that paints it (the main thread was free). */
  frame: number
}

export interface ProbeState {
  seen: Record<string, Sighting>
  longTasks: Array<{ start: number; duration: number }>
  pending: Promise<InteractionTiming | null> | null
}

export interface InteractionTiming {
  /** The input event's own timestamp (keydown / beforeinput / click), so queueing counts too. */
  input: number
  /** When the awaited change was in the DOM. */
  changed: number
  /** The animation frame after the change. */
  frame: number
}

declare global {
  interface Window {
    __benchProbe?: ProbeState
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named arrow functions in `__name(fn, "x")`;
 * that helper does not exist in the page, so this init script (a string, not compiled) supplies it.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn'

/** The init script: installed before any of the page's own scripts run. */
export function installProbe(config: ProbeConfig): void {
  const state: ProbeState = { seen: {}, longTasks: [], pending: null }
  window.__benchProbe = state
  // The default buffer keeps 250 resource timings; 1000× requests ~4 000 data files.
  performance.setResourceTimingBufferSize(100_000)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })

  const waiting = new Map(Object.entries(config.watch))
  const check = () => {
    for (const [name, selector] of waiting) {
      if (!document.querySelector(selector)) continue
      waiting.delete(name)
      const inDom = performance.now()
      requestAnimationFrame(() => {
        state.seen[name] = { inDom, frame: performance.now() }
      })
    }
    if (waiting.size === 0) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })
}

export interface ArmOptions {
  /** `text`: wait until the element's text changes; `element`: until a different element matches. */
  until: 'text' | 'element'
  selector: string
  timeoutMs: number
}

/**
 * Arms one measurement before the input is sent: the next input event starts the clock and the
 * awaited change stops it. The result is read with `readArmed`.
 */
export function armInteraction({ until, selector, timeoutMs }: ArmOptions): void {
  const state = window.__benchProbe!
  const read = (): unknown =>
    until === 'text'
      ? (document.querySelector(selector)?.textContent ?? null)
      : document.querySelector(selector)
  const before = read()
  let input: number | null = null
  const onInput = (event: Event) => {
    input ??= event.timeStamp
  }
  const types = ['keydown', 'beforeinput', 'pointerdown', 'click']
  for (const type of types) window.addEventListener(type, onInput, true)
  const armedAt = performance.now()
  state.pending = new Promise((resolve) => {
    const finish = (timing: InteractionTiming | null) => {
      observer.disconnect()
      clearTimeout(timer)
      for (const type of types) window.removeEventListener(type, onInput, true)
      resolve(timing)
    }
    const observer = new MutationObserver(() => {
      const now = read()
      if (now === null || now === before) return
      const changed = performance.now()
      observer.disconnect()
      requestAnimationFrame(() =>
        finish({ input: input ?? armedAt, changed, frame: performance.now() }),
      )
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const timer = setTimeout(() => finish(null), timeoutMs)
  })
}

export function readArmed(): Promise<InteractionTiming | null> | null {
  return window.__benchProbe!.pending
}

/** Two animation frames: whatever the last input caused has been committed and painted. */
export function settle(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  )
}

export interface LoadReading {
  fcp: number | null
  /** When DOMContentLoaded fired: everything requested before it is the static module graph. */
  domContentLoaded: number
  seen: Record<string, Sighting>
  longTasks: Array<{ start: number; duration: number }>
  resources: Array<{
    name: string
    initiatorType: string
    startTime: number
    responseEnd: number
    encodedBodySize: number
  }>
}

export function readLoad(): LoadReading {
  const state = window.__benchProbe!
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
    (r) => ({
      name: r.name,
      initiatorType: r.initiatorType,
      startTime: r.startTime,
      responseEnd: r.responseEnd,
      encodedBodySize: r.encodedBodySize,
    }),
  )
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
  return {
    fcp,
    domContentLoaded: navigation?.domContentLoadedEventStart ?? 0,
    seen: { ...state.seen },
    longTasks: [...state.longTasks],
    resources,
  }
}
