import { formatDate } from '../../../domain/dates'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { LetterLookup } from '../model/find-letter'

/** An unknown letter, or one not yet sent on the chosen day: say which, and offer a way on. */
export function LetterNotFound({
  id,
  lookup,
  asOf,
}: {
  id: string
  lookup: Exclude<LetterLookup, { state: 'found' }>
  asOf: string
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  return (
    <div className="not-found" role="alert">
      <h1>{t('source.notFound.title')}</h1>
      {lookup.state === 'not-yet' ? (
        <>
          <p>
            {t('source.notFound.notYet', {
              id,
              date: formatDate(lookup.date, lang),
              asOf: formatDate(asOf, lang),
            })}
          </p>
          <p>
            <a href={href(paths.document(id), { asOf: null })}>{t('source.notFound.today')}</a>
          </p>
        </>
      ) : (
        <p>{t('source.notFound.body', { id })}</p>
      )}
      <p>
        <a href={href(paths.documents())}>{t('source.notFound.list')}</a>
      </p>
    </div>
  )
}
