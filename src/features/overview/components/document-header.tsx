import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import type { SourceDocument } from '../../../domain/schema/document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ExternalLink } from '../../../lib/ui/external-link'

/** Who asked, who answered, when: the letter's identity, as a deputy would cite it. */
export function DocumentHeader({ document }: { document: SourceDocument }) {
  const { t, lang } = useI18n()
  return (
    <header className="document-header">
      <p className="document-number">
        {document.number ? t('document.number', { number: document.number }) : document.id}
      </p>
      <h2 className="document-title">{localized(lang, document.title, document.titleEn)}</h2>
      <dl className="document-facts">
        <div>
          <dt>{t('document.deputy')}</dt>
          <dd>{document.deputies.map((d) => localized(lang, d.name, d.nameEn)).join('、')}</dd>
        </div>
        <div>
          <dt>{t('document.suggestion')}</dt>
          <dd>
            {t('document.suggestionQuoted', {
              title: localized(lang, document.suggestionTitle, document.suggestionTitleEn),
            })}
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
        <div>
          <dt>{t('document.session')}</dt>
          <dd>{localized(lang, document.session.name, document.session.nameEn)}</dd>
        </div>
        <div>
          <dt>{t('document.replyClass')}</dt>
          <dd>
            {t(
              document.replyClass
                ? `document.replyClass.${document.replyClass}`
                : 'document.replyClass.unknown',
            )}
          </dd>
        </div>
        <div>
          <dt>{t('document.satisfaction')}</dt>
          <dd>
            {t(
              document.satisfaction
                ? `document.satisfaction.${document.satisfaction}`
                : 'document.satisfaction.unknown',
            )}
          </dd>
        </div>
      </dl>
      {document.url && <ExternalLink href={document.url}>{t('document.sourceLink')}</ExternalLink>}
    </header>
  )
}
