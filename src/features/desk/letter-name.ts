import { localized, type Language } from '../../domain/language'
import { filingKindSchema } from '../../domain/schema/document'
import type { JsonObject } from '../../domain/draft/snapshot'
import type { Translate } from '../../lib/i18n/translate'

/**
 * How the desk names a letter wherever several are listed: its number as its kind numbers it
 * ("第153005号建议", "第14号提案"), else its heading, then the replying body, so two letters
 * with the same number from different bodies can be told apart. Read from the raw file: a draft's
 * document may not be valid yet.
 */
export function deskLetterName(
  document: JsonObject | undefined,
  datasetId: string,
  t: Translate,
  lang: Language,
): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
  const kind = filingKindSchema.safeParse(document?.filingKind).data ?? 'suggestion'
  const number = text(document?.number)
  const respondent = (document?.respondent ?? {}) as JsonObject
  const respondentName = text(respondent.name)
  const name =
    (number ? t(`document.number.${kind}`, { number }) : undefined) ??
    text(document?.title) ??
    text(document?.suggestionTitle) ??
    datasetId
  const body = respondentName ? localized(lang, respondentName, text(respondent.nameEn)) : undefined
  return body ? `${name} · ${body}` : name
}
