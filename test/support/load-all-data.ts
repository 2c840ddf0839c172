import type { HttpHandler } from 'msw'
import { scenarios } from '../../mocks/data-handlers'
import { assembleDatasets, assembleInput, type Dataset } from '../../src/lib/data/assemble'
import { DataFileError, type DataIssue } from '../../src/lib/data/data-error'
import { PUBLISHED_SOURCE } from '../../src/lib/data/data-source'
import {
  loadCommitments,
  loadDocumentFile,
  loadFunding,
  loadIndexFile,
  loadUpdates,
} from '../../src/lib/data/loaders'
import { buildCase, filesWithout, type BadDataCase, type BuiltCase } from './bad-data-corpus'
import { realDataFiles } from './real-data'

/** msw handlers serving the shipped data with one case's file replaced by its bad bytes. */
export function handlersFor(c: BadDataCase, built: BuiltCase = buildCase(c)): HttpHandler[] {
  if (built.bytes === null) return scenarios.missingFile(realDataFiles(), c.replaces)
  return scenarios.rawFile(filesWithout(c), c.replaces, {
    body: built.bytes,
    status: built.status,
    contentType: built.contentType,
  })
}

export interface LoadedData {
  /** index.json could not be used: nothing else is loaded. */
  fatal: DataFileError | null
  datasets: Dataset[]
  /** Item-level, repair and cross-file issues (what is shown above the content). */
  issues: DataIssue[]
  /** Files that could not be used at all. */
  failures: DataFileError[]
}

/**
 * Everything the dashboard loads, the way useTrackerData does (same loaders, same assembly),
 * without React: index first, then each listed file, each failure contained to its file.
 * Anything thrown that is not a DataFileError escapes, and fails the test that called this.
 */
export async function loadAllData(): Promise<LoadedData> {
  let indexed
  try {
    indexed = await loadIndexFile(PUBLISHED_SOURCE)
  } catch (error) {
    if (error instanceof DataFileError)
      return { fatal: error, datasets: [], issues: [], failures: [] }
    throw error
  }
  const failures: DataFileError[] = []
  const contained = async <T>(load: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await load()
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error
      failures.push(error)
      return undefined
    }
  }
  const issues: DataIssue[] = [...indexed.issues]
  const inputs = await Promise.all(
    indexed.index.datasets.map(async (entry) => {
      const [document, commitments, updates, funding] = await Promise.all([
        contained(() => loadDocumentFile(PUBLISHED_SOURCE, entry)),
        contained(() => loadCommitments(PUBLISHED_SOURCE, entry)),
        contained(() => loadUpdates(PUBLISHED_SOURCE, entry)),
        contained(() => loadFunding(PUBLISHED_SOURCE, entry)),
      ])
      issues.push(
        ...(document?.issues ?? []),
        ...(commitments?.issues ?? []),
        ...(updates?.issues ?? []),
        ...(funding?.issues ?? []),
      )
      return assembleInput(entry, { document: document?.document, commitments, updates, funding })
    }),
  )
  const assembled = assembleDatasets(inputs)
  return {
    fatal: null,
    datasets: assembled.datasets,
    issues: [...issues, ...assembled.issues],
    failures,
  }
}

/** "commitment:…", "update:…", "line:…", "document:…" for everything that would be shown. */
export function shownIds(loaded: LoadedData): Set<string> {
  return new Set(
    loaded.datasets.flatMap((dataset) => [
      ...(dataset.document ? [`document:${dataset.document.id}`] : []),
      ...dataset.commitments.map((c) => `commitment:${c.id}`),
      ...dataset.updates.map((u) => `update:${u.id}`),
      ...dataset.funding.map((l) => `line:${l.id}`),
    ]),
  )
}
