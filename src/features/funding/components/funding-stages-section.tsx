import { lazy, Suspense } from 'react'
import { FUNDING_STAGES, latestStageAmounts } from '../../../domain/funding'
import { localized } from '../../../domain/language'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { formatAmount, type FundingModel } from '../funding-model'
import type { StageRow } from './funding-stages-chart'
import { CHARTED_LINES, largestLines } from './largest-lines'
import { WhenVisible } from '../../../lib/ui/when-visible'

// recharts stays out of the first-screen bundle: the table and summary render before it arrives.
const FundingStagesChart = lazy(() => import('./funding-stages-chart'))

/** Pledged vs allocated vs disbursed for every funding line, as bars and as a table. */
export function FundingStagesSection({ model }: { model: FundingModel }) {
  const { t, lang } = useI18n()
  const rows: StageRow[] = model.lines.map((line) => {
    const latest = latestStageAmounts(line, model.context)
    const stages: StageRow['stages'] = {}
    for (const stage of FUNDING_STAGES) {
      const dated = latest[stage]
      if (dated) {
        const { amount, comparator, asWritten } = dated.entry
        stages[stage] = { amount, comparator, asWritten }
      }
    }
    return { id: line.id, label: localized(lang, line.label, line.labelEn), stages }
  })
  const charted = largestLines(rows, CHARTED_LINES)
  const withStage = (stage: (typeof FUNDING_STAGES)[number]) =>
    rows.filter((row) => row.stages[stage]).length
  return (
    <ErrorBoundary>
      <ChartFrame
        id="funding-stages"
        title={t('funding.stages.title')}
        summary={t('funding.stages.summary', {
          lines: rows.length,
          pledged: withStage('pledged'),
          allocated: withStage('allocated'),
          disbursed: withStage('disbursed'),
        })}
        table={{
          columns: [
            t('funding.stages.line'),
            ...FUNDING_STAGES.map((stage) => t(`funding.stage.${stage}`)),
          ],
          rows: rows.map((row) => [
            row.label,
            ...FUNDING_STAGES.map((stage) => {
              const bar = row.stages[stage]
              return bar
                ? t('funding.amountWithSource', {
                    amount: formatAmount(bar.amount, bar.comparator, lang),
                    asWritten: bar.asWritten,
                  })
                : t('funding.noEvidence')
            }),
          ]),
        }}
      >
        {charted.length < rows.length && (
          <p className="chart-note">
            {t('funding.stages.charted', { shown: charted.length, total: rows.length })}
          </p>
        )}
        <WhenVisible minHeight={charted.length * 76 + 48}>
          <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
            <FundingStagesChart rows={charted} />
          </Suspense>
        </WhenVisible>
      </ChartFrame>
    </ErrorBoundary>
  )
}
