import type { FileFailure, StaleData } from '../../../lib/data/use-tracker-data'
import { useI18n } from '../../../lib/i18n/i18n-context'

/**
 * The data on screen is the last good copy: says so, with the time it was fetched, and offers to
 * fetch again. Nothing is taken off the screen because the network or the server failed.
 */
export function StaleDataNotice({
  stale,
  failed,
  onRetry,
}: {
  stale: StaleData
  failed: FileFailure[]
  onRetry: () => void
}) {
  const { t, lang } = useI18n()
  const time = clockTime(stale.fetchedAt)
  return (
    <div className="stale-data" role="status" data-stale-since={stale.fetchedAt}>
      <p>
        <strong>
          {stale.offline ? t('faults.stale.offline', { time }) : t('faults.stale.failed', { time })}
        </strong>
      </p>
      {failed.length > 0 && (
        <p>
          {t('faults.stale.files', {
            files: failed.map((failure) => failure.file).join(lang === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
      <button type="button" onClick={onRetry}>
        {t('faults.stale.retry')}
      </button>
    </div>
  )
}

/** 09:05: the reader's own clock, as the fetch time was. */
function clockTime(ms: number): string {
  const date = new Date(ms)
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}
