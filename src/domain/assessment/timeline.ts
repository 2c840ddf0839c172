import type { Comparability } from '../schema/update'
import type { Status } from '../status'
import type { Assessment } from './assess'

/**
 * What the timeline reads from a commitment's one assessment, typed by shape so the domain does
 * not depend on the data layer: a `CommitmentRow` (assessment + letter + dataset id) fits.
 */
export type TimelineSource = Pick<
  Assessment,
  'commitment' | 'status' | 'deadline' | 'evidence' | 'evidenceUnavailable'
> & {
  datasetId: string
  document: { date?: string | undefined } | undefined
}

/** One piece of published evidence, placed on its commitment's row at its publication date. */
export interface TimelineMarker {
  id: string
  date: string
  comparability: Comparability
}

/**
 * One rated commitment on the time axis: from the letter to its deadline, or, when no deadline
 * is stated, from the letter to the view date (`openEnded`: the bar's end is the view date, not
 * a deadline). Everything here is read from the assessment; nothing is recomputed.
 */
export interface TimelineRow<S extends TimelineSource = TimelineSource> {
  source: S
  id: string
  status: Status
  /** The letter's stated date; null when the data does not state it. */
  letterDate: string | null
  /**
   * Where the bar starts: the letter's date, or, for a letter with no stated date, its earliest
   * evidence (`startBasis: 'evidence'`). Null when neither is known: the row has no bar.
   */
  start: string | null
  startBasis: 'letter' | 'evidence' | null
  /** The stated deadline's last day, or null when none is stated. */
  due: string | null
  /** Where the bar ends: the deadline, or the view date for an open-ended promise. */
  end: string
  openEnded: boolean
  /** The deadline has passed and the promise is not kept (the assessment's red light). */
  overdue: boolean
  /** Evidence published by the view date, oldest first. */
  markers: TimelineMarker[]
}

/** A line across the whole chart. Today and the view date are one line when they are one day. */
export interface TimelineLine {
  kind: 'letter' | 'today' | 'as-of' | 'today-as-of'
  date: string
}

export interface Timeline<S extends TimelineSource = TimelineSource> {
  rows: TimelineRow<S>[]
  lines: TimelineLine[]
  /** Results, estimates and declined requests: not promises, so not on the timeline. */
  unrated: number
  /** Rows whose letter states no date (their bars start at the earliest evidence, or are absent). */
  undated: number
}

/**
 * The timeline of `sources` on `asOf`. Only rated commitments get a row: a reported result, an
 * estimate or a declined request has no status and no deadline, so there is nothing to draw
 * from a start to an end; they are counted in `unrated` so the chart can say they are left out.
 */
export function buildTimeline<S extends TimelineSource>(
  sources: readonly S[],
  asOf: string,
  today: string = asOf,
): Timeline<S> {
  const rows: TimelineRow<S>[] = []
  let unrated = 0
  for (const source of sources) {
    if (!source.status || !source.deadline) {
      unrated++
      continue
    }
    rows.push(timelineRow(source, source.status.status, source.deadline, asOf))
  }
  const letters = [...new Set(rows.flatMap((row) => (row.letterDate ? [row.letterDate] : [])))]
  const lines: TimelineLine[] = letters.sort().map((date) => ({ kind: 'letter', date }))
  if (today === asOf) lines.push({ kind: 'today-as-of', date: asOf })
  else lines.push({ kind: 'as-of', date: asOf }, { kind: 'today', date: today })
  return {
    rows,
    lines,
    unrated,
    undated: rows.filter((row) => row.letterDate === null).length,
  }
}

function timelineRow<S extends TimelineSource>(
  source: S,
  status: Status,
  deadline: NonNullable<Assessment['deadline']>,
  asOf: string,
): TimelineRow<S> {
  const markers = source.evidence
    .map((u) => ({ id: u.id, date: u.source.date, comparability: u.comparability }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  const letterDate = source.document?.date ?? null
  const earliest = markers[0]?.date ?? null
  const start = letterDate ?? earliest
  return {
    source,
    id: source.commitment.id,
    status,
    letterDate,
    start,
    startBasis: letterDate ? 'letter' : earliest ? 'evidence' : null,
    due: deadline.due,
    end: deadline.due ?? asOf,
    openEnded: deadline.due === null,
    overdue: deadline.light === 'red',
    markers,
  }
}

/**
 * The order rows are shown in, most urgent first: overdue (earliest deadline first), then the
 * other dated deadlines (soonest first), then open-ended promises (oldest letter first), then
 * rows with no known start. Ties keep the order the rows came in, so the order is stable.
 */
export function orderTimeline<R extends TimelineRow>(rows: readonly R[]): R[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        group(a.row) - group(b.row) ||
        (sortDate(a.row) ?? '').localeCompare(sortDate(b.row) ?? '') ||
        a.index - b.index,
    )
    .map(({ row }) => row)
}

function group(row: TimelineRow): number {
  if (row.overdue) return 0
  if (row.due !== null) return 1
  return row.start !== null ? 2 : 3
}

function sortDate(row: TimelineRow): string | null {
  return row.due ?? row.start
}

/** The first `limit` rows in `orderTimeline`'s order, and how many more there are. */
export function capTimeline<R extends TimelineRow>(
  rows: readonly R[],
  limit: number,
): { shown: R[]; more: number } {
  const ordered = orderTimeline(rows)
  const shown = ordered.slice(0, Math.max(0, limit))
  return { shown, more: ordered.length - shown.length }
}
