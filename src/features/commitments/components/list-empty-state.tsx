import { useI18n } from '../../../lib/i18n/i18n-context'

/** Nothing matches: say so plainly and offer the one action that always helps. */
export function ListEmptyState({ onClear }: { onClear: (() => void) | undefined }) {
  const { t } = useI18n()
  return (
    <div className="list-empty">
      <h2>{t('list.empty.title')}</h2>
      {onClear && (
        <>
          <p>{t('list.empty.body')}</p>
          <button type="button" className="list-clear" onClick={onClear}>
            {t('list.clear')}
          </button>
        </>
      )}
    </div>
  )
}
