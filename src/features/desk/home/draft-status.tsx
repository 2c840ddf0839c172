import { downloadText, JSON_TYPE } from '../../../lib/export/download'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ConfirmButton } from '../form/confirm-button'
import type { Desk } from '../use-desk'
import { describeDraftProblem } from './draft-problem'

/**
 * Where the draft is kept and whether the last save worked. A stored draft that cannot be read
 * is never thrown away silently: the official can save its text or discard it.
 */
export function DraftStatus({ desk }: { desk: Desk }) {
  const { t } = useI18n()
  const { state, store } = desk
  if (state.corrupt) {
    const { raw, problem } = state.corrupt
    return (
      <div className="desk-status desk-status-bad" role="alert">
        <p>{t('desk.status.corrupt', { problem: describeDraftProblem(problem, t) })}</p>
        <p className="desk-actions">
          <button
            type="button"
            onClick={() => downloadText(raw, 'draft-unreadable.json', JSON_TYPE)}
          >
            {t('desk.status.exportRaw')}
          </button>{' '}
          <ConfirmButton
            label={t('desk.status.discardCorrupt')}
            question={t('desk.discard.question')}
            confirmLabel={t('desk.discard.confirm')}
            onConfirm={store.discard}
          />
        </p>
      </div>
    )
  }
  if (state.saveError) {
    return (
      <p className="desk-status desk-status-bad" role="alert">
        {t(state.saveError === 'quota' ? 'desk.status.quota' : 'desk.status.unavailable')}
      </p>
    )
  }
  return (
    <p className="desk-status">
      {state.pending ? t('desk.status.saving') : t('desk.status.saved')}
    </p>
  )
}
