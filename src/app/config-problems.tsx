import { useRuntimeConfig } from '../lib/config/config-context'
import { describeConfigIssue } from '../lib/config/describe-config-issue'
import { useI18n } from '../lib/i18n/i18n-context'

/**
 * What is wrong with config.json, each problem naming its field, for the administrator who just
 * edited it. The app runs on the defaults for those fields meanwhile.
 */
export function ConfigProblems() {
  const { t } = useI18n()
  const { issues } = useRuntimeConfig()
  if (issues.length === 0) return null
  return (
    <div className="config-problems" role="alert">
      <p className="config-problems-title">
        {t('config.problems.title', { count: issues.length })}
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i} data-config-field={issue.field || undefined}>
            {describeConfigIssue(issue, t)}
          </li>
        ))}
      </ul>
    </div>
  )
}
