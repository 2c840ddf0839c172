import { formatDate } from '../../domain/dates'
import { localized, type Language } from '../../domain/language'
import type { FilerRole, FilingKind, SourceDocument } from '../../domain/schema/document'
import type { Translate } from '../i18n/translate'

/**
 * How every surface names a letter's parts. The contract leaves title, session, filed title and
 * date optional because many letters state none of them: absent is shown as "原文未写明", never
 * left blank and never filled with a guess.
 */

export function filingKindOf(document: SourceDocument): FilingKind {
  return document.filingKind ?? 'suggestion'
}

export function filerRoleOf(document: SourceDocument): FilerRole {
  return document.filerRole ?? (filingKindOf(document) === 'proposal' ? 'member' : 'deputy')
}

/** "第153005号建议" · "第14号提案"; null when the letter has no number. */
export function describeDocumentNumber(document: SourceDocument, t: Translate): string | null {
  if (!document.number) return null
  return t(`document.number.${filingKindOf(document)}`, { number: document.number })
}

/** The term for the filers' row: 代表 / 委员 / 提出单位. */
export function describeFilerTerm(document: SourceDocument, t: Translate): string {
  return t(`document.filer.${filerRoleOf(document)}`)
}

/** "崔银雷" · "王某、李某等" (the letter wrote 等: not everyone is named). */
export function describeFilers(document: SourceDocument, t: Translate, lang: Language): string {
  const names = document.deputies
    .map((d) => localized(lang, d.name, d.nameEn))
    .join(lang === 'en' ? ', ' : '、')
  return document.filersComplete === false ? t('document.filersIncomplete', { names }) : names
}

/** The term for the filed title's row: 建议题目 / 提案题目 / 议案题目. */
export function describeFilingTerm(document: SourceDocument, t: Translate): string {
  return t(`document.filing.${filingKindOf(document)}`)
}

export function describeFilingTitle(
  document: SourceDocument,
  t: Translate,
  lang: Language,
): string {
  if (!document.suggestionTitle) return t('document.notStated')
  return t('document.suggestionQuoted', {
    title: localized(lang, document.suggestionTitle, document.suggestionTitleEn),
  })
}

/** The reply's heading, or "答复 of <body>" when the letter has none (marked as not stated). */
export function describeTitle(document: SourceDocument, t: Translate, lang: Language): string {
  if (document.title) return localized(lang, document.title, document.titleEn)
  return t('document.untitled', { respondent: respondentName(document, lang) })
}

export function respondentName(document: SourceDocument, lang: Language): string {
  return localized(lang, document.respondent.name, document.respondent.nameEn)
}

/** "子洲县交通运输局(县(区)级 · 协办)" when the data states level or role. */
export function describeRespondent(document: SourceDocument, t: Translate, lang: Language): string {
  const { level, role } = document.respondent
  const facts = [
    level ? t(`document.level.${level}`) : null,
    role ? t(`document.role.${role}`) : null,
  ].filter((fact): fact is string => fact !== null)
  const name = respondentName(document, lang)
  return facts.length ? t('document.respondentWith', { name, facts: facts.join(' · ') }) : name
}

/** The reply date, saying when it comes only from the publishing page; "原文未写明" when absent. */
export function describeDocumentDate(
  document: SourceDocument,
  t: Translate,
  lang: Language,
): string {
  if (!document.date) return t('document.notStated')
  const date = formatDate(document.date, lang)
  return document.dateSource === 'publishing-page' ? t('document.dateFromPage', { date }) : date
}

export function describeSession(document: SourceDocument, t: Translate, lang: Language): string {
  return document.session
    ? localized(lang, document.session.name, document.session.nameEn)
    : t('document.notStated')
}

export type DocumentFactKey =
  | 'filers'
  | 'filing'
  | 'respondent'
  | 'date'
  | 'session'
  | 'replyNumber'
  | 'replyClass'
  | 'satisfaction'

export interface DocumentFact {
  key: DocumentFactKey
  term: string
  value: string
  /** ISO date for a <time> element. */
  dateTime?: string
}

/** The facts a letter's header lists, in the order a deputy would cite them. */
export function documentFacts(
  document: SourceDocument,
  t: Translate,
  lang: Language,
): DocumentFact[] {
  return [
    {
      key: 'filers',
      term: describeFilerTerm(document, t),
      value: describeFilers(document, t, lang),
    },
    {
      key: 'filing',
      term: describeFilingTerm(document, t),
      value: describeFilingTitle(document, t, lang),
    },
    {
      key: 'respondent',
      term: t('document.respondent'),
      value: describeRespondent(document, t, lang),
    },
    {
      key: 'date',
      term: t('document.date'),
      value: describeDocumentDate(document, t, lang),
      ...(document.date ? { dateTime: document.date } : {}),
    },
    { key: 'session', term: t('document.session'), value: describeSession(document, t, lang) },
    ...(document.replyNumber
      ? [
          {
            key: 'replyNumber' as const,
            term: t('document.replyNumber'),
            value: document.replyNumber,
          },
        ]
      : []),
    {
      key: 'replyClass',
      term: t('document.replyClass'),
      value: t(
        document.replyClass
          ? `document.replyClass.${document.replyClass}`
          : 'document.replyClass.unknown',
      ),
    },
    {
      key: 'satisfaction',
      term: t('document.satisfaction'),
      value: t(
        document.satisfaction
          ? `document.satisfaction.${document.satisfaction}`
          : 'document.satisfaction.unknown',
      ),
    },
  ]
}

/** A letter's short name: its number ("第14号提案"), else its heading. */
export function describeLetterName(document: SourceDocument, t: Translate, lang: Language): string {
  return describeDocumentNumber(document, t) ?? describeTitle(document, t, lang)
}

/** One letter in a picker, told apart from the others: "第14号提案 · 子洲县交通运输局 · 《…》". */
export function describeDocumentChoice(
  document: SourceDocument,
  t: Translate,
  lang: Language,
): string {
  const filed = document.suggestionTitle
    ? localized(lang, document.suggestionTitle, document.suggestionTitleEn)
    : describeTitle(document, t, lang)
  return [describeDocumentNumber(document, t), respondentName(document, lang), filed]
    .filter((part): part is string => part !== null)
    .join(' · ')
}
