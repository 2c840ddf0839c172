import { letterTitleId } from './letter-title-id'
import type { SourceDocument } from '../../../domain/schema/document'
import {
  describeDocumentNumber,
  describeTitle,
  documentFacts,
} from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../lib/ui/external-link'

/** Who asked, who answered, when: the letter's identity, as a deputy would cite it. */
export function DocumentHeader({ document }: { document: SourceDocument }) {
  const { t, lang } = useI18n()
  const facts = documentFacts(document, t, lang)
  return (
    <header className="document-header">
      <p className="document-number">{describeDocumentNumber(document, t) ?? document.id}</p>
      <h2 className="document-title" id={letterTitleId(document.id)}>
        {describeTitle(document, t, lang)}
      </h2>
      <dl className="document-facts">
        {facts.map(({ term, value, dateTime }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{dateTime ? <time dateTime={dateTime}>{value}</time> : value}</dd>
          </div>
        ))}
      </dl>
      {document.url && <ExternalLink href={document.url}>{t('document.sourceLink')}</ExternalLink>}
    </header>
  )
}
