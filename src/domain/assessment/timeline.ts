import type { Comparability } from '../schema/update'
import type { Status } from '../status'
import type { Assessment } from './assess'
import { compareIso } from '../compare-iso'

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
    .sort((a, b) => compareIso(a.date, b.date) || a.id.localeCompare(b.id))
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
        compareIso(sortDate(a.row) ?? '', sortDate(b.row) ?? '') ||
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

/** A rated source with only what the timeline's order reads, so ordering needs no full rows. */
interface OrderKey<S extends TimelineSource> {
  source: S
  status: Status
  deadline: NonNullable<Assessment['deadline']>
  group: number
  sortDate: string
  index: number
}

/** Up to this many rows are kept in order as the sources go by; more are sorted at the end. */
const KEEP_SORTED_UP_TO = 100

function compareKeys<S extends TimelineSource>(a: OrderKey<S>, b: OrderKey<S>): number {
  return a.group - b.group || compareIso(a.sortDate, b.sortDate) || a.index - b.index
}

/**
 * `capTimeline(buildTimeline(sources, asOf, today).rows, limit)` with the lines of the rows shown
 * and the whole timeline's counts, without building the rows that are not shown: each source is
 * read once for its place in the order (overdue, due date, letter or earliest evidence), and only
 * the first `limit` become full rows with their sorted markers. The list's timeline draws 12 rows
 * of up to 55,000, so only the best `limit` keys are kept as the sources go by (a sorted handful,
 * in which a later source finds its place) instead of sorting every one on each keystroke; the
 * order is the full sort's, ties kept in the sources' order.
 */
export function buildCappedTimeline<S extends TimelineSource>(
  sources: readonly S[],
  asOf: string,
  today: string = asOf,
  limit: number = Infinity,
): { timeline: Timeline<S>; more: number } {
  const cap = Math.max(0, limit)
  const best: OrderKey<S>[] = []
  let rated = 0
  let unrated = 0
  let undated = 0
  for (const source of sources) {
    if (!source.status || !source.deadline) {
      unrated++
      continue
    }
    const deadline = source.deadline
    const letterDate = source.document?.date ?? null
    if (!letterDate) undated++
    const index = rated++
    if (cap === 0) continue
    const start = letterDate ?? earliestEvidence(source)
    const due = deadline.due
    const group = deadline.light === 'red' ? 0 : due !== null ? 1 : start !== null ? 2 : 3
    const key = {
      source,
      status: source.status.status,
      deadline,
      group,
      sortDate: due ?? start ?? '',
      index,
    }
    if (cap > KEEP_SORTED_UP_TO) {
      best.push(key)
      continue
    }
    if (best.length === cap && compareKeys(key, best[cap - 1]!) >= 0) continue
    // Its place among the kept ones (a later source goes after an equal one: the sort is stable).
    let at = best.length
    while (at > 0 && compareKeys(key, best[at - 1]!) < 0) at--
    best.splice(at, 0, key)
    if (best.length > cap) best.pop()
  }
  // A long timeline (the whole view, uncapped) is sorted once instead.
  if (cap > KEEP_SORTED_UP_TO) best.sort(compareKeys).splice(cap)
  const shown = best.map((key) => timelineRow(key.source, key.status, key.deadline, asOf))
  // The letters of the rows drawn: a line for a letter none of whose rows is drawn marks nothing
  // on the chart (and at a thousand letters it was hundreds of lines, most of a click's time).
  const letters = new Set(shown.flatMap((row) => (row.letterDate ? [row.letterDate] : [])))
  const lines: TimelineLine[] = [...letters].sort().map((date) => ({ kind: 'letter', date }))
  if (today === asOf) lines.push({ kind: 'today-as-of', date: asOf })
  else lines.push({ kind: 'as-of', date: asOf }, { kind: 'today', date: today })
  return { timeline: { rows: shown, lines, unrated, undated }, more: rated - shown.length }
}

/** The earliest publication date of a source's evidence (its first marker's), or null. */
function earliestEvidence(source: TimelineSource): string | null {
  let earliest: string | null = null
  for (const u of source.evidence) {
    if (earliest === null || u.source.date < earliest) earliest = u.source.date
  }
  return earliest
}
