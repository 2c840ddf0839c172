import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { ChangeLogEntry } from '../../domain/schema/change-log'
import type { Dataset } from './assemble'
import { useDataSource } from './data-source'
import { changeLogQuery } from './queries'
import type { CollectionResult } from './validate'

/**
 * A letter's public record of changes, fetched once and cached. Disabled (never fetched) when the
 * index lists none. Lives in lib so any page (detail, bulletin, evidence) can read it.
 */
export function useChangeLog(dataset: Dataset): UseQueryResult<CollectionResult<ChangeLogEntry>> {
  return useQuery(changeLogQuery(useDataSource(), dataset.entry))
}
