import { formatFigure, formatPercent, formatValue } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import { targetProgress } from '../../../domain/target'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import type { Dataset } from '../../../lib/data/assemble'
import { useI18n } from '../../../lib/i18n/i18n-context'
import TargetProgressChart, { type ProgressRow } from './target-progress-chart'

/**
 * The `targets` widget: progress toward each headline target of one letter, as bars and as a
 * table. Shown under the headline figures and on its own as an embed (`?embed=targets`).
 * Renders nothing when the letter has no headline targets.
 */
export function TargetsChartFrame({ dataset, asOf }: { dataset: Dataset; asOf: string }) {
  const { t, lang } = useI18n()
  const targets = dataset.commitments.flatMap((c) => (c.headline && c.kind === 'target' ? [c] : []))
  if (targets.length === 0) return null
  const progress = targets.map((c) => ({
    commitment: c,
    progress: targetProgress(c, dataset.updates, asOf),
  }))
  const rows: ProgressRow[] = progress.map(({ commitment, progress: p }) => ({
    id: commitment.id,
    label: localized(lang, commitment.title, commitment.titleEn),
    percent: p.state === 'no-evidence' ? null : Math.round(p.fraction * 1000) / 10,
  }))
  return (
    <ChartFrame
      id="targets"
      title={t('chart.progress.title')}
      summary={t('chart.progress.summary')}
      table={{
        columns: [
          t('chart.table.item'),
          t('chart.table.target'),
          t('chart.table.latest'),
          t('chart.table.percent'),
        ],
        rows: progress.map(({ commitment, progress: p }) => [
          localized(lang, commitment.title, commitment.titleEn),
          formatFigure(commitment.figure, lang),
          p.state === 'no-evidence'
            ? t('state.no-evidence')
            : formatValue(p.value, commitment.figure.unit, lang),
          p.state === 'no-evidence' ? '—' : formatPercent(p.fraction, lang),
        ]),
      }}
    >
      <TargetProgressChart rows={rows} />
    </ChartFrame>
  )
}
