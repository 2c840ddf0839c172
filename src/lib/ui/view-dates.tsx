import { describeViewDates } from '../export/view-dates'
import { useI18n } from '../i18n/i18n-context'

/**
 * The view date and the newest evidence date side by side (report header, embed footer), with
 * `data-field`s the cross-surface test reads. Printed too: nothing here hides on paper.
 */
export function ViewDates({
  asOf,
  newestEvidence,
  className = 'view-dates',
}: {
  asOf: string
  newestEvidence: string | null
  className?: string
}) {
  const { t, lang } = useI18n()
  const dates = describeViewDates(asOf, newestEvidence, t, lang)
  return (
    <p className={className}>
      <span data-field="view-date" data-date={asOf}>
        {dates.asOfText}
      </span>
      {' · '}
      <span data-field="newest-evidence-date" data-date={newestEvidence ?? 'none'}>
        {dates.newestEvidenceText}
      </span>
    </p>
  )
}
