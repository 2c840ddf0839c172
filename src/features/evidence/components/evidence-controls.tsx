import { useId, type FormEvent } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import {
  COMPARABILITIES,
  MAX_QUERY_LENGTH,
  toggleComparability,
  type EvidenceCounts,
  type EvidenceFilters,
} from '../model/filter-evidence'

export interface DocumentOption {
  id: string
  label: string
}

interface Props {
  filters: EvidenceFilters
  counts: EvidenceCounts
  /** Empty when there is only one letter: then there is nothing to choose. */
  documents: readonly DocumentOption[]
  onChange: (next: Partial<EvidenceFilters>) => void
}

/** Search, comparability and letter: native, labelled controls that write straight to the URL. */
export function EvidenceControls({ filters, counts, documents, onChange }: Props) {
  const { t } = useI18n()
  const searchId = useId()
  const docId = useId()
  const allDocuments = Object.values(counts.doc).reduce((sum, n) => sum + n, 0)
  return (
    <form
      className="evidence-controls"
      role="search"
      aria-label={t('evidence.controls.label')}
      // Everything applies as it changes; Enter in the search box must not reload the page.
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <div className="evidence-field evidence-field-search">
        <label htmlFor={searchId}>{t('evidence.search.label')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={`${searchId}-hint`}
          onChange={(event) => onChange({ q: event.target.value })}
        />
        <p id={`${searchId}-hint`} className="evidence-hint">
          {t('evidence.search.hint')}
        </p>
      </div>
      <fieldset className="evidence-checkboxes">
        <legend>{t('evidence.filter.comparability')}</legend>
        <ul>
          {COMPARABILITIES.map((value) => {
            const count = counts.comparability[value] ?? 0
            return (
              <li key={value}>
                <label className={count === 0 ? 'evidence-option-empty' : undefined}>
                  <input
                    type="checkbox"
                    name="comparability"
                    value={value}
                    checked={filters.comparability.includes(value)}
                    onChange={() =>
                      onChange({
                        comparability: toggleComparability(filters.comparability, value),
                      })
                    }
                  />
                  {t('evidence.filter.option', { label: t(`comparability.${value}`), count })}
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
      {documents.length > 0 && (
        <div className="evidence-field">
          <label htmlFor={docId}>{t('evidence.filter.document')}</label>
          <select
            id={docId}
            value={filters.doc ?? ''}
            onChange={(event) => onChange({ doc: event.target.value || null })}
          >
            <option value="">{t('evidence.filter.document.all', { count: allDocuments })}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {t('evidence.filter.option', { label: d.label, count: counts.doc[d.id] ?? 0 })}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  )
}
