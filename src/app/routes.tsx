import { OverviewPage } from '../features/overview/components/overview-page'
import { useHashLocation } from '../lib/router/hash-location'
import { ErrorBoundary } from '../lib/ui/error-boundary'
import { NotFound } from './not-found'

export function Routes() {
  const { path } = useHashLocation()
  return (
    <ErrorBoundary resetKey={path}>
      {path === '/' ? <OverviewPage /> : <NotFound path={path} />}
    </ErrorBoundary>
  )
}
