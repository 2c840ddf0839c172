import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { LANGUAGES, type Language } from './domain/language'
import { embedIdFromSearch } from './features/embed/embed-target'
import { loadRuntimeConfig } from './lib/config/load-config'
import { startLanguage } from './lib/config/start-language'
import { prefetchTrackerData } from './lib/data/prefetch'
import { loadDeskMessages, loadLanguage } from './lib/i18n/catalog-registry'
import { initialLanguage } from './lib/i18n/language-preference'
import { createQueryClient } from './lib/query-client'
import { parseHash } from './lib/router/hash-location'
import { PREVIEW_DRAFT } from './lib/router/view-state'

async function startMocking(): Promise<void> {
  // Statically false in normal builds, so msw and the illustrative data are not bundled.
  if (!__MOCK_MODE__) return
  const { startMockWorker } = await import('../mocks/browser')
  await startMockWorker()
}

/** The desk and its draft preview show the desk's messages from their first frame. */
function opensDesk(): boolean {
  const { path, params } = parseHash(window.location.hash)
  return path === '/desk' || path.startsWith('/desk/') || params.get('preview') === PREVIEW_DRAFT
}

/**
 * The messages of the language the app opens in, before the first render (no frame of keys). If
 * they cannot be downloaded (offline) the other language will do; `false` when neither can.
 */
async function loadStartLanguage(lang: Language): Promise<boolean> {
  for (const candidate of [lang, ...LANGUAGES.filter((other) => other !== lang)]) {
    try {
      await loadLanguage(candidate)
      return true
    } catch (error) {
      console.error(`The ${candidate} messages could not be loaded`, error)
    }
  }
  return false
}

async function start(root: HTMLElement): Promise<void> {
  // The reader's language downloads while the configuration does: config.json can only change
  // the default language, and then the configured one loads below.
  loadLanguage(initialLanguage()).catch(() => undefined)
  const deskMessages = opensDesk() ? loadDeskMessages().catch(() => undefined) : undefined
  try {
    await startMocking()
  } catch (error) {
    console.error('Mock mode could not start', error)
  }
  // config.json before anything else: it says where the data is. It never throws.
  const runtimeConfig = await loadRuntimeConfig()
  const languageReady = loadStartLanguage(startLanguage(runtimeConfig.config.defaultLanguage))
  const embedId = embedIdFromSearch(window.location.search)
  if (embedId === null) {
    const queryClient = createQueryClient()
    void prefetchTrackerData(queryClient, runtimeConfig.config.dataLocation)
    if (!(await languageReady)) return showTextMissing(root)
    await deskMessages
    createRoot(root).render(
      <StrictMode>
        <App runtimeConfig={runtimeConfig} queryClient={queryClient} />
      </StrictMode>,
    )
    return
  }
  // A widget page is its own chunk: the dashboard's first screen does not carry every widget.
  const embedCode = import('./app/embed-root')
  embedCode.catch(() => undefined)
  if (!(await languageReady)) return showTextMissing(root)
  let EmbedRoot: typeof import('./app/embed-root').EmbedRoot
  try {
    ;({ EmbedRoot } = await embedCode)
  } catch (error) {
    console.error('The widget code could not be loaded', error)
    // No i18n without the chunk: both languages, as plain text (never markup).
    root.textContent =
      '无法加载小部件的代码，请在网络恢复后刷新。The widget’s code could not be loaded; reload when the network is back.'
    return
  }
  createRoot(root).render(
    <StrictMode>
      <EmbedRoot id={embedId} runtimeConfig={runtimeConfig} />
    </StrictMode>,
  )
}

/** No messages in either language could be downloaded: both, as plain text (never markup). */
function showTextMissing(root: HTMLElement): void {
  root.textContent =
    '无法加载界面文字，请在网络恢复后刷新。The page’s text could not be loaded; reload when the network is back.'
}

const root = document.getElementById('root')
if (root) void start(root)
