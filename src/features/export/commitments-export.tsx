import { memo } from 'react'
import { describeSources } from '../../lib/chart/source-note'
import { useDashboard } from '../../lib/data/use-dashboard'
import { toCsv } from '../../lib/export/csv'
import { CSV_TYPE, downloadText, JSON_TYPE, toJsonText } from '../../lib/export/download'
import { describeViewDates } from '../../lib/export/view-dates'
import { useI18n } from '../../lib/i18n/i18n-context'
import { parseHash } from '../../lib/router/hash-location'
import { useAnnouncer } from '../../lib/ui/use-announcer'
import { commitmentCsvHeader, commitmentCsvRow, commitmentRecord } from './commitment-records'
import { filteredCommitments, type ListSelection } from './filtered-commitments'
import './export.css'

/**
 * "Download this list" on `#/commitments`: the rows the list shows for the current URL (filters,
 * search, sort, as-of date, document), as CSV for spreadsheets or JSON for programs, from the
 * dashboard's rows (the list's own) in the screen's words, with the view date and the newest
 * evidence date. Computed on click, so the list's rendering pays nothing for it.
 */
export const CommitmentsExport = memo(function CommitmentsExport({
  select,
}: {
  select: ListSelection
}) {
  const { t, lang } = useI18n()
  // memo, and the list's parameters read on click: the list writes its search into the hash on
  // every keystroke, and this bar has nothing to redraw for it (nor data hooks to re-run).
  const data = useDashboard()
  const [message, announce] = useAnnouncer()
  if (data.status !== 'ready') return null
  const { asOf } = data

  const current = () => {
    const { params } = parseHash(window.location.hash)
    const view = filteredCommitments(data.known, data.knownRows, params, select, t, lang)
    const records = view.rows.map((row) =>
      commitmentRecord(row, view.documentLabel(row.datasetId), t, lang),
    )
    return { view, records, dates: describeViewDates(asOf, data.newestEvidence, t, lang) }
  }

  const saveCsv = () => {
    const { records, dates } = current()
    const file = `commitments-${asOf}.csv`
    downloadText(
      toCsv(
        commitmentCsvHeader(t),
        records.map((r) => commitmentCsvRow(r, dates, lang)),
      ),
      file,
      CSV_TYPE,
    )
    announce(t('export.list.done', { count: records.length, file }))
  }

  const saveJson = () => {
    const { view, records, dates } = current()
    const file = `commitments-${asOf}.json`
    const document = {
      asOf,
      newestEvidence: data.newestEvidence,
      dates: { asOf: dates.asOfText, newestEvidence: dates.newestEvidenceText },
      language: lang,
      source: describeSources(
        data.visible.flatMap((d) => (d.document ? [d.document] : [])),
        t,
        lang,
      ),
      filters: view.filters,
      sort: view.sort,
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
})
