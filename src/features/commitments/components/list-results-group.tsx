import { UNRATED_KINDS } from '../../../domain/commitment-kinds'
import { derivedFrom } from '../../../lib/collections/derived-from'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { DocumentOption } from './list-controls'
import { ListTable, VIRTUALIZE_ABOVE } from './list-table'

interface Props {
  /** Reported results, estimates and declined requests, in list order. */
  rows: readonly CommitmentRow[]
  documents: readonly DocumentOption[] | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * The commitments that are not promises, below the promises and folded: a native disclosure
 * (a <summary>, operable with Enter and Space, announced as expanded or collapsed). Folded, its
 * rows stay in the page while there are few of them, so find-in-page still finds them (the
 * browser opens the group); a long group renders its rows only once opened.
 */
export function ListResultsGroup({ rows, documents, open, onOpenChange }: Props) {
  const { t } = useI18n()
  const kinds = kindsOf(rows, '', () => kindCounts(rows))
  const render = open || rows.length <= VIRTUALIZE_ABOVE
  return (
    <details
      className="list-results"
      data-group="unrated"
      open={open}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>
        <span className="list-results-title">
          {/* "等" (and other items) only when the group holds more than one kind. */}
          {kinds.length > 1
            ? t('list.others.summary', { count: rows.length })
            : kinds[0]?.kind === 'result'
              ? t('list.others.summaryResults', { count: rows.length })
              : t('list.others.kind', {
                  kind: t(`kind.${kinds[0]?.kind ?? 'result'}`),
                  count: rows.length,
                })}
        </span>
        {kinds.length > 1 && (
          <span className="list-results-kinds">
            {t('list.others.kinds', {
              kinds: kinds
                .map(({ kind, count }) => t('list.others.kind', { kind: t(`kind.${kind}`), count }))
                .join(t('list.others.separator')),
            })}
          </span>
        )}
      </summary>
      <p className="list-hint list-results-hint">{t('list.others.hint')}</p>
      {render && (
        <ListTable
          rows={rows}
          documents={documents}
          columns="unrated"
          caption="list.others.caption"
        />
      )}
    </details>
  )
}

/** Once per rows array: a remembered list view brings the same group back on every tick. */
const kindsOf = derivedFrom<
  readonly CommitmentRow[],
  Array<{ kind: (typeof UNRATED_KINDS)[number]; count: number }>
>()

/** How many of each kind the group holds, in the kinds' order, leaving out those it has none of. */
function kindCounts(rows: readonly CommitmentRow[]) {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1)
  return UNRATED_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0
    return count > 0 ? [{ kind, count }] : []
  })
}
