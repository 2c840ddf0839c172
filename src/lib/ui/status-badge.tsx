import type { Status } from '../../domain/status'
import { useI18n } from '../i18n/i18n-context'

/** Shapes carry the status as well as colour and text, for colour-blind readers and print. */
const SHAPES: Record<Status, string> = {
  kept: '●',
  'partly-kept': '◑',
  'in-progress': '▶',
  stalled: '‖',
  broken: '✕',
  'not-rated': '?',
}

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n()
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span aria-hidden="true" className="status-shape">
        {SHAPES[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  )
}
