import { localized } from '../../../domain/language'
import type { SourceDocument } from '../../../domain/schema/document'
import { STATUSES, type Status } from '../../../domain/status'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import {
  describeDocumentNumber,
  describeTitle,
  documentFacts,
  type DocumentFactKey,
} from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { StatusBadge } from '../../../lib/ui/status-badge'

/** A card lists who, to whom, when and how it was answered; the letter page lists the rest. */
const CARD_FACTS = new Set<DocumentFactKey>([
  'filers',
  'respondent',
  'date',
  'replyClass',
  'satisfaction',
])

export function DocumentCard({
  document,
  rows,
}: {
  document: SourceDocument
  rows: readonly CommitmentRow[]
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const { totals, results, otherUnrated } = countStatuses(rows)
  return (
    <article className="document-card" data-document-id={document.id}>
      <p className="document-number">{describeDocumentNumber(document, t) ?? document.id}</p>
      <h3>
        <a href={href(paths.document(document.id))}>
          {document.suggestionTitle
            ? localized(lang, document.suggestionTitle, document.suggestionTitleEn)
            : describeTitle(document, t, lang)}
        </a>
      </h3>
      <dl className="document-card-facts">
        {documentFacts(document, t, lang)
          .filter((fact) => CARD_FACTS.has(fact.key))
          .map(({ term, value, dateTime }) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{dateTime ? <time dateTime={dateTime}>{value}</time> : value}</dd>
            </div>
          ))}
      </dl>
      <p>{t('documents.commitments', { count: rows.length })}</p>
      {results > 0 && (
        <p className="document-results">{t('documents.results', { count: results })}</p>
      )}
      {otherUnrated > 0 && (
        <p className="document-results">{t('documents.unrated', { count: otherUnrated })}</p>
      )}
      <ul className="status-counts" aria-label={t('documents.statusCounts')}>
        {STATUSES.filter((s) => totals[s] > 0).map((s) => (
          <li key={s}>
            <a href={href(paths.commitments(), { doc: document.id, status: s })}>
              <StatusBadge status={s} /> {totals[s]}
            </a>
          </li>
        ))}
      </ul>
      <p className="document-links">
        <a href={href(paths.document(document.id))}>{t('documents.readLetter')}</a>
        <a href={href(paths.commitments(), { doc: document.id })}>{t('documents.openList')}</a>
        <a href={href(paths.overview(), { doc: document.id })}>{t('documents.openOverview')}</a>
      </p>
    </article>
  )
}

/**
 * Counts per status from the rows' own assessments. Reported results carry no status: they are
 * counted apart and never under a status, so each count opens a list with that many rows.
 */
function countStatuses(rows: readonly CommitmentRow[]): {
  totals: Record<Status, number>
  results: number
  otherUnrated: number
} {
  const totals = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  let results = 0
  let otherUnrated = 0
  for (const row of rows) {
    if (row.status) totals[row.status.status] += 1
    else if (row.kind === 'result') results += 1
    else otherUnrated += 1
  }
  return { totals, results, otherUnrated }
}
