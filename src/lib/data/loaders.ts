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
import { DataFileError } from './data-error'
import { dataFileUrl, resolveDataPath } from './data-location'
import { fetchDataFile } from './fetch-data-file'
import { validateCollection, validateFile, type CollectionResult } from './validate'

export const INDEX_FILE = 'index.json'

type Signal = { signal?: AbortSignal }

export async function loadIndex({ signal }: Signal = {}): Promise<DataIndex> {
  const { body } = await fetchDataFile(dataFileUrl(INDEX_FILE), INDEX_FILE, 'json', { signal })
  const index = validateFile(INDEX_FILE, body, dataIndexSchema)
  const seen = new Set<string>()
  index.datasets.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      throw new DataFileError({
        file: INDEX_FILE,
        path: `datasets[${i}].id`,
        code: 'duplicate-id',
        severity: 'error',
        detail: `dataset id "${entry.id}" is listed twice`,
        params: { id: entry.id },
      })
    }
    seen.add(entry.id)
  })
  return index
}

export async function loadDocument(
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<SourceDocument> {
  const file = entry.document
  const { body } = await fetchDataFile(dataFileUrl(file), file, 'json', { signal })
  const document = validateFile(file, body, documentSchema)
  if (document.id !== entry.id) throw mismatch(file, 'id', entry.id, document.id)
  return document
}

export async function loadSourceText(
  entry: DatasetEntry,
  document: SourceDocument,
  { signal }: Signal = {},
): Promise<string> {
  const file = resolveDataPath(document.sourceText, entry.document)
  const { body } = await fetchDataFile(dataFileUrl(file), file, 'text', { signal })
  return String(body)
}

export async function loadCommitments(
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<Commitment>> {
  return loadCollection(entry, entry.commitments, signal, (file, body) =>
    validateCollection(file, body, commitmentsFileSchema, 'commitments', commitmentSchema),
  )
}

export async function loadUpdates(
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<ProgressUpdate>> {
  if (!entry.updates) return { items: [], issues: [] }
  return loadCollection(entry, entry.updates, signal, (file, body) =>
    validateCollection(file, body, updatesFileSchema, 'updates', progressUpdateSchema),
  )
}

export async function loadFunding(
  entry: DatasetEntry,
  { signal }: Signal = {},
): Promise<CollectionResult<FundingLine>> {
  if (!entry.funding) return { items: [], issues: [] }
  return loadCollection(entry, entry.funding, signal, (file, body) =>
    validateCollection(file, body, fundingFileSchema, 'lines', fundingLineSchema),
  )
}

async function loadCollection<T>(
  entry: DatasetEntry,
  file: string,
  signal: AbortSignal | undefined,
  validate: (
    file: string,
    body: unknown,
  ) => CollectionResult<T> & { envelope: { documentId: string } },
): Promise<CollectionResult<T>> {
  const { body, warnings } = await fetchDataFile(dataFileUrl(file), file, 'json', { signal })
  const result = validate(file, body)
  if (result.envelope.documentId !== entry.id) {
    throw mismatch(file, 'documentId', entry.id, result.envelope.documentId)
  }
  return { items: result.items, issues: [...warnings, ...result.issues] }
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
