import { gistOf } from '../../../../domain/change-gist'
import type { Change } from '../../../../domain/schema/change-log'
import type { Language } from '../../../../domain/language'
import { describeChange, describeChangeReason } from '../../../../lib/format/describe-change-log'
import type { Translate } from '../../../../lib/i18n/translate'

/**
 * A history line's words: what the change did and why, in the bulletin's words for the same
 * change (lib/format/describe-change-log.ts). Apart from the component so a test can hold the
 * two surfaces side by side.
 */
export function historyWords(
  change: Change,
  t: Translate,
  lang: Language,
): { what: string; reason: string | null } {
  return { what: describeChange(gistOf(change), t), reason: describeChangeReason(change, t, lang) }
}
