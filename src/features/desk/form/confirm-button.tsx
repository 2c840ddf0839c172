import { useState } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'

/**
 * A button for something that cannot be undone: the first press asks, in place, for a second
 * one (no window.confirm, which some intranet browsers block and screen readers handle poorly).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string
  question: string
  confirmLabel: string
  onConfirm: () => void
}) {
  const { t } = useI18n()
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="desk-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <span className="desk-confirm" role="group" aria-label={label}>
      <span role="alert">{question}</span>{' '}
      <button
        type="button"
        className="desk-danger"
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('desk.cancel')}
      </button>
    </span>
  )
}
