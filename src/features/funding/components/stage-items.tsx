import type { StageTotal } from '../../../domain/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { formatAmount } from '../funding-model'

/** Amounts listed per cell, largest first: a province's letters carry thousands. */
const LISTED = 5

/**
 * The amounts of one stage, each rounded beside its words in the source, and never their sum:
 * the source does not add them (they are as of different dates, and one may lie inside another),
 * so a total here would be a figure nobody stated.
 */
export function StageItems({ items: all }: { items: StageTotal['items'] }) {
  const { t, lang } = useI18n()
  const items =
    all.length <= LISTED
      ? all
      : [...all].sort((a, b) => b.dated.entry.amount - a.dated.entry.amount).slice(0, LISTED)
  return (
    <ul className="stage-items">
      {items.map(({ line, dated }) => (
        <li key={line.id} data-stage-line={line.id}>
          <strong className="amount">
            {formatAmount(dated.entry.amount, dated.entry.comparator, lang)}
          </strong>{' '}
          <span className="as-written">
            {t('funding.asWritten', { asWritten: dated.entry.asWritten })}
          </span>
        </li>
      ))}
      {items.length < all.length && (
        <li className="stage-items-more">
          {t('funding.totals.more', { count: all.length - items.length })}
        </li>
      )}
    </ul>
  )
}
