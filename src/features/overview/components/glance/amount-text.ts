import { formatYuan } from '../../../../domain/money'
import type { Comparator } from '../../../../domain/schema/primitives'
import { useI18n } from '../../../../lib/i18n/i18n-context'

/** "3亿元以上" · "at least ¥300M": an amount read literally with its comparator, in words. */
export function useAmountText(): (amount: number, comparator: Comparator | null) => string {
  const { t, lang } = useI18n()
  return (amount, comparator) => {
    const value = formatYuan(amount, lang)
    return comparator === null || comparator === '='
      ? value
      : t(`overview.glance.amount.${comparator}`, { value })
  }
}
