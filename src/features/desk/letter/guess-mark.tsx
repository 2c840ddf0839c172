import { useI18n } from '../../../lib/i18n/i18n-context'

/**
 * Beside a field the reader filled from the letter's text: it is a guess until the official
 * confirms it (as read, or after correcting it) or clears it.
 */
export function GuessMark({
  field,
  onConfirm,
  onClear,
}: {
  /** The field's label, so each button says which field it acts on. */
  field: string
  onConfirm: () => void
  onClear: () => void
}) {
  const { t } = useI18n()
  return (
    <p className="desk-guess">
      <span className="desk-badge">{t('desk.letter.guess.badge')}</span>{' '}
      {t('desk.letter.guess.hint')}{' '}
      <button
        type="button"
        onClick={onConfirm}
        aria-label={t('desk.letter.guess.confirmLabel', { field })}
      >
        {t('desk.letter.guess.confirm')}
      </button>{' '}
      <button
        type="button"
        onClick={onClear}
        aria-label={t('desk.letter.guess.clearLabel', { field })}
      >
        {t('desk.letter.guess.clear')}
      </button>
    </p>
  )
}
