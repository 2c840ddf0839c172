import type { QueryClient } from '@tanstack/react-query'
import type { Language } from '../domain/language'
import { EmbedApp } from '../features/embed/embed-app'
import type { RuntimeConfigState } from '../lib/config/config-context'
import { DashboardProvider } from '../lib/data/use-dashboard'
import { TrackerDataProvider } from '../lib/data/use-tracker-data'
import { embedWidgets } from './embed-widgets'
import { AppProviders } from './providers'
import './styles.css'
import './print.css'

/**
 * The app as one widget (`?embed=<id>`): the same providers, no layout shell, and every
 * feature's widgets composed into one registry the embed draws from.
 */
export function EmbedRoot({
  id,
  queryClient,
  lang,
  runtimeConfig,
}: {
  id: string
  queryClient?: QueryClient
  lang?: Language
  runtimeConfig?: RuntimeConfigState
}) {
  return (
    <AppProviders queryClient={queryClient} lang={lang} runtimeConfig={runtimeConfig}>
      <TrackerDataProvider>
        <DashboardProvider>
          <EmbedApp id={id} widgets={embedWidgets} />
        </DashboardProvider>
      </TrackerDataProvider>
    </AppProviders>
  )
}
