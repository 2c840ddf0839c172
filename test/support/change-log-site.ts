import type { DataFiles } from '../../mocks/data-handlers'
import { letterFiles } from './real-data'

/** Where the tests serve km-153005's change log (under the data folder). */
export const CHANGES = 'km-153005/changes.json'

/**
 * The shipped one-letter site, its index listing a change log served with `body` (an
 * illustrative log built by the test; never shipped). Without `body` the listed log is missing.
 */
export function filesWithChangeLog(body?: unknown): DataFiles {
  const files = letterFiles()
  const index = files['index.json'] as { datasets: Array<Record<string, unknown>> }
  index.datasets[0]!.changes = CHANGES
  if (body !== undefined) files[CHANGES] = body
  return files
}
