import type { ChangeLogEntry } from '../../domain/schema/change-log'
import type { Commitment } from '../../domain/schema/commitment'
import type { DataIndex, DatasetEntry } from '../../domain/schema/data-index'
import type { SourceDocument } from '../../domain/schema/document'
import type { FundingLine } from '../../domain/schema/funding'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { DataIssue } from './data-error'
import { dataFileUrl, INDEX_FILE, resolveDataPath } from './data-location'
import { pageDataReader, type DataReader } from './data-reader'
import type { DataSource } from './data-source'
import { fetchDataBytes, fetchDataFile } from './fetch-data-file'
import type { FileContent, ReadJob } from './read-outcome'
import type { DocumentResult } from './readers'
import type { CollectionResult } from './validate'

export { INDEX_FILE }
export type { DocumentResult }

type Options = { signal?: AbortSignal; reader?: DataReader }

/*
 * Each loader fetches one file and hands its bytes to the data reader (data-reader.ts), which
 * parses and checks them with the pure `read…` functions of readers.ts, in a worker where it
 * can. The loaders take the data source as their first argument: the server's files, or the
 * desk's drafted ones in preview, read through the same checks.
 */

export interface IndexResult {
  index: DataIndex
  /** Warnings about the index file itself (a byte-order mark). */
  issues: DataIssue[]
}

export async function loadIndexFile(
  source: DataSource,
  { signal, reader = pageDataReader() }: Options = {},
): Promise<IndexResult> {
  const content = await fetchContent(source, INDEX_FILE, signal)
  return reader.read<IndexResult>({ kind: 'index', content })
}

export function loadDocumentFile(
  source: DataSource,
  entry: DatasetEntry,
  options: Options = {},
): Promise<DocumentResult> {
  return readLetterFile(source, entry, 'document', entry.document, options)
}

export async function loadSourceText(
  source: DataSource,
  entry: DatasetEntry,
  document: SourceDocument,
  { signal }: Options = {},
): Promise<string> {
  const file = resolveDataPath(document.sourceText, entry.document)
  const drafted = source.read(file)
  if (drafted !== undefined) return drafted
  const { body } = await fetchDataFile(dataFileUrl(file, source.location), file, 'text', { signal })
  return String(body)
}

export function loadCommitments(
  source: DataSource,
  entry: DatasetEntry,
  options: Options = {},
): Promise<CollectionResult<Commitment>> {
  return readLetterFile(source, entry, 'commitments', entry.commitments, options)
}

export function loadUpdates(
  source: DataSource,
  entry: DatasetEntry,
  options: Options = {},
): Promise<CollectionResult<ProgressUpdate>> {
  return readLetterFile(source, entry, 'updates', entry.updates, options)
}

export function loadFunding(
  source: DataSource,
  entry: DatasetEntry,
  options: Options = {},
): Promise<CollectionResult<FundingLine>> {
  return readLetterFile(source, entry, 'funding', entry.funding, options)
}

/**
 * The letter's record of changes. Fetched on its own (only the commitment page asks for it), so
 * a missing or broken one never holds back the letter, its commitments or its evidence.
 */
export function loadChangeLog(
  source: DataSource,
  entry: DatasetEntry,
  options: Options = {},
): Promise<CollectionResult<ChangeLogEntry>> {
  return readLetterFile(source, entry, 'changes', entry.changes, options)
}

type LetterFileKind = Exclude<ReadJob['kind'], 'index' | 'config'>

/** A letter's file through the reader; an optional file the index does not list is empty. */
async function readLetterFile<T>(
  source: DataSource,
  entry: DatasetEntry,
  kind: LetterFileKind,
  file: string | undefined,
  { signal, reader = pageDataReader() }: Options,
): Promise<T> {
  if (!file) return { items: [], issues: [] } as T
  const fetchFile = () => fetchContent(source, file, signal)
  return reader.read<T>({ kind, entry, file, content: await fetchFile() }, fetchFile)
}

async function fetchContent(
  source: DataSource,
  file: string,
  signal: AbortSignal | undefined,
): Promise<FileContent> {
  // The desk's preview: the drafted file's text, read like one from the server.
  const drafted = source.read(file)
  if (drafted !== undefined) return drafted
  return fetchDataBytes(dataFileUrl(file, source.location), file, 'json', { signal })
}
