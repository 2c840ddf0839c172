import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import type { Translate } from '../../../lib/i18n/translate'

/** A row's status as plain words, for titles and screen readers (results say "reported"). */
export function statusWords(row: CommitmentRow, t: Translate): string {
  return row.commitment.kind === 'result'
    ? t('source.legend.reported')
    : t(`status.${row.status.status}`)
}
