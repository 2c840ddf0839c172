import { formatDate } from '../../../domain/dates'
import type { Language } from '../../../domain/language'
import type { NumericProposal } from '../../../domain/promise-scanner'
import type { Translate } from '../../../lib/i18n/translate'

/** "2026年底前(原文:力争2026年底前)", or that the sentence states no deadline. */
export function formatDeadlineWords(
  proposal: Pick<NumericProposal, 'deadline' | 'deadlineText'>,
  t: Translate,
  lang: Language,
): string {
  const deadline = proposal.deadline
  if (!deadline || deadline.type === 'none') return t('desk.proposal.noDeadline')
  const read =
    deadline.type === 'date'
      ? formatDate(deadline.date, lang)
      : deadline.type === 'year'
        ? t('headline.deadline.year', { year: deadline.year })
        : t('desk.proposal.quarter', { year: deadline.year, quarter: deadline.quarter })
  return proposal.deadlineText
    ? t('desk.proposal.deadlineRead', { read, text: proposal.deadlineText })
    : read
}
