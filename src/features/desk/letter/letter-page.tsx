import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { deskLetterName } from '../letter-name'
import type { Desk } from '../use-desk'
import { LetterIntake } from './letter-intake'
import { LetterWorkbench } from './letter-workbench'

/**
 * Add a letter: without `?letter=`, the text and details of a new letter; with it, that
 * letter's commitments (any letter with a text, including published ones).
 */
export function LetterPage({ desk }: { desk: Desk }) {
  const { t, lang } = useI18n()
  const { params, href, setParams } = useViewState()
  const letterId = params.get('letter')
  const withText = desk.drafted.datasets.filter((dataset) => dataset.sourceText !== undefined)
  return (
    <>
      <p className="desk-intro">{t('desk.letter.intro')}</p>
      <nav className="desk-panel" aria-label={t('desk.letter.choose')}>
        <h2>{t('desk.letter.choose')}</h2>
        <ul className="desk-letter-links">
          <li>
            <a
              href={href(paths.desk('letter'), { letter: null, preview: null })}
              aria-current={letterId ? undefined : 'page'}
            >
              {t('desk.letter.new')}
            </a>
          </li>
          {withText.map((dataset) => (
            <li key={dataset.entry.id}>
              <a
                href={href(paths.desk('letter'), { letter: dataset.entry.id, preview: null })}
                aria-current={letterId === dataset.entry.id ? 'page' : undefined}
              >
                {deskLetterName(dataset.document, dataset.entry.id, t, lang)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letterId ? (
        <LetterWorkbench key={letterId} desk={desk} datasetId={letterId} />
      ) : (
        <LetterIntake desk={desk} onAdded={(id) => setParams({ letter: id })} />
      )}
    </>
  )
}
