import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import { formatYuan } from '../../../domain/money'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'

/**
 * The letter's commitments so far; those added in this draft can be removed again. A money
 * commitment can become a funding line, and lists the lines it already has.
 */
export function LetterCommitments({
  commitments,
  publishedIds,
  lines,
  onEdit,
  onRemove,
  onFund,
}: {
  commitments: JsonObject[]
  publishedIds: ReadonlySet<string>
  /** The letter's funding lines. */
  lines: JsonObject[]
  onEdit: (commitment: JsonObject) => void
  onRemove: (id: string) => void
  onFund: (commitment: JsonObject) => void
}) {
  const { t, lang } = useI18n()
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
            const money = (commitment.figure as JsonObject | undefined)?.unit === 'yuan'
            const own = lines.filter((line) =>
              (line.commitmentIds as unknown[] | undefined)?.includes(id),
            )
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
                {own.length > 0 && (
                  <ul className="desk-line-list">
                    {own.map((line) => (
                      <li key={idOf(line)} data-line-id={idOf(line)}>
                        {t('desk.funding.line', {
                          label: String(line.label ?? idOf(line)),
                          source: t(`desk.fundSource.${String(line.fundSource)}` as MessageKey),
                          entries: entriesText(line, t, lang),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="desk-actions">
                  {money && (
                    <button
                      type="button"
                      onClick={() => onFund(commitment)}
                      aria-label={t('desk.funding.makeLabel', { id })}
                    >
                      {t('desk.funding.make')}
                    </button>
                  )}
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

/** "承诺 ¥12万元" for each entry of a line. */
function entriesText(
  line: JsonObject,
  t: ReturnType<typeof useI18n>['t'],
  lang: ReturnType<typeof useI18n>['lang'],
): string {
  const entries = Array.isArray(line.entries) ? (line.entries as JsonObject[]) : []
  return entries
    .map((entry) =>
      [
        t(`desk.stage.${String(entry.stage)}` as MessageKey),
        typeof entry.amount === 'number' ? formatYuan(entry.amount, lang) : '',
      ].join(' '),
    )
    .join(';')
}
