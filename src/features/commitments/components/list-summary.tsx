import { useId, type Ref } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { Translate } from '../../../lib/i18n/translate'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { normalizeQuery, type ListParams, type SetFilter } from '../filter-commitments'
import type { DocumentOption } from './list-controls'

interface Props {
  ref: Ref<HTMLDivElement>
  list: ListParams
  shown: number
  total: number
  documents: readonly DocumentOption[]
  /** The empty state carries its own clear button; one per screen is enough. */
  showClear: boolean
  onRemove: (next: Partial<ListParams>) => void
  onClear: () => void
}

interface Chip {
  key: string
  group: string
  value: string
  /** The parameters that drop just this one condition. */
  without: Partial<ListParams>
}

/**
 * The live count ("显示 12 / 55 项承诺", announced politely as filters change) and the active
 * filters, each a button that removes it: the reader always sees why rows are missing.
 */
export function ListSummary({
  ref,
  list,
  shown,
  total,
  documents,
  showClear,
  onRemove,
  onClear,
}: Props) {
  const { t } = useI18n()
  const { href } = useViewState()
  const labelId = useId()
  const chips = activeChips(list, documents, t)
  const query = list.q.trim()
  return (
    <div className="list-summary" ref={ref} tabIndex={-1}>
      <p className="list-count" role="status">
        {t('list.count', { shown, total })}
      </p>
      {normalizeQuery(query).length > 0 && (
        // A row found through its evidence shows only the latest evidence's label: the
        // evidence page shows every matching item in full, with its caveat.
        <a className="list-evidence-link" href={href(paths.evidence(), { q: query })}>
          {t('list.search.evidenceLink', { query })}
        </a>
      )}
      {chips.length > 0 && (
        <div className="list-active">
          <p id={labelId} className="list-active-label">
            {t('list.active.label')}
          </p>
          <ul aria-labelledby={labelId}>
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="list-chip"
                  aria-label={t('list.active.remove', { group: chip.group, value: chip.value })}
                  onClick={() => onRemove(chip.without)}
                >
                  {t('list.active.chip', { group: chip.group, value: chip.value })}
                  <span aria-hidden="true" className="list-chip-x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {showClear && (
            <button type="button" className="list-clear" onClick={onClear}>
              {t('list.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}

function activeChips(list: ListParams, documents: readonly DocumentOption[], t: Translate): Chip[] {
  const chips: Chip[] = []
  if (normalizeQuery(list.q).length > 0) {
    chips.push({
      key: 'q',
      group: t('list.search.label'),
      value: t('list.active.query', { query: list.q.trim() }),
      without: { q: '' },
    })
  }
  if (list.doc !== null) {
    chips.push({
      key: 'doc',
      group: t('list.filter.document'),
      value: documents.find((d) => d.id === list.doc)?.label ?? list.doc,
      without: { doc: null },
    })
  }
  return [
    ...chips,
    ...setChips(
      'status',
      t('list.filter.status'),
      list.status,
      (v) => t(`status.${v}`),
      (rest) => ({ status: rest }),
    ),
    ...setChips(
      'deadline',
      t('list.filter.deadline'),
      list.deadline,
      (v) => t(`light.${v}`),
      (rest) => ({ deadline: rest }),
    ),
    ...setChips(
      'kind',
      t('list.filter.kind'),
      list.kind,
      (v) => t(`kind.${v}`),
      (rest) => ({ kind: rest }),
    ),
    ...setChips(
      'category',
      t('list.filter.category'),
      list.category,
      (v) => t(`category.${v}`),
      (rest) => ({ category: rest }),
    ),
  ]
}

/** One chip per ticked value of a multi-value filter. */
function setChips<T extends string>(
  name: SetFilter,
  group: string,
  selected: readonly T[],
  label: (value: T) => string,
  without: (rest: T[]) => Partial<ListParams>,
): Chip[] {
  return selected.map((value) => ({
    key: `${name}:${value}`,
    group,
    value: label(value),
    without: without(selected.filter((v) => v !== value)),
  }))
}
