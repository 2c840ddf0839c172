import type { Assessment, QualifiedEvidence } from '../../domain/assessment/assess'

/**
 * The like-for-like value the progress is read from, when the newest evidence is something else
 * (a related metric published later): "13 projects with results" is the latest news about
 * 立项20个以上, but its progress comes from "3 new projects in 2023", which a surface that shows
 * the progress must name too. Null when the newest evidence is that value, or there is none.
 */
export function comparableBehindProgress(
  row: Pick<Assessment, 'latestComparable' | 'latestEvidence'>,
): QualifiedEvidence | null {
  const update = row.latestComparable
  if (!update || row.latestEvidence?.update === update) return null
  return { update, comparability: 'same-metric', caveat: null }
}
