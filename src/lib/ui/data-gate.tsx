import { useEffect, useState, type ReactNode } from 'react'
import type { TrackerData, WaitingFile } from '../data/use-tracker-data'
import { describeError } from '../i18n/describe-issue'
import { useI18n } from '../i18n/i18n-context'

/** After this long the loading message stops being generic and names what it is waiting for. */
export const SLOW_AFTER_SECONDS = 2

/**
 * Loading and fatal states shared by every page: a real progress message while data loads, and
 * a specific error with a retry when the data index itself cannot be used.
 */
export function DataGate({ data, children }: { data: TrackerData; children: ReactNode }) {
  const { t } = useI18n()
  if (data.status === 'loading') return <LoadingMessage waiting={data.waiting} />
  if (data.status === 'error') {
    return (
      <div className="page-error" role="alert">
        <h2>{t('error.title')}</h2>
        <p>{describeError(data.indexError, t)}</p>
        <button type="button" onClick={data.retryIndex}>
          {t('error.retry')}
        </button>
      </div>
    )
  }
  return <>{children}</>
}

/**
 * "Loading…" at first; after a couple of seconds, which files are still on their way, for how
 * long, and which are being retried after a failure, so a slow server never looks like a frozen
 * page. The ticking seconds sit outside the live region so screen readers are not flooded.
 */
function LoadingMessage({ waiting }: { waiting: WaitingFile[] }) {
  const { t, lang } = useI18n()
  const seconds = useSecondsSinceMount()
  const slow = seconds >= SLOW_AFTER_SECONDS && waiting.length > 0
  const retrying = waiting.filter((file) => file.failureCount > 0)
  return (
    <div className="loading">
      <p role="status">
        {slow
          ? t('faults.loading.waiting', {
              files: waiting.map((file) => file.file).join(lang === 'en' ? ', ' : '、'),
            })
          : t('app.loading')}
      </p>
      {slow && (
        <p className="loading-elapsed" aria-hidden="true">
          {t('faults.loading.elapsed', { seconds })}
        </p>
      )}
      {retrying.length > 0 && (
        <ul className="loading-retries" role="status">
          {retrying.map((file, i) => (
            <li key={`${i}-${file.file}`}>
              {t('faults.loading.retrying', {
                problem: describeError(file.failureReason, t),
                attempt: file.failureCount,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function useSecondsSinceMount(): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const start = Date.now()
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - start) / 1000)), 500)
    return () => window.clearInterval(timer)
  }, [])
  return seconds
}
