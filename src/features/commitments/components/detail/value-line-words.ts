import { formatValue } from '../../../../domain/figure-format'
import { describeDerivation } from '../../../../lib/format/describe-assessment'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import type { ValuePoint, ValueSeries } from './value-points'

export interface LineWords {
  /** The name of each line: "数值" for one, the reading ("不计入基数 12") for two. */
  names: string[]
  /** A point's value, with its arithmetic when the source does not state it. */
  value: (point: ValuePoint) => string
}

/** The words of the value chart's lines and points, for its legend, table and summary. */
export function useLineWords(series: ValueSeries | null): LineWords | null {
  const { t, lang } = useI18n()
  if (!series) return null
  const unit = series.figure
  const baseline = series.baseline === null ? '' : formatValue(series.baseline, unit, lang)
  const names =
    series.lines.length === 1
      ? [t('detail.chart.value')]
      : series.lines.map((line) =>
          line.basis === 'as-reported'
            ? t('detail.chart.value')
            : t(`detail.chart.basis.${line.basis}`, { baseline }),
        )
  const value = (point: ValuePoint) => {
    const figure = formatValue(point.value, unit, lang)
    return point.reading?.derived
      ? t('detail.chart.derived', {
          value: figure,
          derivation: describeDerivation(point.reading, unit, t, lang),
        })
      : figure
  }
  return { names, value }
}
