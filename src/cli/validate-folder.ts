import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetEntry } from '../domain/schema/data-index'
import { assembleDatasets, assembleInput, type AssembleInput } from '../lib/data/assemble'
import { DataFileError, isDataFileError, type DataIssue } from '../lib/data/data-error'
import { resolveDataPath } from '../lib/data/data-location'
import type { FetchedFile } from '../lib/data/fetch-data-file'
import {
  INDEX_FILE,
  readChangeLog,
  readCommitments,
  readDocument,
  readFunding,
  readIndex,
  readUpdates,
} from '../lib/data/readers'
import { parseJsonText } from '../lib/data/parse-json'
import type { CollectionResult } from '../lib/data/validate'
import { describeProblem } from '../lib/i18n/describe-issue'
import { translate } from '../lib/i18n/translate'

/**
 * Validates a whole data folder the way the app loads it: the same readers (readers.ts) check the
 * index, every listed file item by item and each file against the index entry that lists it; the
 * same assembly checks the references between files, told which items were rejected and which
 * files were unusable so that one problem is reported once. Returns every problem; throws nothing.
 *
 * `indexName` is how the index is named in the report (the path the author typed); every other
 * file is named as the app names it, relative to the data folder.
 */
export function validateDataFolder(folder: string, indexName = INDEX_FILE): DataIssue[] {
  const problems: DataIssue[] = []
  /** Runs one reader; a file it cannot use is reported and becomes undefined, as in the app. */
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run()
    } catch (error) {
      if (!isDataFileError(error)) throw error
      problems.push(...error.issues)
      return undefined
    }
  }
  const fetched = (file: string): FetchedFile => {
    const full = join(folder, file)
    if (!existsSync(full)) throw missingFile(file)
    return parseJsonText(readFileSync(full, 'utf8'), file)
  }

  const index = attempt(() => {
    const file = fetched(INDEX_FILE)
    problems.push(...file.warnings)
    return readIndex(file)
  })
  // Named as the author typed it; the app calls it index.json because it knows no other.
  problems.forEach((issue, i) => {
    if (issue.file === INDEX_FILE) problems[i] = { ...issue, file: indexName }
  })
  if (!index) return problems

  const inputs = index.datasets.map((entry): AssembleInput => {
    const document = attempt(() => readDocument(entry, fetched(entry.document)))
    problems.push(...(document?.issues ?? []))
    if (document) checkSourceText(folder, entry, document.document.sourceText, problems)
    const collection = <T>(
      file: string | undefined,
      read: (entry: DatasetEntry, fetched: FetchedFile) => CollectionResult<T>,
    ): CollectionResult<T> | undefined => {
      // An entry without the file has nothing of that kind: the app loads an empty list.
      if (!file) return { items: [], issues: [] }
      const result = attempt(() => read(entry, fetched(file)))
      problems.push(...(result?.issues ?? []))
      return result
    }
    const commitments = collection(entry.commitments, readCommitments)
    const updates = collection(entry.updates, readUpdates)
    const funding = collection(entry.funding, readFunding)
    // The change log is read on its own, as the commitment page reads it; nothing cites it.
    collection(entry.changes, readChangeLog)
    // As useTrackerData: what cites a rejected item or points into an unusable file is not
    // reported again, since its cause already is.
    return assembleInput(entry, { document: document?.document, commitments, updates, funding })
  })
  problems.push(...assembleDatasets(inputs).issues)
  return problems
}

/**
 * The letter's text is only fetched on its own page in the app, so no reader checks it; a missing
 * one is reported the way that page would report it.
 */
function checkSourceText(
  folder: string,
  entry: DatasetEntry,
  sourceText: string,
  problems: DataIssue[],
): void {
  const file = resolveDataPath(sourceText, entry.document)
  if (!existsSync(join(folder, file))) problems.push(...missingFile(file).issues)
}

/**
 * A listed file that is not in the folder: the issue the app gets from a server's 404, worded
 * (in English, the CLI's language) with the app's own message for it.
 */
export function missingFile(file: string): DataFileError {
  const issue: DataIssue = {
    file,
    path: '',
    code: 'http-status',
    severity: 'error',
    detail: '',
    params: { status: 404 },
  }
  const detail = describeProblem(issue, (key, params) => translate('en', key, params))
  return new DataFileError({ ...issue, detail })
}
