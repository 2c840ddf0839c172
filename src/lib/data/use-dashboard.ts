import { useMemo } from 'react'
import { useViewState } from '../router/view-state'
import type { Dataset } from './assemble'
import { buildCommitmentRows, type CommitmentRow } from './commitment-rows'
import { datasetsAsOf } from './select-as-of'
import { useTrackerData, type TrackerData } from './use-tracker-data'

export interface Dashboard extends TrackerData {
  asOf: string
  /** The datasets as known on `asOf`, narrowed to `?doc=` when set. */
  visible: Dataset[]
  /** One row per visible commitment with status and deadline computed for `asOf`. */
  rows: CommitmentRow[]
}

/** The data every view starts from: loaded, validated, as of the chosen date, optionally one document. */
export function useDashboard(): Dashboard {
  const data = useTrackerData()
  const { asOf, doc } = useViewState()
  const visible = useMemo(() => {
    const known = datasetsAsOf(data.datasets, asOf)
    // An unknown `?doc=` shows everything (the shell says so) rather than an empty page.
    const narrowed = doc ? known.filter((d) => d.entry.id === doc) : known
    return narrowed.length > 0 ? narrowed : known
  }, [data.datasets, asOf, doc])
  const rows = useMemo(() => buildCommitmentRows(visible, asOf), [visible, asOf])
  return { ...data, asOf, visible, rows }
}
