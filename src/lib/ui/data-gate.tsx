import type { ReactNode } from 'react'
import type { TrackerData } from '../data/use-tracker-data'
import { describeError } from '../i18n/describe-issue'
import { useI18n } from '../i18n/i18n-context'

/**
 * Loading and fatal states shared by every page: a real progress message while data loads, and
 * a specific error with a retry when the data index itself cannot be used.
 */
export function DataGate({ data, children }: { data: TrackerData; children: ReactNode }) {
  const { t } = useI18n()
  if (data.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    )
  }
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
