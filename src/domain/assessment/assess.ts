import { isMeasured, isRated, type RatedCommitment } from '../commitment-kinds'
import { partialDateEnd } from '../dates'
import { deadlineState, daysBetween, type DeadlineState } from '../deadline'
import type { Commitment, CommitmentKind } from '../schema/commitment'
import type { Comparability, ProgressUpdate } from '../schema/update'
import { commitmentStatus, type StatusResult } from '../status'
import { evidenceFor, latestMeasurement } from '../target'
import { freshness, type Freshness } from './freshness'
import { progressReadings, type Progress } from './readings'

/** Whether the commitment's quote occurs verbatim in its letter; `unchecked` until the text loads. */
export type QuoteCheck = 'found' | 'not-found' | 'unchecked'

/** Evidence that bears on a commitment without measuring its figure: read only with its caveat. */
export interface QualifiedEvidence {
  update: ProgressUpdate
  comparability: Exclude<Comparability, 'same-metric'> | 'same-metric'
  /** The data's own words on why it is not the promised figure (the update's note). */
  caveat: { zh: string; en: string | undefined } | null
}

/**
 * Everything any surface says about one commitment on one day. Computed once per loaded data and
 * as-of date (see lib/data/assessments); components, exports and embeds only render it.
 */
export interface Assessment {
  commitment: Commitment
  /** The kind, which is also the label every surface gives it (量化目标, 工作承诺, …). */
  kind: CommitmentKind
  /** Null for reported results, estimates and declined requests: not promises, never rated. */
  status: StatusResult | null
  /** Null for results and promises, and for numeric commitments with no same-metric value yet. */
  progress: Progress | null
  /** Null for reported results: they have no deadline to watch. */
  deadline: DeadlineState | null
  /** All of the commitment's evidence published by the as-of date, newest first. */
  evidence: ProgressUpdate[]
  /** The newest same-metric value, the only kind that counts as progress. */
  latestComparable: (ProgressUpdate & { value: number }) | undefined
  /**
   * The newest evidence of any kind, with its comparability and caveat: what a surface shows
   * under "latest evidence". Related metrics and context always travel with their caveat.
   */
  latestEvidence: QualifiedEvidence | null
  /** The newest related-metric or context evidence (shown beside a comparable figure). */
  latestRelated: QualifiedEvidence | null
  /** The publication date of the newest evidence, or null when there is none. */
  newestEvidenceDate: string | null
  /** Open commitments only: days since the newest evidence, or since the letter. */
  freshness: Freshness | null
  /** Open commitments without a stated deadline: how long since the letter promised it. */
  openDays: number | null
  quote: QuoteCheck
  /**
   * The letter's evidence file could not be read: nothing can be said about evidence, so no
   * surface may say "no evidence published" and no status is computed from the silence.
   */
  evidenceUnavailable: boolean
}

export interface LetterFacts {
  /** The letter's date; absent when the data does not state it. */
  date?: string | undefined
  /** The letter's full text, when loaded. */
  text?: string | undefined
  /** The letter's evidence file could not be read (see Assessment.evidenceUnavailable). */
  evidenceUnavailable?: boolean
}

/**
 * The one assessment of a commitment on `asOf`. `updates` may be all of the letter's updates or
 * just this commitment's; only the commitment's own, published by `asOf`, are read.
 */
export function assess(
  commitment: Commitment,
  updates: readonly ProgressUpdate[],
  asOf: string,
  letter: LetterFacts = {},
): Assessment {
  const evidence = evidenceFor(commitment.id, updates, asOf)
  const latestComparable = latestMeasurement(commitment.id, evidence, asOf)
  const newestEvidenceDate = evidence.reduce<string | null>(
    (d, u) => (d === null || u.source.date > d ? u.source.date : d),
    null,
  )
  const latestEvidence = evidence[0] ? qualify(evidence[0]) : null
  const related = evidence.find((u) => u.comparability !== 'same-metric')
  const quote = checkQuote(commitment.quote, letter.text)
  const base = {
    commitment,
    kind: commitment.kind,
    evidence,
    latestComparable,
    latestEvidence,
    latestRelated: related ? qualify(related) : null,
    newestEvidenceDate,
    quote,
    evidenceUnavailable: letter.evidenceUnavailable === true,
  }
  if (!isRated(commitment)) {
    return {
      ...base,
      status: null,
      progress: null,
      deadline: null,
      freshness: null,
      openDays: null,
    }
  }
  const progress = isMeasured(commitment) ? progressReadings(commitment, latestComparable) : null
  const status = letter.evidenceUnavailable
    ? unknownWithoutEvidence()
    : commitmentStatus(commitment, evidence, progress, asOf)
  const kept = status.status === 'kept'
  const deadline = deadlineState(commitment.deadline, asOf, kept, paceInput(commitment, progress))
  const open = status.status !== 'kept' && status.status !== 'broken'
  const openDays =
    open && deadline.due === null && letter.date && letter.date <= asOf
      ? daysBetween(letter.date, asOf)
      : null
  return {
    ...base,
    status,
    progress,
    deadline,
    freshness:
      open && !letter.evidenceUnavailable ? freshness(newestEvidenceDate, letter.date, asOf) : null,
    openDays,
  }
}

/** An update with its comparability and caveat, as every surface must show it. */
function unknownWithoutEvidence(): StatusResult {
  const computed = {
    status: 'not-rated' as const,
    reason: { code: 'evidence-unavailable' as const, params: {} },
  }
  return { ...computed, source: 'computed', computed }
}

export function qualify(update: ProgressUpdate): QualifiedEvidence {
  const hasCaveat = update.comparability !== 'same-metric' && (update.note || update.noteEn)
  return {
    update,
    comparability: update.comparability,
    caveat: hasCaveat ? { zh: update.note ?? update.noteEn ?? '', en: update.noteEn } : null,
  }
}

/**
 * Pace is measured from a dated baseline only when the data says the baseline counts toward the
 * target; otherwise the distance covered is not known and pace is never assumed to be behind.
 */
function paceInput(commitment: RatedCommitment, progress: Progress | null) {
  if (!isMeasured(commitment)) return {}
  const stated = commitment.kind === 'target' ? commitment.baseline : undefined
  // A baseline "as of 2023" is only known to hold by the end of 2023.
  const baseline = stated && {
    ...stated,
    asOf: stated.asOf === null ? null : partialDateEnd(stated.asOf),
  }
  const reading = progress?.readings.length === 1 ? progress.readings[0] : undefined
  const latest = reading && progress ? { value: reading.value, asOf: progress.update.asOf } : null
  if (baseline && baseline.relation !== 'counts') return { target: commitment.figure.value }
  return {
    ...(baseline ? { baseline } : {}),
    ...(latest ? { latest } : {}),
    target: commitment.figure.value,
  }
}

/** Quotes never span lines (one paragraph per line), so a quote with a line break is not found. */
function checkQuote(quote: string, text: string | undefined): QuoteCheck {
  if (text === undefined) return 'unchecked'
  return !quote.includes('\n') && text.includes(quote) ? 'found' : 'not-found'
}

/** The newest evidence date among assessments: the "data as of" every page and export shows. */
export function newestEvidenceDate(assessments: Iterable<Assessment>): string | null {
  let newest: string | null = null
  for (const a of assessments) {
    if (a.newestEvidenceDate && (newest === null || a.newestEvidenceDate > newest))
      newest = a.newestEvidenceDate
  }
  return newest
}
