import { useRuntimeConfig } from '../lib/config/config-context'
import { paths } from '../lib/router/routes'
import { useViewState } from '../lib/router/view-state'
import { useI18n } from '../lib/i18n/i18n-context'
import type { MessageKey } from '../lib/i18n/translate'

interface NavLink {
  key: MessageKey
  path: string
  matches: (path: string) => boolean
}

const READER_LINKS: NavLink[] = [
  { key: 'nav.overview', path: paths.overview(), matches: (p) => p === '/' },
  {
    key: 'nav.commitments',
    path: paths.commitments(),
    matches: (p) => p.startsWith('/commitments'),
  },
  { key: 'evidence.nav', path: paths.evidence(), matches: (p) => p.startsWith('/evidence') },
  { key: 'nav.funding', path: paths.funding(), matches: (p) => p.startsWith('/funding') },
  { key: 'nav.documents', path: paths.documents(), matches: (p) => p.startsWith('/documents') },
  { key: 'nav.bulletin', path: paths.bulletin(), matches: (p) => p === '/bulletin' },
  { key: 'report.nav', path: paths.report(), matches: (p) => p === '/report' },
]

/** The desk is for the few who edit data: linked only where config.json says `"desk": true`. */
const DESK_LINK: NavLink = {
  key: 'nav.desk',
  path: paths.desk(),
  matches: (p) => p.startsWith('/desk'),
}

export function AppNav() {
  const { t } = useI18n()
  const { path, href } = useViewState()
  const { config } = useRuntimeConfig()
  const links = config.desk === true ? [...READER_LINKS, DESK_LINK] : READER_LINKS
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((link) => (
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
