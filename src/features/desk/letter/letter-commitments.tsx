import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'

/** The letter's commitments so far; those added in this draft can be removed again. */
export function LetterCommitments({
  commitments,
  publishedIds,
  onEdit,
  onRemove,
}: {
  commitments: JsonObject[]
  publishedIds: ReadonlySet<string>
  onEdit: (commitment: JsonObject) => void
  onRemove: (id: string) => void
}) {
  const { t } = useI18n()
  return (
    <section className="desk-panel" aria-labelledby="desk-letter-commitments-heading">
      <h2 id="desk-letter-commitments-heading">
        {t('desk.letter.commitments', { count: commitments.length })}
      </h2>
      {commitments.length === 0 ? (
        <p>{t('desk.letter.noCommitments')}</p>
      ) : (
        <ul className="desk-commitment-list">
          {commitments.map((commitment) => {
            const id = idOf(commitment)
            return (
              <li key={id} data-commitment-id={id}>
                <p>
                  <span className="desk-badge">
                    {t(`kind.${String(commitment.kind)}` as MessageKey)}
                  </span>{' '}
                  <strong>{String(commitment.title ?? id)}</strong>{' '}
                  {!publishedIds.has(id) && (
                    <span className="desk-badge">{t('desk.badge.draft')}</span>
                  )}
                </p>
                <p className="desk-id">{id}</p>
                <p className="desk-actions">
                  <button
                    type="button"
                    onClick={() => onEdit(commitment)}
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
