import { lazy } from 'react'

/**
 * Every page but the overview is its own chunk: the first screen downloads and parses only the
 * overview's code, and the other views load when the reader goes there (a few kB each; the
 * browser caches them). A chunk that cannot be downloaded is the route's error boundary's to
 * explain ("reload when the network is back").
 */
const load = {
  commitments: () => import('../features/commitments/components/commitments-page'),
  detail: () => import('../features/commitments/components/commitment-detail-page'),
  evidence: () => import('../features/evidence/components/evidence-page'),
  embedTools: () => import('../features/embed/commitment-embed-tools'),
  export: () => import('./commitments-export'),
  funding: () => import('../features/funding/components/funding-page'),
  documents: () => import('../features/documents/components/documents-page'),
  letter: () => import('../features/source-letter/components/source-letter-page'),
  report: () => import('../features/report/report-page'),
  bulletin: () => import('../features/bulletin/bulletin-page'),
}

export const CommitmentsPage = lazy(() =>
  load.commitments().then((m) => ({ default: m.CommitmentsPage })),
)
export const CommitmentDetailPage = lazy(() =>
  load.detail().then((m) => ({ default: m.CommitmentDetailPage })),
)
export const CommitmentEmbedTools = lazy(() =>
  load.embedTools().then((m) => ({ default: m.CommitmentEmbedTools })),
)
export const CommitmentsExport = lazy(() =>
  load.export().then((m) => ({ default: m.CommitmentsExport })),
)
export const EvidencePage = lazy(() => load.evidence().then((m) => ({ default: m.EvidencePage })))
export const FundingPage = lazy(() => load.funding().then((m) => ({ default: m.FundingPage })))
export const DocumentsPage = lazy(() =>
  load.documents().then((m) => ({ default: m.DocumentsPage })),
)
export const SourceLetterPage = lazy(() =>
  load.letter().then((m) => ({ default: m.SourceLetterPage })),
)
export const ReportPage = lazy(() => load.report().then((m) => ({ default: m.ReportPage })))
export const BulletinPage = lazy(() => load.bulletin().then((m) => ({ default: m.BulletinPage })))
// The desk is for the few who edit data: not preloaded for every reader.
export const DeskPage = lazy(() =>
  import('../features/desk/desk-page').then((m) => ({ default: m.DeskPage })),
)

/**
 * Downloads the reading pages' code in the background once the first page is on screen, so that
 * moving between views is instant and still works when the network drops later (an intranet
 * reader offline after the first load keeps every view; only chart code not yet drawn is missing,
 * and each chart says so in its place).
 */
export function preloadPages(): void {
  for (const page of Object.values(load)) void page().catch(() => undefined)
}
