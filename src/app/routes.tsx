import { Suspense } from 'react'
import { OverviewPage } from '../features/overview/components/overview-page'
import { useI18n } from '../lib/i18n/i18n-context'
import { matchRoute, type Route } from '../lib/router/routes'
import { useViewState } from '../lib/router/view-state'
import { ErrorBoundary } from '../lib/ui/error-boundary'
import {
  BulletinPage,
  CommitmentDetailPage,
  CommitmentEmbedTools,
  CommitmentsExport,
  CommitmentsPage,
  DeskPage,
  DocumentsPage,
  EvidencePage,
  FundingPage,
  ReportPage,
  SourceLetterPage,
} from './lazy-pages'
import { NotFound } from './not-found'

export function Routes() {
  const { path } = useViewState()
  const route = matchRoute(path)
  return (
    <ErrorBoundary resetKey={path}>
      <Suspense fallback={<PageLoading />}>
        <Page route={route} />
      </Suspense>
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
    case 'evidence':
      return <EvidencePage />
    case 'funding':
      return <FundingPage />
    case 'documents':
      return <DocumentsPage />
    case 'document':
      return <SourceLetterPage id={route.id} />
    case 'report':
      return <ReportPage />
    case 'bulletin':
      return <BulletinPage />
    case 'desk':
      return <DeskPage task={route.task} />
    case 'not-found':
      return <NotFound path={route.path} />
  }
}

function PageLoading() {
  const { t } = useI18n()
  return <p role="status">{t('app.loadingPage')}</p>
}
