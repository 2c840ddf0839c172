import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'

async function startMocking(): Promise<void> {
  // Statically false in normal builds, so msw and the illustrative data are not bundled.
  if (!__MOCK_MODE__) return
  const { startMockWorker } = await import('../mocks/browser')
  await startMockWorker()
}

const root = document.getElementById('root')
if (root) {
  void startMocking().finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}
