import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { STATUSES } from '../../../domain/status'
import { useI18n } from '../../../lib/i18n/i18n-context'
import {
  CATEGORIES,
  DEADLINE_LIGHTS,
  KINDS,
  MAX_QUERY_LENGTH,
  SORT_KEYS,
  toggleValue,
  type FacetCounts,
  type ListParams,
  type SortKey,
} from '../filter-commitments'
import { ListCheckboxGroup } from './list-checkbox-group'

/** Matches the stacked-table breakpoint in commitments.css. */
const NARROW_SCREEN = '(max-width: 52rem)'

export interface DocumentOption {
  id: string
  label: string
}

interface Props {
  list: ListParams
  facets: FacetCounts
  /** Every row in scope, to offer only the categories that occur. */
  rows: readonly CommitmentRow[]
  /** Empty when there is only one document: then there is nothing to choose. */
  documents: readonly DocumentOption[]
  onChange: (next: Partial<ListParams>) => void
}

/** Search, sort and filters: native, labelled form controls that write straight to the URL. */
export function ListControls({ list, facets, rows, documents, onChange }: Props) {
  const { t } = useI18n()
  const searchId = useId()
  const sortId = useId()
  const docId = useId()
  // Nine categories exist; a letter usually uses a few. A category asked for in the URL stays
  // listed even when absent, so it can be unticked.
  const present = useMemo(() => new Set(rows.map((row) => row.commitment.category)), [rows])
  const categories = CATEGORIES.filter((c) => present.has(c) || list.category.includes(c))
  // With hundreds of letters, new counts in every <option> make the browser re-measure the whole
  // select: let them follow a moment after the list and its count, which the reader is watching.
  const docCounts = useDeferredValue(facets.doc)
  const allDocuments = useMemo(
    () => Object.values(docCounts).reduce((sum, n) => sum + n, 0),
    [docCounts],
  )
  const ticked = list.status.length + list.deadline.length + list.kind.length + list.category.length
  // Four groups of checkboxes would push the list a whole screen down on a phone: there they
  // start folded (the active filters stay visible as chips above the list), elsewhere open.
  const [open, setOpen] = useState(() => !window.matchMedia?.(NARROW_SCREEN).matches)

  return (
    <form
      className="list-controls"
      role="search"
      aria-label={t('list.controls.label')}
      // Everything applies as it changes; Enter in the search box must not reload the page.
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <div className="list-controls-row">
        <div className="list-field list-field-search">
          <label htmlFor={searchId}>{t('list.search.label')}</label>
          <input
            id={searchId}
            type="search"
            value={list.q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => onChange({ q: event.target.value })}
          />
          <p id={`${searchId}-hint`} className="list-hint">
            {t('list.search.hint')}
          </p>
        </div>
        <div className="list-field">
          <label htmlFor={sortId}>{t('list.sort.label')}</label>
          <select
            id={sortId}
            value={list.sort}
            onChange={(event) => onChange({ sort: event.target.value as SortKey })}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`list.sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        {documents.length > 0 && (
          <div className="list-field">
            <label htmlFor={docId}>{t('list.filter.document')}</label>
            <select
              id={docId}
              value={list.doc ?? ''}
              onChange={(event) => onChange({ doc: event.target.value || null })}
            >
              <option value="">{t('list.filter.document.all', { count: allDocuments })}</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {t('list.filter.option', { label: d.label, count: docCounts[d.id] ?? 0 })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <details
        className="list-filter-details"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>
          {ticked > 0 ? t('list.filter.toggleActive', { count: ticked }) : t('list.filter.toggle')}
        </summary>
        <div className="list-filter-groups">
          <ListCheckboxGroup
            legend={t('list.filter.status')}
            hint={t('list.filter.status.hint')}
            name="status"
            options={STATUSES.map((value) => ({
              value,
              label: t(`status.${value}`),
              count: facets.status[value] ?? 0,
            }))}
            selected={list.status}
            onToggle={(value) => onChange({ status: toggleValue(list.status, value, STATUSES) })}
          />
          <ListCheckboxGroup
            legend={t('list.filter.deadline')}
            name="deadline"
            options={DEADLINE_LIGHTS.map((value) => ({
              value,
              label: t(`light.${value}`),
              count: facets.deadline[value] ?? 0,
            }))}
            selected={list.deadline}
            onToggle={(value) =>
              onChange({ deadline: toggleValue(list.deadline, value, DEADLINE_LIGHTS) })
            }
          />
          <ListCheckboxGroup
            legend={t('list.filter.kind')}
            name="kind"
            options={KINDS.map((value) => ({
              value,
              label: t(`kind.${value}`),
              count: facets.kind[value] ?? 0,
            }))}
            selected={list.kind}
            onToggle={(value) => onChange({ kind: toggleValue(list.kind, value, KINDS) })}
          />
          <ListCheckboxGroup
            legend={t('list.filter.category')}
            name="category"
            options={categories.map((value) => ({
              value,
              label: t(`category.${value}`),
              count: facets.category[value] ?? 0,
            }))}
            selected={list.category}
            onToggle={(value) =>
              onChange({ category: toggleValue(list.category, value, CATEGORIES) })
            }
          />
        </div>
      </details>
    </form>
  )
}
