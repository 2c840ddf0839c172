import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { DocumentHeader } from './document-header'
import { HeadlineTargets } from './headline-targets'
import { OverviewWidgets } from './overview-widgets'

export function OverviewPage() {
  const { t } = useI18n()
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <h1 className="visually-hidden">{t('nav.overview')}</h1>
      {data.visible.map((dataset) => (
        <section key={dataset.entry.id} className="dataset" data-dataset-id={dataset.entry.id}>
          <ErrorBoundary>
            {dataset.document ? (
              <DocumentHeader document={dataset.document} />
            ) : (
              <p>{t('document.missing')}</p>
            )}
          </ErrorBoundary>
          <HeadlineTargets dataset={dataset} asOf={data.asOf} />
        </section>
      ))}
      {/* Below the headline figures on purpose: those must reach the first screen first. */}
      <OverviewWidgets data={data} />
    </DataGate>
  )
}
