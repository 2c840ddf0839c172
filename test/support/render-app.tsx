import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { HttpHandler } from 'msw'
import { App } from '../../src/app/app'
import type { Language } from '../../src/domain/language'
import { server } from '../../mocks/node'

/**
 * Renders the whole app at a hash route with a fresh QueryClient (no retries, so error states show
 * at once) and, optionally, msw handlers that replace the default illustrative dataset.
 */
export function renderApp({
  route = '/',
  lang = 'zh-CN',
  handlers = [],
}: { route?: string; lang?: Language; handlers?: HttpHandler[] } = {}) {
  if (handlers.length > 0) server.use(...handlers)
  window.location.hash = route
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
  })
  return { queryClient, ...render(<App queryClient={queryClient} lang={lang} />) }
}
