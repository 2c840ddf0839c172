import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import {
  describeDocumentDate,
  describeDocumentNumber,
  describeRespondent,
  describeTitle,
} from '../../../../lib/format/describe-document'
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
              {describeDocumentNumber(document, t) && <>{describeDocumentNumber(document, t)} · </>}
              {describeTitle(document, t, lang)}
            </dd>
          </div>
          <div>
            <dt>{t('document.respondent')}</dt>
            <dd>{describeRespondent(document, t, lang)}</dd>
          </div>
          <div>
            <dt>{t('document.date')}</dt>
            <dd>
              {document.date ? (
                <time dateTime={document.date}>{describeDocumentDate(document, t, lang)}</time>
              ) : (
                describeDocumentDate(document, t, lang)
              )}
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
