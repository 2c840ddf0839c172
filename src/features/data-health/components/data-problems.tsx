import type { DataIssue } from '../../../lib/data/data-error'
import { useTrackerData, type FileFailure } from '../../../lib/data/use-tracker-data'
import { describeError, describeIssue } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { QuoteProblems } from './quote-problems'
import { StaleDataNotice } from './stale-data-notice'
import './data-health.css'

/**
 * Lists every problem found in the data: which file, which JSON path, what is wrong; and every
 * commitment whose quote is not in its letter. Shown above the content, which still displays
 * everything valid. Files that merely failed to refresh are not "problems": their last good copy
 * stays on screen under a notice saying how old it is.
 */
export function DataProblems({
  issues,
  failures,
}: {
  issues: DataIssue[]
  failures: FileFailure[]
}) {
  const { t } = useI18n()
  // Cached queries: this reads the same data as the page, it fetches nothing more.
  const { stale, refetchAll } = useTrackerData()
  const unusable = failures.filter((failure) => !failure.hasData)
  const count = issues.length + unusable.length
  return (
    <>
      {stale && (
        <StaleDataNotice
          stale={stale}
          failed={failures.filter((failure) => failure.hasData)}
          onRetry={refetchAll}
        />
      )}
      {count > 0 && (
        <section className="data-problems" role="alert" aria-live="polite">
          <h2>{t('error.issues.title', { count })}</h2>
          <ul>
            {unusable.map((failure) => (
              <li key={`failure-${failure.datasetId}-${failure.file}`}>
                {describeError(failure.error, t)}{' '}
                <button type="button" onClick={failure.retry}>
                  {t('error.retry')}
                </button>
              </li>
            ))}
            {issues.map((issue, i) => (
              <li key={`issue-${i}`} className={`issue-${issue.severity}`}>
                {describeIssue(issue, t)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <QuoteProblems />
    </>
  )
}
