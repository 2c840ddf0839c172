import { useDocumentTitle, useSiteIdentity } from '../../lib/config/site-identity'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'
import { dashboardUrl } from './dashboard-link'
import { FIXED_EMBED_IDS, type EmbedWidgets } from './embed-target'

/**
 * `?embed=` names nothing we have: say which id was asked for, list the ids that exist and how to
 * get a correct one (the "copy embed code" button), rather than an empty frame on someone's page.
 */
export function EmbedUnknown({
  id,
  reason,
  widgets,
}: {
  id: string
  reason: 'widget' | 'item'
  widgets: EmbedWidgets
}) {
  const { t } = useI18n()
  const { params } = useViewState()
  const site = useSiteIdentity()
  useDocumentTitle([t('embed.unknown.title'), site.title])
  return (
    <div className="embed-unknown" role="alert">
      <h1>{t('embed.unknown.title')}</h1>
      <p>{t(reason === 'item' ? 'embed.unknown.item' : 'embed.unknown.widget', { id })}</p>
      <p>{t('embed.unknown.available')}</p>
      <ul>
        {FIXED_EMBED_IDS.map((known) => (
          <li key={known}>
            <code>{known}</code> · {t(widgets.view[known].descriptionKey)}
          </li>
        ))}
        <li>
          <code>commitment-&lt;id&gt;</code> · {t('embed.list.commitment')}
        </li>
      </ul>
      <p>{t('embed.unknown.howTo')}</p>
      <p>
        <a href={dashboardUrl(paths.overview(), params)} target="_top">
          {t('embed.openDashboard', { site: site.title })}
        </a>
      </p>
    </div>
  )
}
