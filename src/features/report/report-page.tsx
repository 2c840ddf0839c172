import { statusTotals, STATUSES } from '../../domain/status'
import type { Dataset } from '../../lib/data/assemble'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { useDashboard } from '../../lib/data/use-dashboard'
import {
  describeDocumentDate,
  describeDocumentNumber,
  describeFilerTerm,
  describeFilers,
  describeRespondent,
  describeTitle,
} from '../../lib/format/describe-document'
import { useI18n } from '../../lib/i18n/i18n-context'
import { DataGate } from '../../lib/ui/data-gate'
import { StatusBadge } from '../../lib/ui/status-badge'
import { ViewDates } from '../../lib/ui/view-dates'
import { ReportItem } from './report-item'
import './report.css'

/**
 * `#/report`: every commitment of every letter shown, on one page meant for paper (A4, black and
 * white, see src/app/print.css), each in the words of its one assessment (report-item.tsx), under
 * the view date and the newest evidence date. The print button is the browser's own print dialog.
 */
export function ReportPage() {
  const { t } = useI18n()
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <article className="report">
        <header className="report-header">
          <h1>{t('report.title')}</h1>
          {/* Both dates, on screen and on paper: the day the report shows, and how recent the
              newest evidence it draws on is (never "as of" the view date alone). */}
          <ViewDates
            asOf={data.asOf}
            newestEvidence={data.newestEvidence}
            className="as-of-line report-dates"
          />
          <p className="report-intro">{t('report.intro')}</p>
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </header>
        {data.visible.map((dataset) => (
          <ReportDocument
            key={dataset.entry.id}
            dataset={dataset}
            rows={data.rows.filter((row) => row.datasetId === dataset.entry.id)}
          />
        ))}
      </article>
    </DataGate>
  )
}

function ReportDocument({ dataset, rows }: { dataset: Dataset; rows: CommitmentRow[] }) {
  const { t, lang } = useI18n()
  const doc = dataset.document
  // Reported results have no status: they are counted apart and left out of the totals.
  const trackable = rows.filter((row) => row.status !== null)
  const totals = statusTotals(rows.map((row) => row.status))
  const resultCount = rows.filter((row) => row.kind === 'result').length
  // Estimates and declined requests are not promises either, and not results: said apart.
  const otherUnrated = rows.length - trackable.length - resultCount
  return (
    <section className="report-document" data-dataset-id={dataset.entry.id}>
      <h2>
        {doc && describeDocumentNumber(doc, t) ? `${describeDocumentNumber(doc, t)} · ` : ''}
        {doc ? describeTitle(doc, t, lang) : dataset.entry.id}
      </h2>
      {doc && (
        <p className="report-letter">
          {t('document.respondent')}:{describeRespondent(doc, t, lang)} · {t('document.date')}:
          {describeDocumentDate(doc, t, lang)} · {describeFilerTerm(doc, t)}:
          {describeFilers(doc, t, lang)}
          {doc.url && <span className="report-url"> · {doc.url}</span>}
        </p>
      )}
      <p className="report-totals">
        {t('report.totals', { count: trackable.length, results: resultCount })}
        {otherUnrated > 0 && <> {t('report.totals.unrated', { count: otherUnrated })}</>}
      </p>
      <ul className="report-status-totals" data-field="status-totals">
        {STATUSES.map((status) => (
          <li key={status} data-status={status} data-count={totals[status]}>
            <StatusBadge status={status} /> {totals[status]}
          </li>
        ))}
      </ul>
      <ol className="report-list">
        {rows.map((row) => (
          <ReportItem key={row.commitment.id} row={row} />
        ))}
      </ol>
    </section>
  )
}
