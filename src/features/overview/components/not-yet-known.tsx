import { formatDate } from '../../../domain/dates'
import type { Dashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'

/**
 * Before the first letter's date the overview has nothing to count. Said out loud, so its zeros
 * read as "not known yet on this view date", not as "nothing was done".
 */
export function NotYetKnown({ data }: { data: Pick<Dashboard, 'datasets' | 'known' | 'asOf'> }) {
  const { t, lang } = useI18n()
  if (data.known.length > 0 || data.datasets.length === 0) return null
  const dates = data.datasets.flatMap((d) => (d.document ? [d.document.date] : [])).sort()
  const first = dates[0]
  if (!first) return null
  return (
    <p className="overview-not-yet-known" role="note">
      {t('overview.notYetKnown', {
        date: formatDate(data.asOf, lang),
        count: data.datasets.length,
        first: formatDate(first, lang),
      })}
    </p>
  )
}
