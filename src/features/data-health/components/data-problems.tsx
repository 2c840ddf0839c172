import type { DataIssue } from '../../../lib/data/data-error'
import type { FileFailure } from '../../../lib/data/use-tracker-data'
import { describeError, describeIssue } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'

/**
 * Lists every problem found in the data: which file, which JSON path, what is wrong. Shown above
 * the content, which still displays everything valid.
 */
export function DataProblems({
  issues,
  failures,
}: {
  issues: DataIssue[]
  failures: FileFailure[]
}) {
  const { t } = useI18n()
  const count = issues.length + failures.length
  if (count === 0) return null
  return (
    <section className="data-problems" role="alert" aria-live="polite">
      <h2>{t('error.issues.title', { count })}</h2>
      <ul>
        {failures.map((failure, i) => (
          <li key={`failure-${i}`}>
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
  )
}
