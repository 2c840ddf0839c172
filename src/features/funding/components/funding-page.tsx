import { startTransition, useEffect, useState } from 'react'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { afterNextPaint } from '../../../lib/ui/after-next-paint'
import { ViewDates } from '../../../lib/ui/view-dates'
import { viewBodies } from '../funding-model'
import { FundingBodySection } from './funding-body-section'
import './funding.css'

/**
 * `#/funding`: every sum of money, how far it got (pledged → allocated → paid) and the evidence,
 * one section per responding body. Two bodies' amounts are never added up or drawn as one.
 */
export function FundingPage() {
  const { t } = useI18n()
  const data = useDashboard()
  // The model's own copy, kept per letters and day: the page visited again shows it at once.
  const bodies = viewBodies(data)
  const shown = useBodiesShown(bodies.length)
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
        {bodies.length === 0 ? (
          <p>{t('funding.empty')}</p>
        ) : (
          <>
            {bodies.length > 1 && (
              <p className="note funding-bodies-note">{t('funding.bodies.note')}</p>
            )}
            {bodies.slice(0, shown).map((body) => (
              <ErrorBoundary key={body.key}>
                <FundingBodySection body={body} only={bodies.length === 1} />
              </ErrorBoundary>
            ))}
          </>
        )}
      </div>
    </DataGate>
  )
}

/**
 * How many bodies to draw now: the first at once, then one more after each paint. A province's
 * dozen departments each bring charts and long lists; drawn in one commit, the page would freeze
 * before anything shows. Every body is drawn in the end.
 */
function useBodiesShown(total: number): number {
  const [count, setCount] = useState(1)
  useEffect(() => {
    if (count >= total) return
    return afterNextPaint(() => startTransition(() => setCount((n) => n + 1)))
  }, [count, total])
  return Math.min(count, total)
}
