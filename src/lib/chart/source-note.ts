import { publishedBy } from '../../domain/dates'
import { describeDocumentDate, describeLetterName } from '../format/describe-document'
import { localized, type Language } from '../../domain/language'
import type { SourceDocument } from '../../domain/schema/document'
import type { Dataset } from '../data/assemble'
import type { Translate } from '../i18n/translate'

/** One letter as it is cited: number (or title), responding body, date. */
export function describeLetter(document: SourceDocument, t: Translate, lang: Language): string {
  return t('embed.source.letter', {
    letter: describeLetterName(document, t, lang),
    respondent: localized(lang, document.respondent.name, document.respondent.nameEn),
    date: describeDocumentDate(document, t, lang),
  })
}

/** "来源:…" for every letter a widget draws on; "" when no letter is loaded. */
export function describeSources(
  documents: readonly SourceDocument[],
  t: Translate,
  lang: Language,
): string {
  if (documents.length === 0) return ''
  return t('embed.source', {
    letters: documents.map((d) => describeLetter(d, t, lang)).join(lang === 'en' ? '; ' : ';'),
  })
}

/**
 * The letters a view shows on `asOf`, narrowed to `doc` like every view (an unknown `doc` shows
 * all). The same rule as useDashboard, without computing its rows.
 */
export function visibleDocuments(
  datasets: readonly Dataset[],
  asOf: string,
  doc: string | null,
): SourceDocument[] {
  const known = datasets.flatMap((d) =>
    d.document && publishedBy(d.document, asOf) ? [{ id: d.entry.id, document: d.document }] : [],
  )
  const narrowed = doc ? known.filter((d) => d.id === doc) : known
  return (narrowed.length > 0 ? narrowed : known).map((d) => d.document)
}
