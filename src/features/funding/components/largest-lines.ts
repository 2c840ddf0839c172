import { ALL_FUNDING_STAGES } from '../../../domain/funding'
import type { StageRow } from './funding-stages-chart'

/**
 * Bar groups drawn at most. Hundreds of letters carry thousands of funding lines; a chart of
 * thousands of bars is unreadable and takes seconds to draw. The table keeps every line.
 */
export const CHARTED_LINES = 30

/**
 * The `limit` lines with the largest amount at any stage (a stated need included: a line may state
 * nothing else), in their original order.
 */
export function largestLines(rows: StageRow[], limit: number): StageRow[] {
  if (rows.length <= limit) return rows
  const largest = (row: StageRow) =>
    Math.max(0, ...ALL_FUNDING_STAGES.map((stage) => row.stages[stage]?.amount ?? 0))
  const kept = new Set(
    [...rows]
      .sort((a, b) => largest(b) - largest(a))
      .slice(0, limit)
      .map((row) => row.id),
  )
  return rows.filter((row) => kept.has(row.id))
}
