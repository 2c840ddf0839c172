import { useMemo } from 'react'
import type { Change, ChangeLogEntry } from '../../../../domain/schema/change-log'
import { formatDate } from '../../../../domain/dates'
import type { Dataset } from '../../../../lib/data/assemble'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useChangeLog } from '../../../../lib/data/use-change-log'
import { describeRecorder } from '../../../../lib/format/describe-change-log'
import { describeError } from '../../../../lib/i18n/describe-issue'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { historyWords } from './history-words'

/** One change of one publish that concerns this commitment. */
interface HistoryLine {
  key: string
  entry: ChangeLogEntry
  change: Change
}

/**
 * "记录 / History": the letter's public record of changes, only the changes that concern this
 * commitment, newest first. Read on its own: a missing or broken change log is said here and
 * hides nothing else. A letter whose index lists no change log shows no section.
 */
export function DetailHistory({ row, dataset }: { row: CommitmentRow; dataset: Dataset }) {
  const { t, lang } = useI18n()
  const log = useChangeLog(dataset)
  const lines = useMemo(
    () => (log.data ? linesFor(row.commitment.id, dataset, log.data.items) : []),
    [log.data, row.commitment.id, dataset],
  )
  if (!dataset.entry.changes) return null
  return (
    <section className="detail-section detail-history" aria-labelledby="detail-history-title">
      <h2 id="detail-history-title">{t('detail.history.title')}</h2>
      {log.isError ? (
        <p role="alert">{t('detail.history.error', { message: describeError(log.error, t) })}</p>
      ) : !log.data ? (
        <p aria-busy="true">{t('detail.history.loading')}</p>
      ) : lines.length === 0 ? (
        <p>{t('detail.history.none')}</p>
      ) : (
        <>
          <p>{t('detail.history.intro')}</p>
          <ol className="detail-history-list">
            {lines.map(({ key, entry, change }) => {
              const { what, reason } = historyWords(change, t, lang)
              return (
                <li key={key}>
                  <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
                  {' · '}
                  {what}
                  {reason && <> · {reason}</>}
                  {' · '}
                  {describeRecorder(entry, t)}
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
  )
}

/** The changes that concern a commitment, newest publish first (same day: later entry first). */
function linesFor(id: string, dataset: Dataset, entries: ChangeLogEntry[]): HistoryLine[] {
  const concerns = (change: Change): boolean => {
    if (change.commitmentIds?.includes(id)) return true
    if (change.file === 'commitments') return change.itemId === id
    if (change.file === 'updates') {
      return dataset.updates.some((u) => u.id === change.itemId && u.commitmentId === id)
    }
    if (change.file === 'funding') {
      return dataset.funding.some((f) => f.id === change.itemId && f.commitmentIds.includes(id))
    }
    return false
  }
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.order - a.order)
    .flatMap(({ entry }) =>
      entry.changes
        .filter(concerns)
        .map((change, i) => ({ key: `${entry.id}-${i}`, entry, change })),
    )
}
