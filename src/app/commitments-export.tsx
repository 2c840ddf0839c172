import { memo } from 'react'
import { listCommitments, parseListParams } from '../features/commitments/filter-commitments'
import { CommitmentsExport as ListExport } from '../features/export/commitments-export'
import type { ListSelection } from '../features/export/filtered-commitments'

/**
 * The list's download bar: the export feature, handed the list's own selection (its filters,
 * search and sort), so the file holds exactly what the list shows without one feature importing
 * the other. Its own chunk (lazy-pages.ts), with the list's pure functions. By default that order
 * is the screen's from top to bottom: the promises and targets by urgency, then the folded group
 * of reported results, estimates and declined requests (folded rows are still listed rows).
 */
export const CommitmentsExport = memo(function CommitmentsExport() {
  return <ListExport select={selectListed} />
})

const selectListed: ListSelection = (known, knownRows, params, lang) => {
  const list = parseListParams(
    params,
    known.map((d) => d.entry.id),
  )
  const { sort, ...filters } = list
  return { rows: listCommitments(knownRows, list, lang), filters, sort }
}
