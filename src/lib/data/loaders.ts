import {
  changeLogEntrySchema,
  changeLogFileSchema,
  type ChangeLogEntry,
} from '../../domain/schema/change-log'
import {
  commitmentSchema,
  commitmentsFileSchema,
  type Commitment,
} from '../../domain/schema/commitment'
import { dataIndexSchema, type DataIndex, type DatasetEntry } from '../../domain/schema/data-index'
import { documentSchema, type SourceDocument } from '../../domain/schema/document'
import { fundingFileSchema, fundingLineSchema, type FundingLine } from '../../domain/schema/funding'
import {
  progressUpdateSchema,
  updatesFileSchema,
  type ProgressUpdate,
} from '../../domain/schema/update'
import { DataFileError, type DataIssue } from './data-error'
import { dataFileUrl, resolveDataPath } from './data-location'
import type { DataSource } from './data-source'
import { fetchDataFile, type FetchedFile } from './fetch-data-file'
import { parseJsonText } from './parse-json'
import {
  validateCollection,
  validateFile,
  validateFileRepairing,
  type CollectionResult,
} from './validate'

export const INDEX_FILE = 'index.json'

type Signal = { signal?: AbortSignal }

/*
 * Each loader fetches one file and hands the parsed body to a `read…` function. The readers are
 * pure and exported, so tests can put any bytes through exactly the checks the app applies.
 * The loaders take the data source as their first argument: the server's files, or the desk's
 * drafted ones in preview, read through the same checks.
 */

export interface IndexResult {
  index: DataIndex
  /** Warnings about the index file itself (a byte-order mark). */
  issues: DataIssue[]
}

export async function loadIndexFile(
  source: DataSource,
  { signal }: Signal = {},
): Promise<IndexResult> {
  const fetched = await fetchJson(source, INDEX_FILE, signal)
  return { index: readIndex(fetched), issues: fetched.warnings }
}

export function readIndex({ body }: FetchedFile): DataIndex {
  // The index is the table of contents: without a valid one there is nothing to show.
  return validateFile(INDEX_FILE, body, dataIndexSchema)
}

export interface DocumentResult {
  document: SourceDocument
  /** Links, notes or translations that were wrong and left out; the letter itself is shown. */
  issues: DataIssue[]
}

export async function loadDocumentFile(
  source: DataSource,
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<DocumentResult> {
  return readDocument(entry, await fetchJson(source, entry.document, signal))
}

export function readDocument(entry: DatasetEntry, { body, warnings }: FetchedFile): DocumentResult {
  const file = entry.document
  const { value: document, issues } = validateFileRepairing(file, body, documentSchema)
  if (document.id !== entry.id) throw mismatch(file, 'id', entry.id, document.id)
  return { document, issues: [...warnings, ...issues] }
}

export async function loadSourceText(
  source: DataSource,
  entry: DatasetEntry,
  document: SourceDocument,
  { signal }: Signal = {},
): Promise<string> {
  const file = resolveDataPath(document.sourceText, entry.document)
  const drafted = source.read(file)
  if (drafted !== undefined) return drafted
  const { body } = await fetchDataFile(dataFileUrl(file, source.location), file, 'text', { signal })
  return String(body)
}

export async function loadCommitments(
  source: DataSource,
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<Commitment>> {
  return readCommitments(entry, await fetchJson(source, entry.commitments, signal))
}

export function readCommitments(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.commitments, fetched, (file, body) =>
    validateCollection(file, body, commitmentsFileSchema, 'commitments', commitmentSchema),
  )
}

export async function loadUpdates(
  source: DataSource,
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<ProgressUpdate>> {
  if (!entry.updates) return { items: [], issues: [] }
  return readUpdates(entry, await fetchJson(source, entry.updates, signal))
}

export function readUpdates(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.updates ?? '', fetched, (file, body) =>
    validateCollection(file, body, updatesFileSchema, 'updates', progressUpdateSchema),
  )
}

export async function loadFunding(
  source: DataSource,
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<FundingLine>> {
  if (!entry.funding) return { items: [], issues: [] }
  return readFunding(entry, await fetchJson(source, entry.funding, signal))
}

export function readFunding(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.funding ?? '', fetched, (file, body) =>
    validateCollection(file, body, fundingFileSchema, 'lines', fundingLineSchema),
  )
}

/**
 * The letter's record of changes. Fetched on its own (only the commitment page asks for it), so
 * a missing or broken one never holds back the letter, its commitments or its evidence.
 */
export async function loadChangeLog(
  source: DataSource,
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<ChangeLogEntry>> {
  if (!entry.changes) return { items: [], issues: [] }
  return readChangeLog(entry, await fetchJson(source, entry.changes, signal))
}

export function readChangeLog(entry: DatasetEntry, fetched: FetchedFile) {
  return readCollection(entry, entry.changes ?? '', fetched, (file, body) =>
    validateCollection(file, body, changeLogFileSchema, 'entries', changeLogEntrySchema),
  )
}

async function fetchJson(
  source: DataSource,
  file: string,
  signal: AbortSignal | undefined,
): Promise<FetchedFile> {
  // The desk's preview: the drafted file's text, parsed like one from the server.
  const drafted = source.read(file)
  if (drafted !== undefined) return parseJsonText(drafted, file)
  return fetchDataFile(dataFileUrl(file, source.location), file, 'json', { signal })
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
