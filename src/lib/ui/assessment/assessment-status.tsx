import './assessment.css'
import type { Assessment } from '../../../domain/assessment/assess'
import { describeKind } from '../../format/describe-assessment'
import { describeStatusReason } from '../../format/describe-status'
import { useI18n } from '../../i18n/i18n-context'
import { StatusBadge } from '../status-badge'

/**
 * A commitment's status as every surface shows it: the badge and its reason, or for a reported
 * result its kind and no badge (a result is not a promise and has nothing to rate).
 * `data-field="status"` is what the cross-surface test reads on every surface.
 */
export function AssessmentStatus({
  row,
  reason = true,
}: {
  row: Pick<Assessment, 'kind' | 'status'>
  /** Compact surfaces (list rows, the timeline) may leave the reason to the detail page. */
  reason?: boolean
}) {
  const { t, lang } = useI18n()
  if (!row.status) {
    return (
      <span className="assessment-status">
        <span className="kind-label kind-result" data-field="status" data-status="none">
          {describeKind(row, t)}
        </span>
      </span>
    )
  }
  return (
    <span className="assessment-status">
      <span data-field="status" data-status={row.status.status}>
        <StatusBadge status={row.status.status} />
      </span>
      {reason && (
        <>
          {' '}
          <span className="status-reason" data-field="reason">
            {describeStatusReason(row.status.reason, t, lang)}
          </span>
        </>
      )}
    </span>
  )
}
