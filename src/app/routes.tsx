import { CommitmentDetailPage } from '../features/commitments/components/commitment-detail-page'
import { CommitmentsPage } from '../features/commitments/components/commitments-page'
import { DocumentsPage } from '../features/documents/components/documents-page'
import { CommitmentEmbedTools } from '../features/embed/commitment-embed-tools'
import { CommitmentsExport } from '../features/export/commitments-export'
import { FundingPage } from '../features/funding/components/funding-page'
import { OverviewPage } from '../features/overview/components/overview-page'
import { ReportPage } from '../features/report/report-page'
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
      // The download bar sits above the list: the export is of exactly what the list shows.
      return (
        <>
          <ErrorBoundary>
            <CommitmentsExport />
          </ErrorBoundary>
          <CommitmentsPage />
        </>
      )
    case 'commitment':
      return (
        <>
          <CommitmentDetailPage id={route.id} />
          <ErrorBoundary>
            <CommitmentEmbedTools id={route.id} />
          </ErrorBoundary>
        </>
      )
    case 'funding':
      return <FundingPage />
    case 'documents':
      return <DocumentsPage />
    case 'document':
      return <SourceLetterPage id={route.id} />
    case 'report':
      return <ReportPage />
    case 'not-found':
      return <NotFound path={route.path} />
  }
}
