import { useMemo } from 'react'
import { diffDatasets } from '../../../domain/draft/diff-datasets'
import dayjs from 'dayjs'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { Desk } from '../use-desk'
import { countChanges } from './draft-summary'
import './desk-home.css'

/** What the draft holds, and the three tasks. */
export function DeskHome({ desk }: { desk: Desk }) {
  const { t } = useI18n()
  const { href } = useViewState()
  const counts = useMemo(
    () => countChanges(diffDatasets(desk.published, desk.drafted)),
    [desk.published, desk.drafted],
  )
  const letterInProgress = desk.draft.letter !== undefined && desk.draft.letter.text.trim() !== ''
  const empty = counts.letters === 0 && !letterInProgress
  return (
    <>
      {/* The desk opens to anyone who has its address: say first who it is for. */}
      <p className="desk-intro desk-audience" data-field="desk-audience">
        {t('desk.home.audience')}
      </p>
      <p className="desk-intro">{t('desk.home.intro')}</p>
      <section aria-labelledby="desk-draft-heading" className="desk-panel">
        <h2 id="desk-draft-heading">{t('desk.home.draft')}</h2>
        {empty ? (
          <p>{t('desk.home.empty')}</p>
        ) : (
          <ul className="desk-counts">
            <li>
              {t('desk.home.count.letters', { count: counts.letters, new: counts.newLetters })}
            </li>
            <li>{t('desk.home.count.commitments', { count: counts.commitments })}</li>
            <li>{t('desk.home.count.updates', { count: counts.updates })}</li>
            <li>{t('desk.home.count.funding', { count: counts.fundingEntries })}</li>
            {letterInProgress && <li>{t('desk.home.letterInProgress')}</li>}
            <li>
              {t('desk.home.savedAt', {
                date: dayjs(desk.draft.savedAt).format('YYYY-MM-DD HH:mm'),
              })}
            </li>
          </ul>
        )}
      </section>
      <ul className="desk-tasks">
        {(['evidence', 'letter', 'review'] as const).map((task) => (
          <li key={task} className="desk-panel">
            <h2>
              <a href={href(paths.desk(task), { preview: null })}>{t(`desk.nav.${task}`)}</a>
            </h2>
            <p>{t(`desk.home.task.${task}`)}</p>
          </li>
        ))}
      </ul>
      <p className="desk-note">{t('desk.home.privacy')}</p>
    </>
  )
}
