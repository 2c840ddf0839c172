import { letterTitleId } from './letter-title-id'
import { STATUSES, statusTotals } from '../../../domain/status'
import type { CommitmentKind } from '../../../domain/schema/commitment'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { HeadlineCard } from './headline-card'

/** The order kinds are counted in: what the letter promises first, what it reports last. */
const KIND_ORDER: readonly CommitmentKind[] = ['target', 'forecast', 'promise', 'result']

/**
 * A letter's headline items (of every kind) as cards (the targets' progress chart of every letter
 * shown sits at the top of the overview).
 * The count above the cards is the number of cards, broken down by kind, so "3 targets" never
 * stands above four cards one of which is a reported figure.
 */
export function HeadlineTargets({
  datasetId,
  rows,
}: {
  datasetId: string
  /** The letter's rows (its headline items are picked here). */
  rows: readonly CommitmentRow[]
}) {
  const { t, lang } = useI18n()
  const headline = rows.filter((row) => row.commitment.headline)
  const headingId = `headline-${datasetId}`
  const join = (items: string[]) => items.join(lang === 'en' ? ', ' : '、')
  const kinds = join(
    KIND_ORDER.flatMap((kind) => {
      const count = headline.filter((row) => row.kind === kind).length
      return count > 0 ? [t('overview.headline.kindCount', { kind: t(`kind.${kind}`), count })] : []
    }),
  )
  const tracked = headline.filter((row) => row.status !== null)
  const totals = statusTotals(tracked.map((row) => row.status))
  const statuses = join(
    STATUSES.flatMap((status) =>
      totals[status] > 0
        ? [
            t('overview.headline.statusCount', {
              status: t(`status.${status}`),
              count: totals[status],
            }),
          ]
        : [],
    ),
  )
  return (
    // Named with the letter's title too: with several letters, each "核心承诺" region is told apart.
    <section className="headline" aria-labelledby={`${headingId} ${letterTitleId(datasetId)}`}>
      <h2 id={headingId}>{t('headline.title')}</h2>
      {headline.length > 0 && (
        <p className="headline-summary" data-count={headline.length}>
          {t('overview.headline.summary', { count: headline.length, kinds })}
          {tracked.length > 0 && (
            <> {t('overview.headline.statuses', { count: tracked.length, statuses })}</>
          )}
        </p>
      )}
      <ul className="headline-grid">
        {headline.map((row) => (
          <li key={row.commitment.id}>
            <ErrorBoundary>
              <HeadlineCard row={row} />
            </ErrorBoundary>
          </li>
        ))}
      </ul>
    </section>
  )
}
