import type { QueryClient } from '@tanstack/react-query'
import type { Language } from '../domain/language'
import { Layout } from './layout'
import { AppProviders } from './providers'
import { Routes } from './routes'
import './styles.css'

export function App({ queryClient, lang }: { queryClient?: QueryClient; lang?: Language }) {
  return (
    <AppProviders queryClient={queryClient} lang={lang}>
      <Layout>
        <Routes />
      </Layout>
    </AppProviders>
  )
}
