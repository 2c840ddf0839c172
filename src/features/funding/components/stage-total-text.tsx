import type { StageTotal } from '../../../domain/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { formatAmount, formatAmountExact, joinSum } from '../funding-model'

/**
 * A total, rounded, with its exact figure and the source figures it adds up, so every rounded
 * number on screen can be traced to the words of a source.
 */
export function StageTotalText({ total }: { total: StageTotal }) {
  const { t, lang } = useI18n()
  const [only] = total.items
  return (
    <>
      <strong className="amount">{formatAmount(total.amount, total.comparator, lang)}</strong>{' '}
      <span className="as-written">
        {total.items.length === 1 && only
          ? t('funding.asWritten', { asWritten: only.dated.entry.asWritten })
          : t('funding.sum', {
              exact: formatAmountExact(total.amount, total.comparator, lang),
              parts: joinSum(total.items.map((item) => item.dated.entry.asWritten)),
            })}
      </span>
    </>
  )
}
