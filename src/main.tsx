// First import: must run before any module that creates a zod schema.
import './app/csp-safe-zod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { EmbedRoot } from './app/embed-root'
import { embedIdFromSearch } from './features/embed/embed-target'
import { loadRuntimeConfig } from './lib/config/load-config'

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
  createRoot(root).render(
    <StrictMode>
      {embedId === null ? (
        <App runtimeConfig={runtimeConfig} />
      ) : (
        <EmbedRoot id={embedId} runtimeConfig={runtimeConfig} />
      )}
    </StrictMode>,
  )
}

const root = document.getElementById('root')
if (root) void start(root)
