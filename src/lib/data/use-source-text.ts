import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Dataset } from './assemble'
import { useDataSource } from './data-source'
import { sourceTextQuery } from './queries'

/**
 * The full text of a dataset's letter, fetched once and cached by React Query (the source-letter
 * page, every commitment of the letter and the quote check of the rows share one request).
 * Disabled while the document file is missing: without it there is no `sourceText` path to
 * fetch. Callers check `dataset.document`. Lives in lib so no feature imports another for it.
 */
export function useSourceText(dataset: Dataset): UseQueryResult<string> {
  return useQuery(sourceTextQuery(useDataSource(), dataset.entry, dataset.document))
}
