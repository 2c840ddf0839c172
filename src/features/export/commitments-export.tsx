import { describeSources, visibleDocuments } from '../../lib/chart/source-note'
import { toCsv } from '../../lib/export/csv'
import { CSV_TYPE, downloadText, JSON_TYPE, toJsonText } from '../../lib/export/download'
import { useTrackerData } from '../../lib/data/use-tracker-data'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useViewState } from '../../lib/router/view-state'
import { useAnnouncer } from '../../lib/ui/use-announcer'
import { commitmentCsvHeader, commitmentCsvRow, commitmentRecord } from './commitment-records'
import { filteredCommitments } from './filtered-commitments'
import './export.css'

/**
 * "Download this list" on `#/commitments`: the rows the list shows for the current URL (filters,
 * search, sort, as-of date, document), as CSV for spreadsheets or JSON for programs. Computed on
 * click, so the list's rendering pays nothing for it.
 */
export function CommitmentsExport() {
  const { t, lang } = useI18n()
  const data = useTrackerData()
  const { asOf, doc, params } = useViewState()
  const [message, announce] = useAnnouncer()
  if (data.status !== 'ready') return null

  const current = () => {
    const view = filteredCommitments(data.datasets, asOf, params, t, lang)
    const records = view.rows.map((row) =>
      commitmentRecord(row, view.documentLabel(row.datasetId), t, lang),
    )
    return { view, records }
  }

  const saveCsv = () => {
    const { records } = current()
    const file = `commitments-${asOf}.csv`
    downloadText(
      toCsv(
        commitmentCsvHeader(t),
        records.map((r) => commitmentCsvRow(r, lang)),
      ),
      file,
      CSV_TYPE,
    )
    announce(t('export.list.done', { count: records.length, file }))
  }

  const saveJson = () => {
    const { view, records } = current()
    const file = `commitments-${asOf}.json`
    const { sort, ...filters } = view.list
    const document = {
      asOf,
      language: lang,
      source: describeSources(visibleDocuments(data.datasets, asOf, doc), t, lang),
      filters,
      sort,
      count: records.length,
      total: view.total,
      commitments: records,
    }
    downloadText(toJsonText(document), file, JSON_TYPE)
    announce(t('export.list.done', { count: records.length, file }))
  }

  return (
    <div className="list-export widget-tools" data-export="commitments">
      <span className="list-export-label">{t('export.list.label')}</span>
      <button type="button" className="tool-button" onClick={saveCsv}>
        {t('export.csv')}
      </button>
      <button type="button" className="tool-button" onClick={saveJson}>
        {t('export.json')}
      </button>
      <span className="widget-tools-message" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
