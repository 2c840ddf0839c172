import { rowsOfLetter } from '../../../lib/data/rows-by-letter'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { ViewDates } from '../../../lib/ui/view-dates'
import { AtAGlance } from './glance/at-a-glance'
import { HeadlineTargets } from './headline-targets'
import { HeadlineTimeline } from './headline-timeline'
import { LetterLine } from './letter-line'
import { NotYetKnown } from './not-yet-known'

/**
 * Letters shown in full (letter line and headline cards). A province's intranet holds hundreds:
 * beyond these the overview sums them up below and links to the list of all letters, where one
 * can be chosen (the document switcher shows any one letter in full here).
 */
const EXPANDED_LETTERS = 5

export function OverviewPage() {
  const { t } = useI18n()
  const { href } = useViewState()
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <h1 className="visually-hidden">{t('nav.overview')}</h1>
      {/* The view date and how current the data is, never one for the other. */}
      <ViewDates
        asOf={data.asOf}
        newestEvidence={data.newestEvidence}
        className="as-of-line view-dates"
      />
      <NotYetKnown data={data} />
      {/* Before the first letter nothing is known: no panel of zeros, the note says why. */}
      {data.known.length > 0 && (
        <>
          <AtAGlance data={data} />
          <ErrorBoundary>
            <HeadlineTimeline data={data} />
          </ErrorBoundary>
        </>
      )}
      {data.visible.slice(0, EXPANDED_LETTERS).map((dataset) => (
        <section key={dataset.entry.id} className="dataset" data-dataset-id={dataset.entry.id}>
          <ErrorBoundary>
            {dataset.document ? (
              <LetterLine document={dataset.document} />
            ) : (
              <p>{t('document.missing')}</p>
            )}
          </ErrorBoundary>
          <HeadlineTargets
            datasetId={dataset.entry.id}
            rows={rowsOfLetter(data.rows, dataset.entry.id)}
          />
        </section>
      ))}
      {data.visible.length > EXPANDED_LETTERS && (
        <p className="overview-more-letters">
          {t('overview.moreLetters', { count: data.visible.length - EXPANDED_LETTERS })}{' '}
          <a href={href(paths.documents())}>{t('overview.moreLetters.link')}</a>
        </p>
      )}
    </DataGate>
  )
}
