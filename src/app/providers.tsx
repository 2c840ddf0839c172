import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import type { Language } from '../domain/language'
import { I18nProvider } from '../lib/i18n/i18n-context'
import { createQueryClient } from '../lib/query-client'
import { ErrorBoundary } from '../lib/ui/error-boundary'

export function AppProviders({
  children,
  queryClient,
  lang,
}: {
  children: ReactNode
  queryClient?: QueryClient
  lang?: Language
}) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nProvider>
    </QueryClientProvider>
  )
}
