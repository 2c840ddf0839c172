import { localized } from '../../domain/language'
import { paths } from '../../lib/router/routes'
import type { ItemWidget } from '../../lib/ui/widget-registry'
import { EmbeddedCommitment } from './embedded-commitment'

/**
 * `commitment-<id>`: the embed's own card. Any commitment known on the view's date, whatever
 * `?doc=` says (as the detail page: a permalink works under any document filter), from the
 * dashboard's rows, so the card and the detail page tell the same assessment.
 */
export const commitmentCardWidget: ItemWidget = {
  find: (data, commitmentId, { lang }) => {
    const row = data.knownRows.find((r) => r.commitment.id === commitmentId)
    if (!row) return null
    return {
      title: localized(lang, row.commitment.title, row.commitment.titleEn),
      route: paths.commitment(row.commitment.id),
      documents: row.document ? [row.document] : [],
      // This commitment's own newest evidence: another's would date a card that has none.
      newestEvidence: row.newestEvidenceDate,
      raise: 0,
      render: () => <EmbeddedCommitment row={row} />,
    }
  },
}
