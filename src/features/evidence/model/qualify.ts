import { qualify, type QualifiedEvidence } from '../../../domain/assessment/assess'
import type { ProgressUpdate } from '../../../domain/schema/update'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'

/**
 * One piece of a commitment's evidence with its comparability and caveat. The assessment has
 * already qualified the latest and the latest related item: those are reused as they are, and
 * older items are qualified by the same rule (domain/assessment's `qualify`), so this page says
 * of each exactly what every other surface says.
 */
export function qualifyEvidence(
  row: Pick<CommitmentRow, 'latestEvidence' | 'latestRelated'>,
  update: ProgressUpdate,
): QualifiedEvidence {
  if (row.latestEvidence?.update === update) return row.latestEvidence
  if (row.latestRelated?.update === update) return row.latestRelated
  return qualify(update)
}
