// First import: must run before any module that creates a zod schema.
import './app/csp-safe-zod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { embedIdFromSearch } from './features/embed/embed-target'
import { loadRuntimeConfig } from './lib/config/load-config'
import { prefetchTrackerData } from './lib/data/prefetch'
import { createQueryClient } from './lib/query-client'

async function startMocking(): Promise<void> {
  // Statically false in normal builds, so msw and the illustrative data are not bundled.
  if (!__MOCK_MODE__) return
  const { startMockWorker } = await import('../mocks/browser')
  await startMockWorker()
}

async function start(root: HTMLElement): Promise<void> {
  try {
    await startMocking()
  } catch (error) {
    console.error('Mock mode could not start', error)
  }
  // config.json before anything else: it says where the data is. It never throws.
  const runtimeConfig = await loadRuntimeConfig()
  const embedId = embedIdFromSearch(window.location.search)
  if (embedId === null) {
    const queryClient = createQueryClient()
    void prefetchTrackerData(queryClient, runtimeConfig.config.dataLocation)
    createRoot(root).render(
      <StrictMode>
        <App runtimeConfig={runtimeConfig} queryClient={queryClient} />
      </StrictMode>,
    )
    return
  }
  // A widget page is its own chunk: the dashboard's first screen does not carry every widget.
  let EmbedRoot: typeof import('./app/embed-root').EmbedRoot
  try {
    ;({ EmbedRoot } = await import('./app/embed-root'))
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

const root = document.getElementById('root')
if (root) void start(root)
