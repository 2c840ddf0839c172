import type { ReactNode } from 'react'
import type { SourceDocument } from '../../domain/schema/document'
import { describeSources } from '../../lib/chart/source-note'
import { useDocumentTitle, useSiteIdentity } from '../../lib/config/site-identity'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useViewState } from '../../lib/router/view-state'
import { ViewDates } from '../../lib/ui/view-dates'
import { dashboardUrl } from './dashboard-link'
import type { ParamConflict } from './embed-params'

interface Props {
  /** The widget's title (the widget shows it as its heading; this names the page). */
  title: string
  /** The dashboard route that shows this widget in context. */
  route: string
  /** The letters the widget draws on, cited below it. */
  documents: readonly SourceDocument[]
  /** The view date the widget shows. */
  asOf: string
  /** The newest evidence the widget draws on, published by `asOf` (null: none). */
  newestEvidence: string | null
  /** View parameters given twice in the address, differently. */
  conflicts: readonly ParamConflict[]
  children: ReactNode
}

/**
 * One widget on its own: the widget (with its title), then where its figures come from, the view
 * date and the newest evidence date (never "data as of" the view date: the data is as recent as
 * its newest evidence), anything odd about the address, and the way back to the whole dashboard
 * in the top window.
 */
export function EmbedFrame({
  title,
  route,
  documents,
  asOf,
  newestEvidence,
  conflicts,
  children,
}: Props) {
  const { t, lang } = useI18n()
  const { params, invalidAsOf } = useViewState()
  const site = useSiteIdentity()
  useDocumentTitle([title, site.title])
  const sources = describeSources(documents, t, lang)
  return (
    <>
      <div className="embed-widget">{children}</div>
      <footer className="embed-footer">
        {sources && <p className="embed-source">{sources}</p>}
        <ViewDates asOf={asOf} newestEvidence={newestEvidence} className="embed-as-of" />
        {invalidAsOf && (
          <p className="embed-note" role="note">
            {t('asOf.invalid', { value: invalidAsOf })}
          </p>
        )}
        {conflicts.map((c) => (
          <p key={c.name} className="embed-note" role="note">
            {t('embed.params.conflict', { name: c.name, query: c.query, hash: c.hash })}
          </p>
        ))}
        <p className="embed-back">
          <a href={dashboardUrl(route, params)} target="_top">
            {t('embed.openDashboard', { site: site.title })}
          </a>
        </p>
      </footer>
    </>
  )
}
