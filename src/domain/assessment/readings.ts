import type { MeasuredCommitment } from '../commitment-kinds'
import type { Figure } from '../schema/primitives'
import type { ProgressUpdate } from '../schema/update'
import { fractionOfTarget, meetsFigure } from '../target'

/**
 * What a reading counts: the value as the source reports it (no baseline to worry about), or the
 * value read without / with the target's baseline (e.g. the 12 projects reported before the
 * letter), when the data does not settle which one the target means.
 */
export type ReadingBasis = 'as-reported' | 'excluding-baseline' | 'including-baseline'

/** A figure the source does not state, worked out from two that it does: shown with its sum. */
export interface Derivation {
  op: '+' | '-'
  left: number
  right: number
}

export interface ProgressReading {
  basis: ReadingBasis
  value: number
  /** value ÷ target, not capped (1.3 = 30 % over). */
  fraction: number
  met: boolean
  /** Present when the value is not a figure of the source but arithmetic on two of them. */
  derived?: Derivation
}

export interface Progress {
  target: Figure
  readings: ProgressReading[]
  /**
   * A single percent, only when there is exactly one reading: with two (the baseline's relation
   * to the target not stated) a percent would present one reading as the fact.
   */
  percent: number | null
  /** The evidence the readings are read from. */
  update: ProgressUpdate & { value: number }
}

/**
 * The readings of a numeric commitment from its newest same-metric value. A cumulative value
 * with a baseline that counts is read as it stands; a "new" value (only what was added) is
 * added to a counting baseline; where the data does not say whether the baseline counts, both
 * readings are given and neither is called the progress.
 */
export function progressReadings(
  commitment: MeasuredCommitment,
  latest: (ProgressUpdate & { value: number }) | undefined,
): Progress | null {
  if (!latest) return null
  const target = commitment.figure
  const baseline = commitment.kind === 'target' ? commitment.baseline : undefined
  const reading = (basis: ReadingBasis, value: number, derived?: Derivation): ProgressReading => ({
    basis,
    value,
    fraction: fractionOfTarget(value, target),
    met: meetsFigure(value, target.comparator, target.value),
    ...(derived ? { derived } : {}),
  })
  const v = latest.value
  let readings: ProgressReading[]
  if (!baseline) {
    readings = [reading('as-reported', v)]
  } else {
    const b = baseline.value
    const counted = latest.counting === 'new' ? b + v : v
    const excluded = latest.counting === 'new' ? v : Math.max(v - b, 0)
    const including = reading(
      'including-baseline',
      counted,
      latest.counting === 'new' ? { op: '+', left: b, right: v } : undefined,
    )
    const excluding = reading(
      'excluding-baseline',
      excluded,
      latest.counting === 'new' ? undefined : { op: '-', left: v, right: b },
    )
    const relation = baseline.relation ?? 'not-stated'
    readings =
      relation === 'counts'
        ? [including]
        : relation === 'does-not-count'
          ? [excluding]
          : [excluding, including]
  }
  return {
    target,
    readings,
    percent: readings.length === 1 ? readings[0]!.fraction : null,
    update: latest,
  }
}
