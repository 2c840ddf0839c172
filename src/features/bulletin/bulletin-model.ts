import { buildBulletin, type Bulletin } from '../../domain/bulletin/bulletin'
import type { LetterChangeLog } from '../../domain/bulletin/change-log'
import {
  dayBefore,
  readPeriod,
  type Period,
  type PeriodProblem,
} from '../../domain/bulletin/period'
import { buildCommitmentRows } from '../../lib/data/commitment-rows'
import { datasetsAsOf } from '../../lib/data/select-as-of'
import type { Dashboard } from '../../lib/data/use-dashboard'

/** Why no bulletin can be drawn: the address's dates, or a period after the view date. */
export type BulletinProblem = PeriodProblem | { code: 'after-view'; from: string; asOf: string }

export interface BulletinView {
  /** The period drawn (its end cut at the view date), or null with a problem. */
  period: Period | null
  /** The address named no period: the default (last month) is shown. */
  isDefault: boolean
  /** The asked-for end was after the view date, which time travel does not look past. */
  clippedFrom: string | null
  problem: BulletinProblem | null
  bulletin: Bulletin | null
  /** The newest date among the letters shown: where "since the reply letter" starts. */
  letterDate: string | null
}

/**
 * The bulletin for the address's `from`/`to`, from the dashboard's data: the letters the view
 * shows (its `doc`), assessed on the day before the period and on its last day with the same
 * buildCommitmentRows as every surface. Quotes are not part of a bulletin, so no letter text is
 * passed (their check stays "unchecked" in these rows and is never shown here). `changeLogs` are
 * the logs of the letters whose index lists one (useChangeLogs); only the letters shown and out
 * by the period's end are kept.
 */
export function bulletinView(
  data: Dashboard,
  rawFrom: string | null,
  rawTo: string | null,
  changeLogs: readonly LetterChangeLog[] = [],
): BulletinView {
  const letterDate = newestLetterDate(data)
  const reading = readPeriod(rawFrom, rawTo, data.asOf)
  const none = { period: null, isDefault: false, clippedFrom: null, bulletin: null, letterDate }
  if (reading.state === 'invalid') return { ...none, problem: reading.problem }
  const asked = reading.period
  if (asked.from > data.asOf) {
    return { ...none, problem: { code: 'after-view', from: asked.from, asOf: data.asOf } }
  }
  const period = asked.to > data.asOf ? { from: asked.from, to: data.asOf } : asked
  const shown = new Set(data.visible.map((d) => d.entry.id))
  const letters = data.datasets.filter((d) => shown.has(d.entry.id))
  const baseline = dayBefore(period.from)
  const atEnd = datasetsAsOf(letters, period.to)
  // On the view date itself the dashboard's own rows are the assessment: reuse them.
  const after = period.to === data.asOf ? data.rows : buildCommitmentRows(atEnd, period.to)
  const before = buildCommitmentRows(datasetsAsOf(letters, baseline), baseline)
  const outByEnd = new Set(atEnd.map((d) => d.entry.id))
  const bulletin = buildBulletin({
    period,
    before,
    after,
    letters: atEnd.map((d) => ({ id: d.entry.id, document: d.document, funding: d.funding })),
    changeLogs: changeLogs.filter((log) => outByEnd.has(log.datasetId)),
  })
  return {
    period,
    isDefault: reading.state === 'default',
    clippedFrom: period === asked ? null : asked.to,
    problem: null,
    bulletin,
    letterDate,
  }
}

function newestLetterDate(data: Dashboard): string | null {
  let newest: string | null = null
  for (const dataset of data.visible) {
    const date = dataset.document?.date
    if (date && date <= data.asOf && (newest === null || date > newest)) newest = date
  }
  return newest
}
