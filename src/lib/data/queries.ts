import { queryOptions } from '@tanstack/react-query'
import type { DatasetEntry } from '../../domain/schema/data-index'
import type { SourceDocument } from '../../domain/schema/document'
import type { DataSource } from './data-source'
import {
  loadChangeLog,
  loadCommitments,
  loadDocumentFile,
  loadFunding,
  loadIndexFile,
  loadSourceText,
  loadUpdates,
} from './loaders'

/**
 * One queryOptions factory per data resource; keys are never retyped elsewhere. Each takes the
 * data source as its first argument (from useDataSource() in components), and the source's key
 * goes into the query key: published and draft data are cached apart, never mixed.
 */
export const dataKeys = {
  all: ['data'] as const,
  source: (source: DataSource) => [...dataKeys.all, source.key] as const,
  index: (source: DataSource) => [...dataKeys.source(source), 'index'] as const,
  file: (source: DataSource, entry: DatasetEntry, resource: string, file: string) =>
    [...dataKeys.source(source), entry.id, resource, file] as const,
}

export const dataIndexQuery = (source: DataSource) =>
  queryOptions({
    queryKey: dataKeys.index(source),
    queryFn: ({ signal }) => loadIndexFile(source, { signal }),
  })

export const documentQuery = (source: DataSource, entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'document', entry.document),
    queryFn: ({ signal }) => loadDocumentFile(source, entry, { signal }),
  })

export const sourceTextQuery = (
  source: DataSource,
  entry: DatasetEntry,
  document: SourceDocument | undefined,
) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'source-text', document?.sourceText ?? ''),
    queryFn: ({ signal }) => loadSourceText(source, entry, document!, { signal }),
    enabled: document !== undefined,
  })

export const commitmentsQuery = (source: DataSource, entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'commitments', entry.commitments),
    queryFn: ({ signal }) => loadCommitments(source, entry, { signal }),
  })

export const updatesQuery = (source: DataSource, entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'updates', entry.updates ?? ''),
    queryFn: ({ signal }) => loadUpdates(source, entry, { signal }),
  })

export const fundingQuery = (source: DataSource, entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'funding', entry.funding ?? ''),
    queryFn: ({ signal }) => loadFunding(source, entry, { signal }),
  })

/** Enabled only when the index lists a change log: letters published without one ask for nothing. */
export const changeLogQuery = (source: DataSource, entry: DatasetEntry) =>
  queryOptions({
    queryKey: dataKeys.file(source, entry, 'changes', entry.changes ?? ''),
    queryFn: ({ signal }) => loadChangeLog(source, entry, { signal }),
    enabled: entry.changes !== undefined,
  })
