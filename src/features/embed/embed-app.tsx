import { useMemo, useState } from 'react'
import { WidgetEnvironment } from '../../lib/chart/widget-environment'
import { useRuntimeConfig } from '../../lib/config/config-context'
import { useDashboard } from '../../lib/data/use-dashboard'
import { DataGate } from '../../lib/ui/data-gate'
import { ErrorBoundary } from '../../lib/ui/error-boundary'
import { useLinksOpenDashboard } from './dashboard-link'
import { EmbedContent } from './embed-content'
import { adoptQueryParamsIntoHash } from './embed-params'
import { parseEmbedId, type EmbedWidgets } from './embed-target'
import { useAutoHeight } from './use-auto-height'
import './embed.css'

/**
 * `?embed=<id>`: one widget of the dashboard alone, for another page's iframe. No navigation or
 * controls; the widget's title, its figures, where they come from, the view date and the newest
 * evidence date, and a link back. Its height is posted to the host page (public/embed.js sizes
 * the iframe). The widgets are the features', handed in by src/app.
 */
export function EmbedApp({ id, widgets }: { id: string; widgets: EmbedWidgets }) {
  // Before anything reads the view: `?asOf=` and `?doc=` before the hash count too.
  const [conflicts] = useState(() => adoptQueryParamsIntoHash())
  const target = useMemo(() => parseEmbedId(id), [id])
  const data = useDashboard()
  const { config } = useRuntimeConfig()
  useAutoHeight(id, config.embedAllowedOrigins)
  useLinksOpenDashboard()
  return (
    <main className="embed-root" data-embed-id={id}>
      <DataGate data={data}>
        <WidgetEnvironment data={data} embedded>
          <ErrorBoundary>
            <EmbedContent
              id={id}
              target={target}
              data={data}
              widgets={widgets}
              conflicts={conflicts}
            />
          </ErrorBoundary>
        </WidgetEnvironment>
      </DataGate>
    </main>
  )
}
