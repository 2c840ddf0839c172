import type { DeadlineItem, MoneyItem } from '../../domain/bulletin/bulletin'
import type { ChangeLine, ConcernedCommitment } from '../../domain/bulletin/change-log'
import { formatDate } from '../../domain/dates'
import { localized, type Language } from '../../domain/language'
import { formatYuan } from '../../domain/money'
import type { Commitment } from '../../domain/schema/commitment'
import type { SourceDocument } from '../../domain/schema/document'
import type { Comparator } from '../../domain/schema/primitives'
import type { ChangeLogReading } from '../../lib/data/use-change-logs'
import { describeChangeReason } from '../../lib/format/describe-change-log'
import { describeDeadline } from '../../lib/format/describe-deadline'
import { describeLetterName } from '../../lib/format/describe-document'
import { describeError } from '../../lib/i18n/describe-issue'
import type { Translate } from '../../lib/i18n/translate'

/**
 * The bulletin's items in words, shared by the page, the embed and the CSV/JSON files, so a
 * spreadsheet says exactly what the screen says.
 */

export function commitmentTitle(commitment: Commitment, lang: Language): string {
  return localized(lang, commitment.title, commitment.titleEn)
}

/** "第153005号建议" (or the title), the dataset id when the document could not be read. */
export function letterName(
  item: { datasetId: string; document: SourceDocument | undefined },
  t: Translate,
  lang: Language,
): string {
  return item.document ? describeLetterName(item.document, t, lang) : item.datasetId
}

/** "期限:2023年底前(最后一天为2023年12月31日)". */
export function describeDue(item: DeadlineItem, t: Translate, lang: Language): string {
  const deadline = 'deadline' in item.row.commitment ? item.row.commitment.deadline : undefined
  return t('bulletin.deadlines.due', {
    deadline: deadline ? describeDeadline(deadline, t, lang) : formatDate(item.deadline.due, lang),
    date: formatDate(item.deadline.due, lang),
  })
}

/** How far past, or how near, the deadline is on the period's last day. */
export function describeDueDistance(
  item: DeadlineItem,
  to: string,
  t: Translate,
  lang: Language,
): string {
  const date = formatDate(to, lang)
  const { days } = item.deadline
  if (days < 0) return t('bulletin.deadlines.overdueBy', { date, days: -days })
  if (days === 0) return t('bulletin.deadlines.dueOn', { date })
  return t('bulletin.deadlines.left', { date, days })
}

/** "不少于 3亿元" in words: comparators are said, never written as symbols in a sentence. */
export function describeAmount(
  amount: number,
  comparator: Comparator,
  t: Translate,
  lang: Language,
): string {
  const money = formatYuan(amount, lang)
  if (comparator === '=') return money
  return `${t(`comparator.${comparator}`)}${lang === 'en' ? ' ' : ''}${money}`
}

/** "已拨付 5334万元(原文:5334万元)". */
export function describeMoney(item: MoneyItem, t: Translate, lang: Language): string {
  const { entry } = item.dated
  return t('bulletin.money.amount', {
    stage: t(`funding.stage.${entry.stage}`),
    amount: describeAmount(entry.amount, entry.comparator, t, lang),
    asWritten: entry.asWritten,
  })
}

/** "截至2024年3月1日", or that the source gives no date and the letter's is used. */
export function describeMoneyDate(item: MoneyItem, t: Translate, lang: Language): string {
  const date = formatDate(item.dated.date, lang)
  return item.dated.dateStated
    ? t('bulletin.money.asOf', { date })
    : t('bulletin.money.dateFromLetter', { date })
}

export function describePreviousMoney(item: MoneyItem, t: Translate, lang: Language): string {
  const previous = item.previous
  if (!previous) return t('bulletin.money.noPrevious')
  return t('bulletin.money.previous', {
    amount: describeAmount(previous.entry.amount, previous.entry.comparator, t, lang),
    date: formatDate(previous.date, lang),
  })
}

export function fundingLineLabel(item: MoneyItem, lang: Language): string {
  return localized(lang, item.line.label, item.line.labelEn)
}

/** A concerned commitment's title, or its id when the period's end no longer has it. */
export function concernedTitle(commitment: ConcernedCommitment, t: Translate, lang: Language) {
  return commitment.row
    ? commitmentTitle(commitment.row.commitment, lang)
    : t('bulletin.changeLog.gone', { id: commitment.id })
}

/** "第153005号建议的修改记录无法读取:…", or still being read: never taken for "nothing changed". */
export function describeUnreadChangeLog(
  letter: { datasetId: string; document: SourceDocument | undefined },
  reading: Pick<ChangeLogReading, 'loading' | 'error'> | undefined,
  t: Translate,
  lang: Language,
): string {
  const name = letterName(letter, t, lang)
  if (reading?.loading) return t('bulletin.changeLog.stillLoading', { letter: name })
  if (reading?.error) {
    return t('bulletin.changeLog.unread', {
      letter: name,
      message: describeError(reading.error, t),
    })
  }
  return t('bulletin.changeLog.unreadNoReason', { letter: name })
}

/** A verdict line's "理由:…": an item line folds several changes into one, so has no reason. */
export function describeLineReason(line: ChangeLine, t: Translate, lang: Language): string | null {
  return line.kind === 'verdict' ? describeChangeReason(line, t, lang) : null
}
