import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import type { MessageKey } from '../../../lib/i18n/translate'
import { useI18n } from '../../../lib/i18n/i18n-context'

/** The commitment's updates so far; a verdict is changed by editing the update that carries it. */
export function UpdateList({
  updates,
  publishedIds,
  onEdit,
  onRemove,
}: {
  updates: JsonObject[]
  publishedIds: ReadonlySet<string>
  onEdit: (id: string) => void
  onRemove: (id: string) => void
}) {
  const { t } = useI18n()
  return (
    <section className="desk-panel" aria-labelledby="desk-updates-heading">
      <h2 id="desk-updates-heading">{t('desk.evidence.updates', { count: updates.length })}</h2>
      {updates.length === 0 ? (
        <p>{t('desk.evidence.noUpdates')}</p>
      ) : (
        <ul className="desk-update-list">
          {updates.map((update) => {
            const id = idOf(update)
            const verdict = update.verdict as { status?: string } | undefined
            return (
              <li key={id}>
                <p>
                  <strong>{String(update.asOf ?? '')}</strong> {String(update.summary ?? '')}
                  {!publishedIds.has(id) && (
                    <span className="desk-badge">{t('desk.badge.draft')}</span>
                  )}
                </p>
                {verdict?.status && (
                  <p>
                    {t('desk.evidence.verdict', {
                      status: t(`status.${verdict.status}` as MessageKey),
                    })}
                  </p>
                )}
                <p className="desk-actions">
                  <button
                    type="button"
                    onClick={() => onEdit(id)}
                    aria-label={t('desk.evidence.editLabel', { id })}
                  >
                    {t('desk.evidence.edit')}
                  </button>
                  {!publishedIds.has(id) && (
                    <button
                      type="button"
                      onClick={() => onRemove(id)}
                      aria-label={t('desk.evidence.removeLabel', { id })}
                    >
                      {t('desk.evidence.remove')}
                    </button>
                  )}
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
