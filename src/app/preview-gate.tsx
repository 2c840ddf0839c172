import { lazy, Suspense, type ReactNode } from 'react'
import { useI18n } from '../lib/i18n/i18n-context'
import { useViewState } from '../lib/router/view-state'

// The draft model, its store and the preview are the desk's: readers of the published dashboard
// never download them (they would be a fifth of the first screen's code).
const PreviewRoot = lazy(() => import('../features/desk/preview/preview-root'))

/**
 * `?preview=draft` shows the dashboard with the desk's draft applied; otherwise the published data.
 * The preview provides its own data source to what it wraps; outside it the data-source context
 * keeps its default, the published data, so leaving the preview needs nothing undone.
 */
export function PreviewGate({ children }: { children: ReactNode }) {
  const { preview } = useViewState()
  if (!preview) return children
  return (
    <Suspense fallback={<PreviewLoading />}>
      <PreviewRoot>{children}</PreviewRoot>
    </Suspense>
  )
}

function PreviewLoading() {
  const { t } = useI18n()
  return <p role="status">{t('desk.preview.loading')}</p>
}
