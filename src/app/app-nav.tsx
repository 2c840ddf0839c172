import { paths } from '../lib/router/routes'
import { useViewState } from '../lib/router/view-state'
import { useI18n } from '../lib/i18n/i18n-context'
import type { MessageKey } from '../lib/i18n/translate'

const LINKS: Array<{ key: MessageKey; path: string; matches: (path: string) => boolean }> = [
  { key: 'nav.overview', path: paths.overview(), matches: (p) => p === '/' },
  {
    key: 'nav.commitments',
    path: paths.commitments(),
    matches: (p) => p.startsWith('/commitments'),
  },
  { key: 'evidence.nav', path: paths.evidence(), matches: (p) => p.startsWith('/evidence') },
  { key: 'nav.funding', path: paths.funding(), matches: (p) => p.startsWith('/funding') },
  { key: 'nav.documents', path: paths.documents(), matches: (p) => p.startsWith('/documents') },
  { key: 'report.nav', path: paths.report(), matches: (p) => p === '/report' },
  { key: 'nav.desk', path: paths.desk(), matches: (p) => p.startsWith('/desk') },
]

export function AppNav() {
  const { t } = useI18n()
  const { path, href } = useViewState()
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.path}>
            <a href={href(link.path)} aria-current={link.matches(path) ? 'page' : undefined}>
              {t(link.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
