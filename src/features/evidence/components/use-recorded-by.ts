import { useMemo } from 'react'
import type { Dataset } from '../../../lib/data/assemble'
import { useChangeLogs } from '../../../lib/data/use-change-logs'
import { recordedByUpdate, type RecordedBy } from '../model/recorded-by'

/** A letter whose index lists a change log that could not be read, and why. */
export interface UnreadChangeLog {
  dataset: Dataset
  error: unknown
}

export interface RecordedByLookup {
  /** When and by whom an update of a letter was recorded; undefined when the log says nothing. */
  of: (datasetId: string, updateId: string) => RecordedBy | undefined
  /** Letters whose change log is listed but could not be read: said once on the page. */
  unread: UnreadChangeLog[]
}

/**
 * The change logs of the given letters (those listing none are never fetched), read through the
 * same cached queries as the commitment page and the bulletin. A log still loading or not
 * readable says nothing of any item; the evidence itself never waits for it.
 */
export function useRecordedBy(datasets: readonly Dataset[]): RecordedByLookup {
  const logs = useChangeLogs(datasets)
  return useMemo(() => {
    const byLetter = new Map<string, ReadonlyMap<string, RecordedBy>>()
    const unread: UnreadChangeLog[] = []
    for (const log of logs) {
      if (log.entries) byLetter.set(log.datasetId, recordedByUpdate(log.entries))
      else if (log.error !== null) {
        const dataset = datasets.find((d) => d.entry.id === log.datasetId)
        if (dataset) unread.push({ dataset, error: log.error })
      }
    }
    return { of: (datasetId, updateId) => byLetter.get(datasetId)?.get(updateId), unread }
  }, [logs, datasets])
}
