import { localized } from '../../domain/language'
import { useTrackerData } from '../../lib/data/use-tracker-data'
import { useI18n } from '../../lib/i18n/i18n-context'
import { WidgetTools } from '../../lib/ui/widget-tools'

/**
 * "Copy embed code" for the commitment a detail page shows (`commitment-<id>`), placed by the
 * app's routes under the page; nothing while the commitment is unknown.
 */
export function CommitmentEmbedTools({ id }: { id: string }) {
  const { lang } = useI18n()
  const data = useTrackerData()
  const commitment = data.datasets.flatMap((d) => d.commitments).find((c) => c.id === id)
  if (!commitment) return null
  return (
    <div className="commitment-embed-tools">
      <WidgetTools
        id={`commitment-${commitment.id}`}
        title={localized(lang, commitment.title, commitment.titleEn)}
      />
    </div>
  )
}
