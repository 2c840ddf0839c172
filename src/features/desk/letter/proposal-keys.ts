import type { DeadlineProposal } from '../../../domain/promise-scanner'

/**
 * A deadline proposal's key among the draft's decisions, apart from the figures' keys (both are
 * `${start}-${end}` of their words, and a decision must never be read as the other's).
 */
export function deadlineKey(proposal: DeadlineProposal): string {
  return `deadline-${proposal.id}`
}
