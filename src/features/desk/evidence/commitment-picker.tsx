import { useId, useState } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useSimplify } from '../use-simplify'
import { filterOptions, groupByLetter, type CommitmentOption } from './commitment-options'

/**
 * A searchable select: typing narrows the list (title, section, id, quote words or the letter),
 * the list is a native <select> grouped by letter, each group named by the letter's number and
 * the body that replied, so it works with a keyboard, a screen reader and a phone's picker.
 */
export function CommitmentPicker({
  options,
  selected,
  letterName,
  onSelect,
}: {
  options: CommitmentOption[]
  selected: string | null
  /** "第14号提案 · 子洲县交通运输局" for a dataset id. */
  letterName: (datasetId: string) => string
  onSelect: (id: string) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const fold = useSimplify()
  const [query, setQuery] = useState('')
  const matches = filterOptions(options, query, letterName, fold)
  // The selected commitment stays listed while the search hides it, so the select never lies.
  const current = options.find((option) => option.id === selected)
  const shown = current && !matches.includes(current) ? [current, ...matches] : matches
  return (
    <div className="desk-picker">
      <div className="desk-field">
        <label htmlFor={`${id}-search`}>{t('desk.picker.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${id}-count`}
        />
        <p className="desk-hint" id={`${id}-count`} aria-live="polite">
          {t('desk.picker.count', { count: matches.length, total: options.length })}
        </p>
      </div>
      <div className="desk-field">
        <label htmlFor={`${id}-select`}>{t('desk.picker.commitment')}</label>
        <select
          id={`${id}-select`}
          value={selected ?? ''}
          onChange={(event) => onSelect(event.target.value)}
        >
          <option value="">{t('desk.picker.choose')}</option>
          {groupByLetter(shown, letterName).map((group) => (
            <optgroup key={group.datasetId} label={group.letter}>
              {group.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  )
}
