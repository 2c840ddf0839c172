import { changeLogEntrySchema, changeLogFileSchema } from '../../domain/schema/change-log'
import { commitmentSchema, commitmentsFileSchema } from '../../domain/schema/commitment'
import { dataIndexSchema, type DataIndex, type DatasetEntry } from '../../domain/schema/data-index'
import { documentSchema, type SourceDocument } from '../../domain/schema/document'
import { fundingFileSchema, fundingLineSchema } from '../../domain/schema/funding'
import { progressUpdateSchema, updatesFileSchema } from '../../domain/schema/update'
import { DataFileError, type DataIssue } from './data-error'
import { INDEX_FILE } from './data-location'
import type { FetchedFile } from './fetch-data-file'
import {
  validateCollection,
  validateFile,
  validateFileRepairing,
  type CollectionResult,
} from './validate'

/*
 * The checks each data file goes through, from its parsed body to the values the app shows. Pure
 * and exported, so tests and the validate CLI put any bytes through exactly what the app applies.
 * The app runs them in the data reader (read-job.ts), off the page's main thread where it can.
 */

export { INDEX_FILE }

export interface DocumentResult {
  document: SourceDocument
  /** Links, notes or translations that were wrong and left out; the letter itself is shown. */
  issues: DataIssue[]
}

export function readIndex({ body }: FetchedFile): DataIndex {
  // The index is the table of contents: without a valid one there is nothing to show.
  return validateFile(INDEX_FILE, body, dataIndexSchema)
}

export function readDocument(entry: DatasetEntry, { body, warnings }: FetchedFile): DocumentResult {
  const file = entry.document
  const { value: document, issues } = validateFileRepairing(file, body, documentSchema)
  if (document.id !== entry.id) throw mismatch(file, 'id', entry.id, document.id)
  return { document, issues: [...warnings, ...issues] }
}

export function readCommitments(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.commitments, fetched, (file, body) =>
    validateCollection(file, body, commitmentsFileSchema, 'commitments', commitmentSchema),
  )
}

export function readUpdates(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.updates ?? '', fetched, (file, body) =>
    validateCollection(file, body, updatesFileSchema, 'updates', progressUpdateSchema),
  )
}

export function readFunding(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.funding ?? '', fetched, (file, body) =>
    validateCollection(file, body, fundingFileSchema, 'lines', fundingLineSchema),
  )
}

export function readChangeLog(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.changes ?? '', fetched, (file, body) =>
    validateCollection(file, body, changeLogFileSchema, 'entries', changeLogEntrySchema),
  )
}

function readCollection<T>(
  entry: DatasetEntry,
  file: string,
  { body, warnings }: FetchedFile,
  validate: (
    file: string,
    body: unknown,
  ) => CollectionResult<T> & { envelope: { documentId: string } },
): CollectionResult<T> {
  const result = validate(file, body)
  if (result.envelope.documentId !== entry.id) {
    throw mismatch(file, 'documentId', entry.id, result.envelope.documentId)
  }
  return {
    items: result.items,
    issues: [...warnings, ...result.issues],
    rejectedIds: result.rejectedIds ?? [],
  }
}

function mismatch(file: string, path: string, expected: string, found: string): DataFileError {
  return new DataFileError({
    file,
    path,
    code: 'document-mismatch',
    severity: 'error',
    detail: `index.json lists this file for "${expected}" but it says "${found}"`,
    params: { expected, found },
  })
}
