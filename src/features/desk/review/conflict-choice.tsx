import { resolveConflict } from '../../../domain/draft/draft-edits'
import type { DraftConflict } from '../../../domain/draft/replay-draft'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Desk } from '../use-desk'
import { mergeValueText } from './merge-value'

/** One conflict: both versions side by side, and the official's choice of which one stays. */
export function ConflictChoice({
  desk,
  conflict,
  where,
}: {
  desk: Desk
  conflict: DraftConflict
  where: string
}) {
  const { t } = useI18n()
  const name = `desk-conflict-${conflict.key}`
  const choose = (choice: 'mine' | 'theirs') =>
    desk.edit((_, draft) => resolveConflict(draft, conflict.key, choice))
  const part =
    conflict.path.length === 0
      ? t('desk.merge.conflictWhole')
      : t('desk.merge.conflictField', { field: conflict.path.join(' › ') })
  return (
    <fieldset
      className={`desk-conflict${conflict.choice ? ' is-decided' : ''}`}
      data-conflict-key={conflict.key}
    >
      <legend>
        {where} · {part}
      </legend>
      <div className="desk-conflict-sides">
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className="desk-conflict-side">
            <span className="desk-conflict-choice">
              <input
                type="radio"
                name={name}
                checked={conflict.choice === side}
                onChange={() => choose(side)}
              />{' '}
              {t(side === 'mine' ? 'desk.merge.keepMine' : 'desk.merge.keepTheirs')}
            </span>
            <span className="desk-conflict-label">
              {t(side === 'mine' ? 'desk.merge.mine' : 'desk.merge.theirs')}
            </span>
            <span className="desk-conflict-value">{mergeValueText(conflict[side], t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
