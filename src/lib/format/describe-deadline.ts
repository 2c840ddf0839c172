import { formatDate } from '../../domain/dates'
import type { DeadlineState } from '../../domain/deadline'
import type { Language } from '../../domain/language'
import type { Deadline } from '../../domain/schema/commitment'
import type { Translate } from '../i18n/translate'

/** "2023年12月31日" / "by the end of 2024" / "no deadline stated", as the data states it. */
export function describeDeadline(deadline: Deadline, t: Translate, lang: Language): string {
  switch (deadline.type) {
    case 'date':
      return formatDate(deadline.date, lang)
    case 'year':
      return t('headline.deadline.year', { year: deadline.year })
    case 'quarter':
      return t('headline.deadline.quarter', { year: deadline.year, quarter: deadline.quarter })
    case 'none':
      return t('headline.deadline.none')
  }
}

/** "还剩 45 天" / "逾期 120 天" / "今天到期"; empty when there is no deadline. */
export function describeDaysLeft(state: DeadlineState, t: Translate): string {
  if (state.days === null) return ''
  if (state.days === 0) return t('deadline.dueToday')
  return state.days > 0
    ? t('deadline.daysLeft', { days: state.days })
    : t('deadline.daysOverdue', { days: -state.days })
}
