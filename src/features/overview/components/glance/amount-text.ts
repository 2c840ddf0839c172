import { withComparator } from '../../../../domain/figure-format'
import { formatYuan } from '../../../../domain/money'
import type { Comparator } from '../../../../domain/schema/primitives'
import { useI18n } from '../../../../lib/i18n/i18n-context'

/** "不少于 3亿元" · "at least ¥300M": an amount read literally, its comparator in words. */
export function useAmountText(): (amount: number, comparator: Comparator | null) => string {
  const { lang } = useI18n()
  return (amount, comparator) => withComparator(formatYuan(amount, lang), comparator, lang)
}
