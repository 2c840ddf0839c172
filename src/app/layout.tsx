import type { ReactNode } from 'react'
import { DataProblems } from '../features/data-health/components/data-problems'
import { AppNav } from './app-nav'
import { ConfigProblems } from './config-problems'
import { LanguageSwitch } from './language-switch'
import { useDocumentTitle, useSiteIdentity } from '../lib/config/site-identity'
import { ViewControls } from './view-controls'
import { WidgetEnvironment } from '../lib/chart/widget-environment'
import { useTrackerData } from '../lib/data/use-tracker-data'
import { useI18n } from '../lib/i18n/i18n-context'

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const data = useTrackerData()
  const site = useSiteIdentity()
  useDocumentTitle([site.title, site.organisation])
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div>
          {site.organisation && <p className="app-organisation">{site.organisation}</p>}
          <p className="app-title">
            <a href="#/">{site.title}</a>
          </p>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <div className="app-bar">
        <AppNav />
        <ViewControls data={data} />
      </div>
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
