import { useMemo, type ReactNode } from 'react'
import { describeSources, visibleDocuments } from './source-note'
import { WidgetEnvironmentContext } from './widget-context'
import type { TrackerData } from '../data/use-tracker-data'
import { newestEvidenceShown } from '../export/view-dates'
import { useI18n } from '../i18n/i18n-context'
import { useViewState } from '../router/view-state'

/**
 * Tells every widget on the page its as-of date, the newest evidence date and the letters it
 * draws on (for PNG captions).
 */
export function WidgetEnvironment({
  data,
  embedded,
  children,
}: {
  data: TrackerData
  embedded: boolean
  children: ReactNode
}) {
  const { t, lang } = useI18n()
  const { asOf, doc } = useViewState()
  const value = useMemo(
    () => ({
      embedded,
      asOf,
      newestEvidence: newestEvidenceShown(data.datasets, asOf, doc),
      sourceNote: describeSources(visibleDocuments(data.datasets, asOf, doc), t, lang),
    }),
    [embedded, asOf, doc, data.datasets, t, lang],
  )
  return (
    <WidgetEnvironmentContext.Provider value={value}>{children}</WidgetEnvironmentContext.Provider>
  )
}
