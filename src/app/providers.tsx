import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import type { Language } from '../domain/language'
import { DEFAULT_CONFIG_STATE, type RuntimeConfigState } from '../lib/config/config-context'
import { RuntimeConfigProvider } from '../lib/config/config-provider'
import { startLanguage } from '../lib/config/start-language'
import { I18nProvider } from '../lib/i18n/i18n-context'
import { createQueryClient } from '../lib/query-client'
import { ErrorBoundary } from '../lib/ui/error-boundary'

export function AppProviders({
  children,
  queryClient,
  lang,
  runtimeConfig = DEFAULT_CONFIG_STATE,
}: {
  children: ReactNode
  queryClient?: QueryClient
  lang?: Language
  /** config.json as loaded before the first render (main.tsx); defaults when absent. */
  runtimeConfig?: RuntimeConfigState
}) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [firstLanguage] = useState(
    () => lang ?? startLanguage(runtimeConfig.config.defaultLanguage),
  )
  // The configuration first: it says where the data is, before any query starts.
  return (
    <RuntimeConfigProvider value={runtimeConfig}>
      <QueryClientProvider client={client}>
        <I18nProvider lang={firstLanguage}>
          <ErrorBoundary>{children}</ErrorBoundary>
        </I18nProvider>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  )
}
