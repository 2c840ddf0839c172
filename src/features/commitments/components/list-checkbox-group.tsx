import { useId } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'

export interface CheckboxOption<T extends string> {
  value: T
  label: string
  /** How many commitments ticking this option would show, given the other filters. */
  count: number
}

interface Props<T extends string> {
  legend: string
  name: string
  options: ReadonlyArray<CheckboxOption<T>>
  /** A line under the legend on what the filter does not cover. */
  hint?: string
  selected: readonly T[]
  onToggle: (value: T) => void
}

/**
 * One multi-select filter as a fieldset of native checkboxes: labelled by its legend, reachable
 * with Tab, toggled with Space, and readable without colour. Nothing ticked means "any".
 */
export function ListCheckboxGroup<T extends string>({
  legend,
  name,
  options,
  hint,
  selected,
  onToggle,
}: Props<T>) {
  const { t } = useI18n()
  const hintId = useId()
  return (
    <fieldset className="list-checkbox-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="list-hint">
          {hint}
        </p>
      )}
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label className={option.count === 0 ? 'list-option-empty' : undefined}>
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              {t('list.filter.option', { label: option.label, count: option.count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
