import type { Bulletin } from '../../domain/bulletin/bulletin'
import { describeSources } from '../../lib/chart/source-note'
import type { ChangeLogReading } from '../../lib/data/use-change-logs'
import type { Dashboard } from '../../lib/data/use-dashboard'
import { toCsv } from '../../lib/export/csv'
import { CSV_TYPE, downloadText, JSON_TYPE, toJsonText } from '../../lib/export/download'
import { describeViewDates } from '../../lib/export/view-dates'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useAnnouncer } from '../../lib/ui/use-announcer'
import { bulletinCsvHeader, bulletinCsvRow, bulletinRecords } from './bulletin-records'

/**
 * The bulletin as a file: CSV (one row per item, its section in the first column) for a
 * spreadsheet, or JSON (the counts and each section) for programs, in the screen's words, with
 * the period, the view date and the newest evidence date. Hidden on paper (widget-tools).
 */
export function BulletinExport({
  bulletin,
  data,
  changeLogs,
}: {
  bulletin: Bulletin
  data: Dashboard
  /** The letters' change logs as read: a log not read is said in the file, not left out. */
  changeLogs?: readonly ChangeLogReading[]
}) {
  const { t, lang } = useI18n()
  const [message, announce] = useAnnouncer()
  const { from, to } = bulletin.period
  const base = `bulletin-${from}-${to}`

  const saveCsv = () => {
    const records = bulletinRecords(bulletin, t, lang, changeLogs)
    const file = `${base}.csv`
    downloadText(
      toCsv(
        bulletinCsvHeader(t),
        records.map((record) => bulletinCsvRow(record, bulletin, t)),
      ),
      file,
      CSV_TYPE,
    )
    announce(t('bulletin.export.done', { file }))
  }

  const saveJson = () => {
    const records = bulletinRecords(bulletin, t, lang, changeLogs)
    const dates = describeViewDates(data.asOf, data.newestEvidence, t, lang)
    const file = `${base}.json`
    const section = (kind: string) => records.filter((record) => record.kind === kind)
    downloadText(
      toJsonText({
        period: bulletin.period,
        comparedWith: bulletin.baseline,
        upcomingDays: bulletin.upcomingDays,
        asOf: data.asOf,
        newestEvidence: data.newestEvidence,
        dates: { asOf: dates.asOfText, newestEvidence: dates.newestEvidenceText },
        language: lang,
        source: describeSources(
          data.visible.flatMap((d) => (d.document ? [d.document] : [])),
          t,
          lang,
        ),
        // The record of changes is counted as on the page: where a letter keeps one, all read.
        counts:
          bulletin.changeLog && bulletin.changeLog.unread.length === 0
            ? { ...bulletin.counts, changeLog: bulletin.changeLog.items.length }
            : bulletin.counts,
        evidence: section('evidence'),
        statusChanges: section('status'),
        newLetters: section('new-letter'),
        newlyOverdue: section('overdue'),
        upcoming: section('upcoming'),
        money: section('money'),
        noEvidence: section('no-evidence'),
        unreadable: section('unreadable'),
        // null: no letter shown keeps a record of changes.
        changeLog: bulletin.changeLog ? section('change-log') : null,
      }),
      file,
      JSON_TYPE,
    )
    announce(t('bulletin.export.done', { file }))
  }

  return (
    <div className="bulletin-export widget-tools" data-export="bulletin">
      <span className="bulletin-export-label">{t('bulletin.export.label')}</span>
      <button type="button" className="tool-button" onClick={saveCsv}>
        {t('export.csv')}
      </button>
      <button type="button" className="tool-button" onClick={saveJson}>
        {t('export.json')}
      </button>
      <button type="button" className="tool-button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <span className="widget-tools-message" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
