import type { Commitment } from './schema/commitment'
import type { Figure } from './schema/primitives'

/**
 * Which commitments are promises that can be kept or broken. Reported results, cost estimates and
 * declined requests are things the letter states, not things it promises: they carry no status,
 * no deadline light and no freshness anywhere.
 */
export type RatedCommitment = Extract<Commitment, { kind: 'target' | 'forecast' | 'promise' }>
export type UnratedCommitment = Exclude<Commitment, RatedCommitment>

/** A commitment whose figure progress is measured against (a forecast may have none). */
export type MeasuredCommitment = Extract<Commitment, { kind: 'target' | 'forecast' }> & {
  figure: Figure
}

export const UNRATED_KINDS = [
  'result',
  'estimate',
  'declined',
] as const satisfies readonly UnratedCommitment['kind'][]

export function isRated(commitment: Commitment): commitment is RatedCommitment {
  return (
    commitment.kind === 'target' || commitment.kind === 'forecast' || commitment.kind === 'promise'
  )
}

export function isMeasured(commitment: Commitment): commitment is MeasuredCommitment {
  return (
    (commitment.kind === 'target' || commitment.kind === 'forecast') &&
    commitment.figure !== undefined
  )
}

/** The figure the letter states for it, if any (a result's, an estimate's or a target's). */
export function figureOf(commitment: Commitment): Figure | undefined {
  return 'figure' in commitment ? commitment.figure : undefined
}

/** The stated deadline of a promise; undefined for kinds that have none. */
export function deadlineOf(commitment: Commitment): RatedCommitment['deadline'] | undefined {
  return isRated(commitment) ? commitment.deadline : undefined
}

/** When a result's or an estimate's figure held, as precise as the letter says. */
export function statedAsOf(commitment: Commitment): string | null | undefined {
  return 'asOf' in commitment ? commitment.asOf : undefined
}
