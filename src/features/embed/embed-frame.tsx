import type { ReactNode } from 'react'
import { formatDate } from '../../domain/dates'
import type { SourceDocument } from '../../domain/schema/document'
import { describeSources } from '../../lib/chart/source-note'
import { useDocumentTitle, useSiteIdentity } from '../../lib/config/site-identity'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useViewState } from '../../lib/router/view-state'
import { dashboardUrl } from './dashboard-link'

interface Props {
  /** The widget's title (the widget shows it as its heading; this names the page). */
  title: string
  /** The dashboard route that shows this widget in context. */
  route: string
  /** The letters the widget draws on, cited below it. */
  documents: readonly SourceDocument[]
  children: ReactNode
}

/**
 * One widget on its own: the widget (with its title), then where its figures come from, the day
 * they are as of, and the way back to the whole dashboard in the top window.
 */
export function EmbedFrame({ title, route, documents, children }: Props) {
  const { t, lang } = useI18n()
  const { asOf, params } = useViewState()
  const site = useSiteIdentity()
  useDocumentTitle([title, site.title])
  const sources = describeSources(documents, t, lang)
  return (
    <>
      <div className="embed-widget">{children}</div>
      <footer className="embed-footer">
        {sources && <p className="embed-source">{sources}</p>}
        <p className="embed-as-of">{t('app.asOf', { date: formatDate(asOf, lang) })}</p>
        <p className="embed-back">
          <a href={dashboardUrl(route, params)} target="_top">
            {t('embed.openDashboard', { site: site.title })}
          </a>
        </p>
      </footer>
    </>
  )
}
