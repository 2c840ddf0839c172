import './assessment.css'
import type { Assessment } from '../../../domain/assessment/assess'
import { describeFreshness } from '../../format/describe-assessment'
import { useI18n } from '../../i18n/i18n-context'

/**
 * How long an open commitment has gone without news, shown alike for every open commitment
 * (with evidence or not): a fact beside the status, never a status. Nothing for closed ones.
 */
export function FreshnessNote({ row }: { row: Pick<Assessment, 'freshness'> }) {
  const { t, lang } = useI18n()
  if (!row.freshness) return null
  return (
    <span
      className={`freshness${row.freshness.quiet ? ' freshness-quiet' : ''}`}
      data-field="freshness"
      data-days={row.freshness.days}
    >
      {describeFreshness(row.freshness, t, lang)}
    </span>
  )
}
