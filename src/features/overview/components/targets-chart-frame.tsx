import { formatFigure, formatPercent, formatValue } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import { ChartFrame, type ChartTable } from '../../../lib/chart/chart-frame'
import { derivedFrom } from '../../../lib/collections/derived-from'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeReading } from '../../../lib/format/describe-assessment'
import { describeLetterName } from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Translate } from '../../../lib/i18n/translate'
import type { Language } from '../../../domain/language'
import type { ReadingBasis } from '../../../domain/assessment/readings'
import TargetProgressChart, { type ProgressRow } from './target-progress-chart'

/**
 * The `targets` widget: progress toward each headline target of one letter, as bars and as a
 * table, read from each row's assessment. A target whose baseline may or may not count gets both
 * readings, each labelled with its basis, and no percent. Shown under the headline figures and
 * on its own as an embed (`?embed=targets`). Renders nothing when the letter has no headline
 * targets. With `limit`, the chart draws that many (the table still lists every target, and a
 * note says how many are drawn): at a thousand letters, thousands of bars were tens of thousands
 * of SVG elements on the first screen, and no one reads a chart that long.
 */
export function TargetsChartFrame({
  rows,
  limit = Infinity,
}: {
  rows: readonly CommitmentRow[]
  limit?: number
}) {
  const { t, lang } = useI18n()
  const chart = targetsCharts(
    rows,
    `${lang}\u0000${limit}`,
    () => targetsChart(rows, limit, t, lang),
    t,
  )
  if (!chart) return null
  const { targets, drawn, chartRows, anyTwo, table } = chart
  return (
    <ChartFrame
      id="targets"
      title={t('chart.progress.title')}
      summary={
        anyTwo
          ? `${t('chart.progress.summary')} ${t('overview.chart.twoReadings')}`
          : t('chart.progress.summary')
      }
      table={table}
    >
      {drawn.length < targets.length && (
        <p className="chart-note">
          {t('chart.progress.capped', { shown: drawn.length, count: targets.length })}
        </p>
      )}
      <TargetProgressChart rows={chartRows} />
    </ChartFrame>
  )
}

interface TargetsChart {
  targets: CommitmentRow[]
  drawn: CommitmentRow[]
  chartRows: ProgressRow[]
  anyTwo: boolean
  table: ChartTable
}

/**
 * The chart's bars and its table, once per rows array, language and limit: the table lists every
 * target (three thousand at a province's scale), each figure written out in words.
 */
const targetsCharts = derivedFrom<readonly CommitmentRow[], TargetsChart | null>()

function targetsChart(
  rows: readonly CommitmentRow[],
  limit: number,
  t: Translate,
  lang: Language,
): TargetsChart | null {
  const targets = rows.filter((row) => row.commitment.headline && row.kind === 'target')
  if (targets.length === 0) return null
  const drawn = targets.length > limit ? targets.slice(0, limit) : targets
  // Targets of several letters share the chart; the table then says whose each one is.
  const several = new Set(targets.map((row) => row.datasetId)).size > 1
  const letterOf = (row: CommitmentRow) =>
    row.document ? describeLetterName(row.document, t, lang) : row.datasetId
  const chartRows: ProgressRow[] = drawn.map((row) => {
    const { progress, commitment } = row
    const label = localized(lang, commitment.title, commitment.titleEn)
    if (!progress) return { id: commitment.id, label, bars: null }
    const unit = progress.target
    const single = progress.percent !== null
    return {
      id: commitment.id,
      label,
      bars: progress.readings.map((reading) => ({
        basis: reading.basis,
        percent: Math.round(reading.fraction * 1000) / 10,
        // One reading: its percent. Two: each says what it counts, and neither is a percent.
        text: single
          ? formatPercent(reading.fraction, lang)
          : `${t(basisKey(reading.basis))} ${t('assessment.reading.ofTarget', {
              value: formatValue(reading.value, unit, lang),
              target: formatValue(progress.target.value, unit, lang),
            })}`,
        ...(single
          ? {}
          : {
              short: t(shortKey(reading.basis), {
                value: formatValue(reading.value, unit, lang),
                target: formatValue(progress.target.value, unit, lang),
              }),
            }),
      })),
    }
  })
  const anyTwo = targets.some((row) => (row.progress?.readings.length ?? 0) > 1)
  const table: ChartTable = {
    columns: [
      ...(several ? [t('overview.chart.letter')] : []),
      t('chart.table.item'),
      t('chart.table.target'),
      t('chart.table.latest'),
      t('chart.table.percent'),
    ],
    rows: targets.map((row) => {
      const { progress, commitment } = row
      const title = localized(lang, commitment.title, commitment.titleEn)
      const figure = commitment.kind === 'target' ? formatFigure(commitment.figure, lang) : ''
      const letter = several ? [letterOf(row)] : []
      if (!progress) return [...letter, title, figure, t('assessment.progress.none'), '—']
      return [
        ...letter,
        title,
        figure,
        progress.readings
          .map((reading) => describeReading(reading, progress, commitment, t, lang))
          .join(lang === 'en' ? '; ' : ';'),
        progress.percent !== null
          ? formatPercent(progress.percent, lang)
          : t('overview.chart.twoReadingsPercent'),
      ]
    }),
  }
  return { targets, drawn, chartRows, anyTwo, table }
}

/** Two readings are always "not counting" and "counting" the baseline. */
function shortKey(basis: ReadingBasis) {
  return basis === 'including-baseline'
    ? 'overview.chart.short.including-baseline'
    : 'overview.chart.short.excluding-baseline'
}

function basisKey(basis: ReadingBasis) {
  return basis === 'including-baseline'
    ? 'overview.chart.reading.including-baseline'
    : 'overview.chart.reading.excluding-baseline'
}
