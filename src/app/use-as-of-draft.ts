import { useState } from 'react'
import { useViewState } from '../lib/router/view-state'

/**
 * The as-of date control's value while it is being typed. Typing a year into a date field goes
 * through 0002, 0020, 0202 before 2025; sending those to the address would redraw every view
 * three times and reset the field under the reader's fingers (years before 100 are not valid
 * dates there). So the field keeps its own draft and only a date with a four-digit year (≥ 1000)
 * is applied. Arrow keys and the picker produce whole dates and apply at once. When the address
 * changes otherwise (a link, "back to today"), the field follows.
 */
export function useAsOfDraft(): [string, (value: string) => void] {
  const view = useViewState()
  const [draft, setDraft] = useState(view.asOf)
  const [applied, setApplied] = useState(view.asOf)
  if (applied !== view.asOf) {
    setApplied(view.asOf)
    setDraft(view.asOf)
  }
  const change = (value: string) => {
    setDraft(value)
    if (value === '') view.setParams({ asOf: null })
    else if (isWholeDate(value)) view.setParams({ asOf: value })
  }
  return [draft, change]
}

function isWholeDate(value: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(value)
  return match !== null && Number(match[1]) >= 1000
}
