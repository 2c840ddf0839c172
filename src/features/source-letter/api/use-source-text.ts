import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Dataset } from '../../../lib/data/assemble'
import { sourceTextQuery } from '../../../lib/data/queries'

/**
 * The full text of a dataset's letter, fetched once and cached by React Query (the source-letter
 * page and every commitment of the letter share one request). Disabled while the document file is
 * missing: without it there is no `sourceText` path to fetch. Callers check `dataset.document`.
 */
export function useSourceText(dataset: Dataset): UseQueryResult<string> {
  return useQuery(sourceTextQuery(dataset.entry, dataset.document))
}
