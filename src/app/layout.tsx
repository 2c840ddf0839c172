import type { ReactNode } from 'react'
import { DataProblems } from '../features/data-health/components/data-problems'
import { AppNav } from './app-nav'
import { ConfigProblems } from './config-problems'
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation'
import { usePreloadPages } from './use-preload-pages'
import { LanguageSwitch } from './language-switch'
import { useDocumentTitle, useSiteIdentity } from '../lib/config/site-identity'
import { ViewControls } from './view-controls'
import { WidgetEnvironment } from '../lib/chart/widget-environment'
import { useTrackerData } from '../lib/data/use-tracker-data'
import { useI18n } from '../lib/i18n/i18n-context'

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const data = useTrackerData()
  usePreloadPages(data.status === 'ready')
  const site = useSiteIdentity()
  useDocumentTitle([site.title, site.organisation])
  useFocusMainOnNavigation()
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      {/* One banner holds the site name, the navigation and the view controls, so every control
          sits in a landmark (screen readers list landmarks to jump between them). */}
      <header>
        <div className="app-header">
          <div>
            {site.organisation && <p className="app-organisation">{site.organisation}</p>}
            <p className="app-title">
              <a href="#/">{site.title}</a>
            </p>
            <p className="app-tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <div className="app-bar">
          <AppNav />
          <ViewControls data={data} />
        </div>
      </header>
      {data.index?.illustrative && (
        <p className="illustrative-banner" role="note">
          {t('app.illustrative')}
        </p>
      )}
      <main id="main-content" tabIndex={-1}>
        <ConfigProblems />
        <DataProblems issues={data.issues} failures={data.failures} />
        <WidgetEnvironment data={data} embedded={false}>
          {children}
        </WidgetEnvironment>
      </main>
    </>
  )
}

// The hash is the router's: move focus to <main> without changing it.
function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  document.getElementById('main-content')?.focus()
}
