import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { HttpHandler } from 'msw'
import { App } from '../../src/app/app'
import type { Language } from '../../src/domain/language'
import { server } from '../../mocks/node'

/**
 * Like renderApp, for fault tests that need what renderApp fixes: a query client of their own
 * (real retries with short delays) or no fixed language (so `?lang=` in the address decides).
 */
export function renderWithClient({
  route = '/',
  lang,
  handlers = [],
  queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
  }),
}: {
  route?: string
  lang?: Language
  handlers?: HttpHandler[]
  queryClient?: QueryClient
} = {}) {
  if (handlers.length > 0) server.use(...handlers)
  window.location.hash = route
  return {
    queryClient,
    ...render(<App queryClient={queryClient} {...(lang ? { lang } : {})} />),
  }
}
