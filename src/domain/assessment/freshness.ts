import { daysBetween } from '../deadline'

/** No news for this long is worth saying out loud, for every open commitment alike. */
export const QUIET_AFTER_DAYS = 365

/**
 * How long an open commitment has gone without news: from its newest evidence, or from the
 * letter when there is none. A fact shown beside the status, never a status of its own: silence
 * is reported as silence, not as "stalled".
 */
export interface Freshness {
  since: string
  basis: 'evidence' | 'letter'
  days: number
  quiet: boolean
}

export function freshness(
  newestEvidence: string | null,
  letterDate: string | undefined,
  asOf: string,
): Freshness | null {
  const since = newestEvidence ?? letterDate
  if (!since || since > asOf) return null
  const days = daysBetween(since, asOf)
  return {
    since,
    basis: newestEvidence ? 'evidence' : 'letter',
    days,
    quiet: days > QUIET_AFTER_DAYS,
  }
}
