import { lazy, Suspense } from 'react'
import {
  ALL_FUNDING_STAGES,
  FUNDING_STAGES,
  latestStageAmounts,
  STATED_NEED_STAGES,
} from '../../../domain/funding'
import { localized } from '../../../domain/language'
import type { FundingStage } from '../../../domain/schema/funding'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { formatAmount, type FundingModel } from '../funding-model'
import { stageBarsHeight } from './chart-style'
import type { StageRow } from './funding-stages-chart'
import { CHARTED_LINES, largestLines } from './largest-lines'
import { WhenVisible } from '../../../lib/ui/when-visible'

// recharts stays out of the first-screen bundle: the table and summary render before it arrives.
const FundingStagesChart = lazy(() => import('./funding-stages-chart'))

/**
 * Pledged vs allocated vs disbursed for every funding line, as bars and as a table. A stated need
 * or unfunded remainder gets its own bar and column, only where some line states one, and is
 * never added to the three stages of money that moves.
 */
export function FundingStagesSection({
  model,
  chartId = 'funding-stages',
}: {
  model: FundingModel
  /** `funding-stages` for the view's only body; one id per body when there are several. */
  chartId?: string
}) {
  const { t, lang } = useI18n()
  const rows: StageRow[] = model.lines.map((line) => {
    const latest = latestStageAmounts(line, model.context)
    const stages: StageRow['stages'] = {}
    for (const stage of ALL_FUNDING_STAGES) {
      const dated = latest[stage]
      if (dated) {
        const { amount, comparator, asWritten } = dated.entry
        stages[stage] = { amount, comparator, asWritten }
      }
    }
    return { id: line.id, label: localized(lang, line.label, line.labelEn), stages }
  })
  const withStage = (stage: FundingStage) => rows.filter((row) => row.stages[stage]).length
  // The three stages of money always (a missing one says "no evidence"); a need only if stated.
  const apart = STATED_NEED_STAGES.filter((stage) => withStage(stage) > 0)
  const stages: FundingStage[] = [...FUNDING_STAGES, ...apart]
  const charted = largestLines(rows, CHARTED_LINES)
  const summary = t('funding.stages.summary', {
    lines: rows.length,
    pledged: withStage('pledged'),
    allocated: withStage('allocated'),
    disbursed: withStage('disbursed'),
  })
  return (
    <ErrorBoundary>
      <ChartFrame
        id={chartId}
        title={t('funding.stages.title')}
        summary={
          apart.length === 0
            ? summary
            : `${summary}${lang === 'en' ? ' ' : ''}${t('funding.stages.summaryApart', {
                needed: withStage('needed'),
                unfunded: withStage('unfunded'),
              })}`
        }
        table={{
          columns: [
            t('funding.stages.line'),
            ...stages.map((stage) => t(`funding.stage.${stage}`)),
          ],
          rows: rows.map((row) => [
            row.label,
            ...stages.map((stage) => {
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
        {apart.length > 0 && (
          <p className="chart-note funding-apart-note">{t('funding.apartNote')}</p>
        )}
        <WhenVisible minHeight={stageBarsHeight(charted.length, stages.length)}>
          <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
            <FundingStagesChart rows={charted} stages={stages} />
          </Suspense>
        </WhenVisible>
      </ChartFrame>
    </ErrorBoundary>
  )
}
