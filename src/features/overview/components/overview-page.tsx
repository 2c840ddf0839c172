import { todayIso } from '../../../domain/dates'
import { useTrackerData } from '../../../lib/data/use-tracker-data'
import { describeError } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { DocumentHeader } from './document-header'
import { HeadlineTargets } from './headline-targets'

export function OverviewPage() {
  const { t } = useI18n()
  const data = useTrackerData()
  const asOf = todayIso()

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
  return (
    <>
      {data.datasets.map((dataset) => (
        <section key={dataset.entry.id} className="dataset" data-dataset-id={dataset.entry.id}>
          <ErrorBoundary>
            {dataset.document ? (
              <DocumentHeader document={dataset.document} />
            ) : (
              <p>{t('document.missing')}</p>
            )}
          </ErrorBoundary>
          <HeadlineTargets dataset={dataset} asOf={asOf} />
        </section>
      ))}
    </>
  )
}
