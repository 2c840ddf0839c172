import type { SourceDocument } from '../../../domain/schema/document'
import {
  describeDocumentNumber,
  describeTitle,
  documentFacts,
} from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../lib/ui/external-link'

/** Who asked, who answered, when: the letter as a deputy would cite it. */
export function LetterMetadata({ document }: { document: SourceDocument }) {
  const { t, lang } = useI18n()
  return (
    <header className="letter-metadata">
      <p className="letter-number">{describeDocumentNumber(document, t) ?? document.id}</p>
      <h1 className="letter-title">{describeTitle(document, t, lang)}</h1>
      <dl className="letter-facts">
        {documentFacts(document, t, lang)
          .filter((fact) => fact.key !== 'satisfaction')
          .map(({ term, value, dateTime }) => (
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
