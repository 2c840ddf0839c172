import { qualify, type Assessment, type QualifiedEvidence } from '../assessment/assess'
import { DUE_SOON_DAYS, type DeadlineState } from '../deadline'
import { datedEntries, type DatedEntry } from '../funding'
import type { SourceDocument } from '../schema/document'
import type { FundingLine, FundingStage } from '../schema/funding'
import type { StatusResult } from '../status'
import { changeLogInPeriod, type BulletinChangeLog, type LetterChangeLog } from './change-log'
import { dayBefore, type Period } from './period'
import { compareIso } from '../compare-iso'

/**
 * The periodic bulletin (周报 · 月通报 · 季分析 · 年考核): what changed between the day before the
 * period and its last day, read from two sets of the one assessment (never a rule of its own).
 * Pure: the caller builds the assessments for both days and hands in the letters' funding.
 */

/** One commitment's assessment, with its letter: the shape lib/data's CommitmentRow has. */
export interface BulletinRow extends Assessment {
  datasetId: string
  document: SourceDocument | undefined
}

/** A letter as known on the period's last day: its document and its funding lines. */
export interface BulletinLetter {
  id: string
  document: SourceDocument | undefined
  funding: readonly FundingLine[]
}

export interface BulletinInput {
  period: Period
  /** Every commitment's assessment on the day before `from` (letters not out yet are absent). */
  before: readonly BulletinRow[]
  /** Every commitment's assessment on `to`. */
  after: readonly BulletinRow[]
  letters: readonly BulletinLetter[]
  /** How far past `to` the upcoming deadlines reach; DUE_SOON_DAYS (the yellow light) by default. */
  upcomingDays?: number
  /** The letters whose index lists a change log (none: the bulletin has no such section). */
  changeLogs?: readonly LetterChangeLog[]
}

export interface EvidenceItem {
  row: BulletinRow
  /** With its comparability and caveat: a related metric is never shown without them. */
  evidence: QualifiedEvidence
}

export interface StatusChange {
  row: BulletinRow
  before: StatusResult
  /** The status on `to`, whose reason the bulletin shows. */
  after: StatusResult
}

/** A letter first known in the period: its promises are rated for the first time, not "changed". */
export interface NewLetter {
  datasetId: string
  document: SourceDocument | undefined
  /** Its rated commitments with their first status (results and estimates have none). */
  rated: BulletinRow[]
  /** All its commitments, rated or not. */
  commitments: number
}

export interface DeadlineItem {
  row: BulletinRow
  deadline: DeadlineState & { due: string; days: number }
}

/** Money the period's data reports at a stage: a level on a date, never an increment. */
export interface MoneyItem {
  datasetId: string
  document: SourceDocument | undefined
  line: FundingLine
  dated: DatedEntry
  /** The same line's amount at the same stage before the period, for comparison (not subtracted). */
  previous: DatedEntry | null
}

export interface BulletinCounts {
  evidence: number
  statusChanges: number
  newLetters: number
  newlyOverdue: number
  upcoming: number
  money: number
  noEvidence: number
  unreadable: number
}

export interface Bulletin {
  period: Period
  /** The day whose assessment the changes are measured from. */
  baseline: string
  upcomingDays: number
  evidence: EvidenceItem[]
  statusChanges: StatusChange[]
  newLetters: NewLetter[]
  newlyOverdue: DeadlineItem[]
  upcoming: DeadlineItem[]
  money: MoneyItem[]
  /** Rated commitments with no evidence at all by `to`, from letters whose evidence could be read. */
  noEvidence: BulletinRow[]
  /** Rated commitments whose letter's evidence file could not be read: unknown, not "none". */
  unreadable: BulletinRow[]
  /** The change-log entries dated in the period; null when no letter has a change log. */
  changeLog: BulletinChangeLog | null
  counts: BulletinCounts
}

/** The stages that mean money moved: approved for use, or paid out. Pledges and needs are not. */
export const MONEY_STAGES = ['allocated', 'disbursed'] as const satisfies readonly FundingStage[]

