import { letterTitleId } from './letter-title-id'
import type { SourceDocument } from '../../../domain/schema/document'
import {
  describeDocumentNumber,
  describeTitle,
  documentFacts,
} from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../lib/ui/external-link'

/** The facts that identify a letter in one line; the rest open on request. */
const LINE_FACTS = new Set(['filers', 'respondent', 'date'])

/**
 * A letter's identity in one line (its title, who asked, who answered, when), with every other
 * fact of the letter (number, topic, session, class, satisfaction, the source link) one click
 * away: the first screen belongs to the promises, not to the letterhead.
 */
export function LetterLine({ document }: { document: SourceDocument }) {
  const { t, lang } = useI18n()
  const facts = documentFacts(document, t, lang)
  const inLine = facts.filter((fact) => LINE_FACTS.has(fact.key))
  return (
    <header className="letter-line">
      <div className="letter-line-main">
        <h2 className="letter-line-title" id={letterTitleId(document.id)}>
          {describeTitle(document, t, lang)}
        </h2>
        <ul className="letter-line-facts" aria-label={t('overview.letter.facts')}>
          {inLine.map(({ key, term, value, dateTime }) => (
            <li key={key} data-fact={key}>
              <span className="visually-hidden">{term}: </span>
              {dateTime ? <time dateTime={dateTime}>{value}</time> : value}
            </li>
          ))}
        </ul>
      </div>
      <details className="letter-line-details">
        <summary>{t('overview.letter.open')}</summary>
        <p className="document-number">{describeDocumentNumber(document, t) ?? document.id}</p>
        <dl className="document-facts">
          {facts.map(({ key, term, value, dateTime }) => (
            <div key={key}>
              <dt>{term}</dt>
              <dd>{dateTime ? <time dateTime={dateTime}>{value}</time> : value}</dd>
            </div>
          ))}
        </dl>
        {document.url && (
          <ExternalLink href={document.url}>{t('document.sourceLink')}</ExternalLink>
        )}
      </details>
    </header>
  )
}
