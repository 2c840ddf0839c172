import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import type { SourceDocument } from '../../../domain/schema/document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../lib/ui/external-link'

/** Who asked, who answered, when: the letter as a deputy would cite it. */
export function LetterMetadata({ document }: { document: SourceDocument }) {
  const { t, lang } = useI18n()
  const facts: Array<[string, string, string?]> = [
    [
      t('document.deputy'),
      document.deputies.map((d) => localized(lang, d.name, d.nameEn)).join('、'),
    ],
    [
      t('document.suggestion'),
      t('document.suggestionQuoted', {
        title: localized(lang, document.suggestionTitle, document.suggestionTitleEn),
      }),
    ],
    [
      t('document.respondent'),
      localized(lang, document.respondent.name, document.respondent.nameEn),
    ],
    [t('document.date'), formatDate(document.date, lang), document.date],
    [t('document.session'), localized(lang, document.session.name, document.session.nameEn)],
    [
      t('document.replyClass'),
      t(
        document.replyClass
          ? `document.replyClass.${document.replyClass}`
          : 'document.replyClass.unknown',
      ),
    ],
  ]
  return (
    <header className="letter-metadata">
      <p className="letter-number">
        {document.number ? t('document.number', { number: document.number }) : document.id}
      </p>
      <h1 className="letter-title">{localized(lang, document.title, document.titleEn)}</h1>
      <dl className="letter-facts">
        {facts.map(([term, value, dateTime]) => (
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
