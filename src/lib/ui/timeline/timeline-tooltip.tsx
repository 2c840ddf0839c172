import type { TimelineDatum } from './timeline-layer'
import { useI18n } from '../../i18n/i18n-context'
import { formatDate } from '../../../domain/dates'

interface TooltipProps {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
}

/** The hovered row in words: the same words as its line in the table. */
export function TimelineTooltip({ active, payload }: TooltipProps) {
  const { t, lang } = useI18n()
  const datum = payload?.[0]?.payload as TimelineDatum | undefined
  if (!active || !datum) return null
  const { row, words } = datum
  const colon = lang === 'en' ? ': ' : ':'
  return (
    <div className="timeline-tooltip">
      <p className="timeline-tooltip-title">{words.title}</p>
      <p>{words.status}</p>
      <p>{`${t('timeline.col.letter')}${colon}${words.letter}`}</p>
      <p>
        {`${t('timeline.col.deadline')}${colon}`}
        {row.openEnded
          ? t('timeline.openEndedBar', { date: formatDate(row.end, lang) })
          : words.deadline}
      </p>
      <p>
        {row.markers.length > 0
          ? `${t('timeline.tooltip.evidence', { count: row.markers.length })}${colon}${words.evidenceShort}`
          : words.evidence}
      </p>
    </div>
  )
}
