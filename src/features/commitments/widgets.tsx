import { localized } from '../../domain/language'
import { paths } from '../../lib/router/routes'
import type { ItemWidget } from '../../lib/ui/widget-registry'
import { ValueChartSection } from './components/detail/value-chart-section'
import './components/detail/detail.css'

/**
 * `commitment-value-<id>`: the detail page's chart of one commitment's value over time against
 * its target, alone. Any commitment known on the view's date, whatever `?doc=` says (a permalink
 * works under any document filter, as the detail page does).
 */
export const commitmentValueWidget: ItemWidget = {
  find: (data, commitmentId, { t, lang }) => {
    const row = data.knownRows.find((r) => r.commitment.id === commitmentId)
    if (!row) return null
    const title = localized(lang, row.commitment.title, row.commitment.titleEn)
    return {
      title: `${t('detail.chart.title')} · ${title}`,
      route: paths.commitment(row.commitment.id),
      documents: row.document ? [row.document] : [],
      newestEvidence: row.newestEvidenceDate,
      raise: 2,
      render: () => <ValueChartSection row={row} />,
    }
  },
}
