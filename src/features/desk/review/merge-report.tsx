import { useEffect } from 'react'
import type { DraftConflict, ServerChange } from '../../../domain/draft/replay-draft'
import { describeError } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { deskLetterName } from '../letter-name'
import type { Desk } from '../use-desk'
import { ConflictChoice } from './conflict-choice'

/**
 * How the draft sits on the data as published now: what colleagues published since it began
 * (kept), and each place both changed differently, for the official to decide. The published
 * files are read again when the review opens, so this is about the server's files of now.
 */
export function MergeReport({ desk }: { desk: Desk }) {
  const { t, lang } = useI18n()
  const { recheck } = desk
  useEffect(() => {
    void recheck()
  }, [recheck])
  const { replay } = desk
  const letter = (id: string) =>
    deskLetterName(
      replay.snapshot.datasets.find((dataset) => dataset.entry.id === id)?.document,
      id,
      t,
      lang,
    )
  const where = (conflict: DraftConflict) =>
    t('desk.merge.conflictWhere', {
      letter: letter(conflict.datasetId),
      file: t(`desk.merge.file.${conflict.file}`),
      id: conflict.itemId,
    })
  const undecided = replay.conflicts.filter((conflict) => !conflict.choice).length
  const quiet =
    replay.serverChanges.length === 0 &&
    replay.conflicts.length === 0 &&
    replay.migrationGaps.length === 0 &&
    replay.missingLetters.length === 0 &&
    !desk.draft.migration
  return (
    <section className="desk-panel" aria-labelledby="desk-merge-heading">
      <h2 id="desk-merge-heading">{t('desk.merge.heading')}</h2>
      <p className="desk-hint">{t('desk.merge.intro')}</p>
      <p className="desk-actions" aria-live="polite">
        {desk.rechecking ? (
          <span>{t('desk.merge.checking')}</span>
        ) : (
          <button type="button" onClick={() => void recheck()}>
            {t('desk.merge.recheck')}
          </button>
        )}
      </p>
      {desk.recheckError != null && (
        <p role="alert" className="desk-problems">
          {t('desk.merge.checkFailed', { problem: describeError(desk.recheckError, t) })}
        </p>
      )}
      {quiet && <p>{t('desk.merge.unchanged')}</p>}
      {desk.draft.migration && <p className="desk-note">{t('desk.merge.migrated')}</p>}
      {replay.serverChanges.length > 0 && (
        <>
          <h3>{t('desk.merge.serverHeading')}</h3>
          <ul className="desk-merge-server">
            {replay.serverChanges.flatMap((change) => serverLines(change, letter, t))}
          </ul>
        </>
      )}
      {(replay.migrationGaps.length > 0 || replay.missingLetters.length > 0) && (
        <ul className="desk-merge-server">
          {replay.migrationGaps.map((gap) => (
            <li key={`${gap.datasetId}-${gap.file}`}>
              {t('desk.merge.migrationGap', {
                letter: letter(gap.datasetId),
                count: gap.ids.length,
                file: t(`desk.merge.file.${gap.file}`),
                ids: gap.ids.join('、'),
              })}
            </li>
          ))}
          {replay.missingLetters.map((gone) => (
            <li key={gone.datasetId}>
              {t('desk.merge.letterGone', { letter: gone.datasetId, count: gone.edits })}
            </li>
          ))}
        </ul>
      )}
      {replay.conflicts.length > 0 && (
        <>
          <h3>{t('desk.merge.conflictsHeading')}</h3>
          <p>{t('desk.merge.conflictsIntro')}</p>
          <p role="status" className={undecided > 0 ? 'desk-problems' : 'desk-ok'}>
            {undecided > 0
              ? t('desk.merge.undecided', { count: undecided })
              : t('desk.merge.allDecided', { count: replay.conflicts.length })}
          </p>
          {replay.conflicts.map((conflict) => (
            <ConflictChoice
              key={conflict.key}
              desk={desk}
              conflict={conflict}
              where={where(conflict)}
            />
          ))}
        </>
      )}
    </section>
  )
}

function serverLines(
  change: ServerChange,
  letter: (id: string) => string,
  t: ReturnType<typeof useI18n>['t'],
) {
  return (['added', 'changed', 'removed'] as const).flatMap((how) => {
    const count = change[how].length
    if (count === 0) return []
    const key = `desk.merge.${how}.${change.file}` as MessageKey
    return [
      <li
        key={`${change.path}-${how}`}
        data-server-change={`${change.datasetId}:${change.file}:${how}`}
      >
        {t(key, { letter: letter(change.datasetId), count })}
      </li>,
    ]
  })
}
