import { formatDate } from '../../../../domain/dates'
import { localized } from '../../../../domain/language'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { paths } from '../../../../lib/router/routes'
import { useViewState } from '../../../../lib/router/view-state'

/** Which letter made the promise, and a link to the very words in the full letter. */
export function DetailSource({ row }: { row: CommitmentRow }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const { document } = row
  const letterHref = href(paths.document(row.datasetId), { highlight: row.commitment.id })
  return (
    <section className="detail-section detail-source" aria-labelledby="detail-source-title">
      <h2 id="detail-source-title">{t('detail.source.title')}</h2>
      {document ? (
        <dl className="detail-facts">
          <div>
            <dt>{t('detail.source.letter')}</dt>
            <dd>
              {document.number && <>{t('document.number', { number: document.number })} · </>}
              {localized(lang, document.title, document.titleEn)}
            </dd>
          </div>
          <div>
            <dt>{t('document.respondent')}</dt>
            <dd>{localized(lang, document.respondent.name, document.respondent.nameEn)}</dd>
          </div>
          <div>
            <dt>{t('document.date')}</dt>
            <dd>
              <time dateTime={document.date}>{formatDate(document.date, lang)}</time>
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('document.missing')}</p>
      )}
      <p>
        <a href={letterHref}>{t('detail.source.openLetter')}</a>
      </p>
    </section>
  )
}