export function buildBulletin({
  period,
  before,
  after,
  letters,
  upcomingDays = DUE_SOON_DAYS,
  changeLogs = [],
}: BulletinInput): Bulletin {
  const { from, to } = period
  const baseline = dayBefore(from)
  const earlier = new Map(before.map((row) => [row.commitment.id, row]))
  const knownLetters = new Set(before.map((row) => row.datasetId))

  const evidence = after
    .flatMap((row) =>
      row.evidence
        .filter((update) => update.source.date >= from && update.source.date <= to)
        .map((update) => ({ row, evidence: qualify(update) })),
    )
    // Newest first, as every evidence list; a stable order within a day.
    .sort((a, b) => compareIso(b.evidence.update.source.date, a.evidence.update.source.date))

  const statusChanges: StatusChange[] = []
  for (const row of after) {
    const was = earlier.get(row.commitment.id)
    if (!row.status || !was?.status) continue
    if (was.status.status !== row.status.status)
      statusChanges.push({ row, before: was.status, after: row.status })
  }

  const newLetters = lettersFirstKnown(after, knownLetters, letters)

  const newlyOverdue: DeadlineItem[] = []
  const upcoming: DeadlineItem[] = []
  for (const row of after) {
    const deadline = datedDeadline(row.deadline)
    if (!deadline || deadline.light === 'done') continue
    // Red on `to` with a last day on or after the baseline day: it passed within the period.
    if (deadline.light === 'red' && deadline.due >= baseline) newlyOverdue.push({ row, deadline })
    else if (deadline.days >= 0 && deadline.days <= upcomingDays) upcoming.push({ row, deadline })
  }
  upcoming.sort((a, b) => compareIso(a.deadline.due, b.deadline.due))
  newlyOverdue.sort((a, b) => compareIso(a.deadline.due, b.deadline.due))

  const money = letters.flatMap((letter) => moneyInPeriod(letter, period))

  const rated = after.filter((row) => row.status !== null && row.evidence.length === 0)
  const noEvidence = rated.filter((row) => !row.evidenceUnavailable)
  const unreadable = rated.filter((row) => row.evidenceUnavailable)

  return {
    period,
    baseline,
    upcomingDays,
    evidence,
    statusChanges,
    newLetters,
    newlyOverdue,
    upcoming,
    money,
    noEvidence,
    unreadable,
    changeLog: changeLogInPeriod(changeLogs, period, after, letters),
    counts: {
      evidence: evidence.length,
      statusChanges: statusChanges.length,
      newLetters: newLetters.length,
      newlyOverdue: newlyOverdue.length,
      upcoming: upcoming.length,
      money: money.length,
      noEvidence: noEvidence.length,
      unreadable: unreadable.length,
    },
  }
}

function datedDeadline(state: DeadlineState | null): DeadlineItem['deadline'] | null {
  if (!state || state.due === null || state.days === null) return null
  return { ...state, due: state.due, days: state.days }
}

/**
 * Letters with commitments on `to` and none on the baseline day: out during the period (a
 * letter with no stated date is known on every day, so it is never new).
 */
function lettersFirstKnown(
  after: readonly BulletinRow[],
  knownBefore: ReadonlySet<string>,
  letters: readonly BulletinLetter[],
): NewLetter[] {
  const byLetter = new Map<string, BulletinRow[]>()
  for (const row of after) {
    if (knownBefore.has(row.datasetId)) continue
    const rows = byLetter.get(row.datasetId)
    if (rows) rows.push(row)
    else byLetter.set(row.datasetId, [row])
  }
  const order = new Map(letters.map((letter, i) => [letter.id, i]))
  return [...byLetter.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([datasetId, rows]) => ({
      datasetId,
      document: rows[0]!.document,
      rated: rows.filter((row) => row.status !== null),
      commitments: rows.length,
    }))
}

/**
 * Entries at an allocated or disbursed stage dated within the period. Each is a level ("by this
 * day, so much"), shown with the line's previous level at that stage; nothing is added up, across
 * lines or bodies, and a stated need or shortfall is never counted as money that moved.
 */
function moneyInPeriod(letter: BulletinLetter, { from, to }: Period): MoneyItem[] {
  const documentDates = letter.document ? { [letter.document.id]: letter.document.date } : {}
  const context = { documentDates, asOf: to }
  return letter.funding.flatMap((line) => {
    const entries = datedEntries(line, context).filter(({ entry }) =>
      (MONEY_STAGES as readonly FundingStage[]).includes(entry.stage),
    )
    return entries
      .filter(({ date }) => date !== '' && date >= from)
      .sort((a, b) => compareIso(a.date, b.date))
      .map((dated) => ({
        datasetId: letter.id,
        document: letter.document,
        line,
        dated,
        previous: previousLevel(entries, dated, from),
      }))
  })
}

function previousLevel(
  entries: readonly DatedEntry[],
  current: DatedEntry,
  from: string,
): DatedEntry | null {
  let previous: DatedEntry | null = null
  for (const dated of entries) {
    if (dated.entry.stage !== current.entry.stage || dated.date === '' || dated.date >= from)
      continue
    if (!previous || dated.date >= previous.date) previous = dated
  }
  return previous
}
