import { useMemo } from 'react'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { RaiseHeadings } from '../../../lib/ui/heading'
import { ViewDates } from '../../../lib/ui/view-dates'
import { buildFundingModel } from '../funding-model'
import { FundingGapSection } from './funding-gap-section'
import { FundingLinesTable } from './funding-lines-table'
import { FundingSplitSection } from './funding-split-section'
import { FundingStagesSection } from './funding-stages-section'
import { FundingTargetSection } from './funding-target-section'
import { FundingTotalsTable } from './funding-totals-table'
import './funding.css'

/** `#/funding`: every sum of money, how far it got (pledged → allocated → paid) and the evidence. */
export function FundingPage() {
  const { t } = useI18n()
  const data = useDashboard()
  const model = useMemo(() => buildFundingModel(data.visible, data.asOf), [data.visible, data.asOf])
  return (
    <DataGate data={data}>
      <div className="funding-page">
        <h1>{t('funding.title')}</h1>
        {/* The view date and how current the data is, never one for the other. */}
        <ViewDates
          asOf={data.asOf}
          newestEvidence={data.newestEvidence}
          className="as-of-line view-dates"
        />
        <p className="funding-intro">{t('funding.intro')}</p>
        {model.lines.length === 0 ? (
          <p>{t('funding.empty')}</p>
        ) : (
          <>
            {/* The first chart stands directly under the page title: its title is an h2. */}
            <RaiseHeadings by={1}>
              <FundingStagesSection model={model} />
            </RaiseHeadings>
            <ErrorBoundary>
              <FundingSplitSection model={model} />
            </ErrorBoundary>
            <ErrorBoundary>
              <FundingGapSection model={model} />
            </ErrorBoundary>
            <ErrorBoundary>
              <FundingTargetSection model={model} />
            </ErrorBoundary>
            <ErrorBoundary>
              <FundingTotalsTable model={model} />
            </ErrorBoundary>
            <ErrorBoundary>
              <FundingLinesTable model={model} />
            </ErrorBoundary>
          </>
        )}
      </div>
    </DataGate>
  )
}
