import { preloadableLazy } from '../lib/ui/preloadable-lazy'

/*
 * Every page but the overview is its own chunk: the first screen downloads and parses only the
 * overview's code, and the other views load when the reader goes there (a few kB each; the
 * browser caches them). A chunk that cannot be downloaded is the route's error boundary's to
 * explain ("reload when the network is back"). Preloaded pages render without suspending (see
 * preloadableLazy): a first visit is as quick as a second.
 */
const commitments = preloadableLazy(
  () => import('../features/commitments/components/commitments-page'),
  (m) => m.CommitmentsPage,
)
const detail = preloadableLazy(
  () => import('../features/commitments/components/commitment-detail-page'),
  (m) => m.CommitmentDetailPage,
)
const embedTools = preloadableLazy(
  () => import('../features/embed/commitment-embed-tools'),
  (m) => m.CommitmentEmbedTools,
)
const exportBar = preloadableLazy(
  () => import('./commitments-export'),
  (m) => m.CommitmentsExport,
)
const evidence = preloadableLazy(
  () => import('../features/evidence/components/evidence-page'),
  (m) => m.EvidencePage,
)
const funding = preloadableLazy(
  () => import('../features/funding/components/funding-page'),
  (m) => m.FundingPage,
)
const documents = preloadableLazy(
  () => import('../features/documents/components/documents-page'),
  (m) => m.DocumentsPage,
)
const letter = preloadableLazy(
  () => import('../features/source-letter/components/source-letter-page'),
  (m) => m.SourceLetterPage,
)
const report = preloadableLazy(
  () => import('../features/report/report-page'),
  (m) => m.ReportPage,
)
const bulletin = preloadableLazy(
  () => import('../features/bulletin/bulletin-page'),
  (m) => m.BulletinPage,
)
// The desk is for the few who edit data: not preloaded for every reader.
const desk = preloadableLazy(
  () => import('../features/desk/desk-page'),
  (m) => m.DeskPage,
)

export const CommitmentsPage = commitments.Component
export const CommitmentDetailPage = detail.Component
export const CommitmentEmbedTools = embedTools.Component
export const CommitmentsExport = exportBar.Component
export const EvidencePage = evidence.Component
export const FundingPage = funding.Component
export const DocumentsPage = documents.Component
export const SourceLetterPage = letter.Component
export const ReportPage = report.Component
export const BulletinPage = bulletin.Component
export const DeskPage = desk.Component

const readingPages = [
  commitments,
  detail,
  evidence,
  embedTools,
  exportBar,
  funding,
  documents,
  letter,
  report,
  bulletin,
]

/**
 * Downloads the reading pages' code in the background once the first page is on screen, so that
 * moving between views is instant and still works when the network drops later (an intranet
 * reader offline after the first load keeps every view; only chart code not yet drawn is missing,
 * and each chart says so in its place).
 */
export function preloadPages(): void {
  for (const page of readingPages) void page.preload().catch(() => undefined)
}
