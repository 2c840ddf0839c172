import { queryOptions } from '@tanstack/react-query'
import type { DatasetEntry } from '../../domain/schema/data-index'
import type { SourceDocument } from '../../domain/schema/document'
import { dataSourceKey } from './data-source'
import {
  loadCommitments,
  loadDocumentFile,
  loadFunding,
  loadIndexFile,
  loadSourceText,
  loadUpdates,
} from './loaders'

/** One queryOptions factory per data resource; keys are never retyped elsewhere. */
export const dataKeys = {
  all: ['data'] as const,
  // The source (published, or the desk's draft in preview) keeps the two caches apart.
  index: () => [...dataKeys.all, dataSourceKey(), 'index'] as const,
  file: (entry: DatasetEntry, resource: string, file: string) =>
    [...dataKeys.all, dataSourceKey(), entry.id, resource, file] as const,
}

export const dataIndexQuery = () =>
  queryOptions({ queryKey: dataKeys.index(), queryFn: ({ signal }) => loadIndexFile({ signal }) })

export const documentQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(entry, 'document', entry.document),
    queryFn: ({ signal }) => loadDocumentFile(entry, { signal }),
  })

export const sourceTextQuery = (entry: DatasetEntry, document: SourceDocument | undefined) =>
  queryOptions({
    queryKey: dataKeys.file(entry, 'source-text', document?.sourceText ?? ''),
    queryFn: ({ signal }) => loadSourceText(entry, document!, { signal }),
    enabled: document !== undefined,
  })

export const commitmentsQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(entry, 'commitments', entry.commitments),
    queryFn: ({ signal }) => loadCommitments(entry, { signal }),
  })

export const updatesQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(entry, 'updates', entry.updates ?? ''),
    queryFn: ({ signal }) => loadUpdates(entry, { signal }),
  })

export const fundingQuery = (entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(entry, 'funding', entry.funding ?? ''),
    queryFn: ({ signal }) => loadFunding(entry, { signal }),
  })
