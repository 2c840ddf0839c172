import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeKind } from '../../../lib/format/describe-assessment'
import type { Translate } from '../../../lib/i18n/translate'

/**
 * A row's status as plain words, for titles and screen readers: the assessment's status, or for
 * a reported result its kind (已报告的成果), the same words <AssessmentStatus> shows.
 */
export function statusWords(row: Pick<CommitmentRow, 'kind' | 'status'>, t: Translate): string {
  return row.status ? t(`status.${row.status.status}`) : describeKind(row, t)
}
