import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { AssessmentStatus } from '../../../lib/ui/assessment/assessment-status'

/**
 * The status after a marked quote: a shape and a word, never colour alone, from the row's
 * assessment. Results the letter reports as done are not promises to keep: they show their kind
 * and no badge, as on every other surface.
 */
export function StatusMarker({ row }: { row: CommitmentRow }) {
  return <AssessmentStatus row={row} reason={false} />
}
