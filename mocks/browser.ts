import type { HttpHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { scenarioDemos, type ScenarioName } from './data-handlers'
import { illustrativeFiles } from './fixtures/illustrative-dataset'
import { handlers } from './handlers'

/** The file a one-file fault (malformed, missing-file, cut-off, …) breaks in mock mode. */
const DEMO_FILE = 'demo-transit/commitments.json'

/** Older names for a scenario, kept because the README and bookmarks use them. */
const ALIASES: Record<string, ScenarioName> = { html: 'htmlErrorPage' }

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** `?scenario=` names, in kebab-case, of every scenario mocks/data-handlers.ts defines. */
const byUrlName = new Map<string, ScenarioName>([
  ...(Object.keys(scenarioDemos) as ScenarioName[]).map((name) => [kebab(name), name] as const),
  ...Object.entries(ALIASES),
])

export const scenarioUrlNames: string[] = [...byUrlName.keys()]

/**
 * The handlers for `?scenario=<name>`: the fault, or the illustrative dataset when no scenario is
 * asked for. An unknown name is said on the console with the valid ones, and the app still runs
 * on the illustrative dataset rather than on a fault nobody asked for.
 */
export function handlersForScenario(
  name: string | null,
  warn: (message: string) => void = console.warn,
): HttpHandler[] {
  if (!name) return handlers
  const scenario = byUrlName.get(name)
  if (scenario) return scenarioDemos[scenario](illustrativeFiles, DEMO_FILE)
  warn(
    `Mock mode: unknown scenario ${JSON.stringify(name.slice(0, 100))}; serving the illustrative ` +
      `dataset instead. Valid scenarios: ${scenarioUrlNames.join(', ')}.`,
  )
  return handlers
}

/**
 * Mock mode in the browser (`npm run dev:mock`). `?scenario=<name>` picks a fault to look at
 * (see scenarioUrlNames); without it the illustrative dataset is served.
 */
export async function startMockWorker(): Promise<void> {
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  const worker = setupWorker(...handlersForScenario(scenario))
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
