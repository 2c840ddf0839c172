import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { LetterChangeLog } from '../../domain/bulletin/change-log'
import type { ChangeLogEntry } from '../../domain/schema/change-log'
import type { Dataset } from './assemble'
import type { DataIssue } from './data-error'
import { useDataSource } from './data-source'
import { changeLogQuery } from './queries'
import type { CollectionResult } from './validate'

/** A letter's change log as read for a page that lists several: loading, read, or not readable. */
export interface ChangeLogReading extends LetterChangeLog {
  /** Still being read: not yet known, neither "nothing changed" nor "cannot be read". */
  loading: boolean
  /** Why the file could not be read (its entries are then undefined); null otherwise. */
  error: unknown
  /** Entries of a read log that were rejected and left out, as the data-problems page words them. */
  issues: DataIssue[]
}

/**
 * The change logs of every letter whose index entry lists one, one cached query each (the same
 * as the detail page's, so neither reads a file twice). A letter listing none is not returned:
 * a bulletin of such letters has no record-of-changes section at all.
 */
export function useChangeLogs(datasets: readonly Dataset[]): ChangeLogReading[] {
  const withLog = useMemo(() => datasets.filter((d) => d.entry.changes !== undefined), [datasets])
  const source = useDataSource()
  const results = useQueries({
    queries: withLog.map((d) => changeLogQuery(source, d.entry)),
    // A stable function: the query client re-runs it only when a log arrives or fails.
    combine: pickResults,
  })
  return useMemo(
    () =>
      withLog.map((dataset, i): ChangeLogReading => {
        const result = results[i]
        // A log once read stays shown if a later re-read fails, as every data file does.
        const read = result?.data
        const error = read ? null : (result?.error ?? null)
        return {
          datasetId: dataset.entry.id,
          document: dataset.document,
          entries: read?.items,
          loading: read === undefined && error === null,
          error,
          issues: read?.issues ?? [],
        }
      }),
    [withLog, results],
  )
}

interface Picked {
  data: CollectionResult<ChangeLogEntry> | undefined
  error: unknown
}

function pickResults(
  results: readonly { data?: CollectionResult<ChangeLogEntry> | undefined; error: unknown }[],
): Picked[] {
  return results.map((r) => ({ data: r.data, error: r.error }))
}
