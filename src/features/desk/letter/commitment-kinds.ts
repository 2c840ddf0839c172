import type { JsonObject } from '../../../domain/draft/snapshot'
import type { Commitment } from '../../../domain/schema/commitment'

export type CommitmentKind = Commitment['kind']

/** The kinds the form offers, promises first, then what a letter states without promising. */
export const COMMITMENT_KINDS = [
  'target',
  'forecast',
  'promise',
  'result',
  'estimate',
  'declined',
] as const satisfies readonly CommitmentKind[]

type KindField = 'figure' | 'deadline' | 'asOf' | 'reason' | 'baseline' | 'routines'

/** The fields of its own each kind has in the contract (commitment.ts). */
const KIND_FIELDS: Record<CommitmentKind, readonly KindField[]> = {
  target: ['figure', 'deadline', 'baseline'],
  forecast: ['figure', 'deadline'],
  promise: ['deadline', 'routines'],
  result: ['figure', 'asOf'],
  estimate: ['figure', 'asOf'],
  declined: ['reason'],
}

const OWN_FIELDS = new Set<string>(Object.values(KIND_FIELDS).flat())
/** Translations that belong to a kind's own field. */
const TRANSLATION_OF: Record<string, KindField> = { reasonEn: 'reason' }

export function kindHas(kind: CommitmentKind, field: KindField): boolean {
  return KIND_FIELDS[kind]?.includes(field) ?? false
}

/**
 * What of the commitment being changed carries over to its (possibly new) kind: everything but
 * the fields another kind has (a target's baseline on what is now a promise would be refused).
 */
export function keptFields(base: JsonObject, kind: CommitmentKind): JsonObject {
  return Object.fromEntries(
    Object.entries(base).filter(([key]) => {
      const own = OWN_FIELDS.has(key) ? (key as KindField) : TRANSLATION_OF[key]
      return own === undefined || kindHas(kind, own)
    }),
  )
}
