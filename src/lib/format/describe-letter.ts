import type { Language } from '../../domain/language'
import { describeLetterName } from './describe-document'
import type { Dataset } from '../data/assemble'
import type { Translate } from '../i18n/translate'

/**
 * A letter's short name in pickers and exports: its number ("第153005号建议"), else its title,
 * else the dataset id when the document file could not be read.
 */
export function describeLetter(dataset: Dataset, t: Translate, lang: Language): string {
  const doc = dataset.document
  if (!doc) return dataset.entry.id
  return describeLetterName(doc, t, lang)
}
