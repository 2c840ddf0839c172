import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { server } from '../../mocks/node'
import { loadLanguage } from '../../src/lib/i18n/catalog-registry'
// The desk's messages, as the desk's chunk registers them in the app.
import '../../src/lib/i18n/desk-messages'

// The app loads a language before showing it (main.tsx, the language switch); tests render
// components directly, so every catalogue is in before any test runs.
await Promise.all([loadLanguage('zh-CN'), loadLanguage('en')])

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks; layout is proven in Chromium.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

// findBy* waits up to 1 s by default. Lazily imported chart code can take longer than that when
// CI runs the suite on two busy cores; the assertions stay the same, only the patience grows.
configure({ asyncUtilTimeout: 15_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  // Node-environment tests (CLI, data files) have no DOM to clean.
  if (typeof window === 'undefined') return
  cleanup()
  window.localStorage.clear()
  window.location.hash = ''
})
afterAll(() => server.close())
