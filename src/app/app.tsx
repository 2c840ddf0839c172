import type { QueryClient } from '@tanstack/react-query'
import type { Language } from '../domain/language'
import type { RuntimeConfigState } from '../lib/config/config-context'
import { DashboardProvider } from '../lib/data/use-dashboard'
import { TrackerDataProvider } from '../lib/data/use-tracker-data'
import { Layout } from './layout'
import { PreviewGate } from './preview-gate'
import { AppProviders } from './providers'
import { Routes } from './routes'
import './styles.css'
import './print.css'

export function App({
  queryClient,
  lang,
  runtimeConfig,
}: {
  queryClient?: QueryClient
  lang?: Language
  runtimeConfig?: RuntimeConfigState
}) {
  return (
    <AppProviders queryClient={queryClient} lang={lang} runtimeConfig={runtimeConfig}>
      <PreviewGate>
        {/* Inside the preview gate: the preview swaps the data source, and the data with it. */}
        <TrackerDataProvider>
          <DashboardProvider>
            <Layout>
              <Routes />
            </Layout>
          </DashboardProvider>
        </TrackerDataProvider>
      </PreviewGate>
    </AppProviders>
  )
}
