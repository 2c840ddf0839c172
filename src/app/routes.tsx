import { CommitmentDetailPage } from '../features/commitments/components/commitment-detail-page'
import { CommitmentsPage } from '../features/commitments/components/commitments-page'
import { DocumentsPage } from '../features/documents/components/documents-page'
import { FundingPage } from '../features/funding/components/funding-page'
import { OverviewPage } from '../features/overview/components/overview-page'
import { SourceLetterPage } from '../features/source-letter/components/source-letter-page'
import { matchRoute, type Route } from '../lib/router/routes'
import { useViewState } from '../lib/router/view-state'
import { ErrorBoundary } from '../lib/ui/error-boundary'
import { NotFound } from './not-found'

export function Routes() {
  const { path } = useViewState()
  const route = matchRoute(path)
  return (
    <ErrorBoundary resetKey={path}>
      <Page route={route} />
    </ErrorBoundary>
  )
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <OverviewPage />
    case 'commitments':
      return <CommitmentsPage />
    case 'commitment':
      return <CommitmentDetailPage id={route.id} />
    case 'funding':
      return <FundingPage />
    case 'documents':
      return <DocumentsPage />
    case 'document':
      return <SourceLetterPage id={route.id} />
    case 'not-found':
      return <NotFound path={route.path} />
  }
}
