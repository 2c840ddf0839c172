import './assessment.css'
import type { Assessment } from '../../../domain/assessment/assess'
import { describeProgress, describeTwoReadingsWhy } from '../../format/describe-assessment'
import { useI18n } from '../../i18n/i18n-context'

/**
 * The progress of a numeric commitment: one reading with its percent, or two readings and no
 * percent when the data does not say whether the baseline counts. Nothing for promises and
 * results, which have no figure to reach. `data-field="progress"` is read by the cross-surface
 * test.
 */
export function ProgressReadings({
  row,
  explain = false,
}: {
  row: Pick<Assessment, 'kind' | 'progress' | 'commitment'>
  /** Say why there are two readings (detail, report); compact surfaces leave it out. */
  explain?: boolean
}) {
  const { t, lang } = useI18n()
  if (row.kind !== 'target' && row.kind !== 'forecast') return null
  const line = describeProgress(row, t, lang)
  const why = explain ? describeTwoReadingsWhy(row, t, lang) : null
  return (
    <span className="progress-readings">
      <span
        data-field="progress"
        data-readings={row.progress?.readings.length ?? 0}
        className={line ? undefined : 'no-evidence'}
      >
        {line ?? t('assessment.progress.none')}
      </span>
      {why && <span className="progress-readings-why"> {why}</span>}
    </span>
  )
}
