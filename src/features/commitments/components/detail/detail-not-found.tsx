import { formatDate } from '../../../../domain/dates'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { paths } from '../../../../lib/router/routes'
import { useViewState } from '../../../../lib/router/view-state'
import type { CommitmentLookup } from './find-commitment'

/** An unknown id, or a commitment whose letter was not yet sent on the chosen day. */
export function DetailNotFound({
  id,
  lookup,
  asOf,
}: {
  id: string
  lookup: Exclude<CommitmentLookup, { state: 'found' }>
  asOf: string
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  return (
    <div className="not-found" role="alert">
      <h1>{t('detail.notFound.title')}</h1>
      {lookup.state === 'not-yet' ? (
        <>
          <p>
            {t('detail.notFound.notYet', {
              id,
              date: formatDate(lookup.date, lang),
              asOf: formatDate(asOf, lang),
            })}
          </p>
          <p>
            <a href={href(paths.commitment(id), { asOf: null })}>{t('detail.notFound.today')}</a>
          </p>
        </>
      ) : (
        <p>{t('detail.notFound.body', { id })}</p>
      )}
      <p>
        <a href={href(paths.commitments())}>{t('detail.notFound.list')}</a>
      </p>
    </div>
  )
}
