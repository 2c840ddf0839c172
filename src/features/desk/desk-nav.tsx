import { useI18n } from '../../lib/i18n/i18n-context'
import { paths, type DeskTask } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'

const TASKS: DeskTask[] = ['home', 'evidence', 'letter', 'review']

/** The desk's steps, as links: every step has its own address. */
export function DeskNav({ task }: { task: DeskTask }) {
  const { t } = useI18n()
  const { href } = useViewState()
  return (
    <nav className="desk-nav" aria-label={t('desk.nav.label')}>
      <ol>
        {TASKS.map((name) => (
          <li key={name}>
            <a
              href={href(paths.desk(name), { preview: null })}
              aria-current={name === task ? 'page' : undefined}
            >
              {t(`desk.nav.${name}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
