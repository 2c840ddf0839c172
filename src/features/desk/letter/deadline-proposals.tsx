import { idOf, type JsonObject } from '../../../domain/draft/snapshot'
import type { DeadlineProposal } from '../../../domain/promise-scanner'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { DeadlineProposalCard } from './deadline-proposal-card'
import { deadlineKey } from './proposal-keys'

/**
 * The promises with a deadline and no figure the scanner found ("力争2020年完工"), each to
 * accept (as a promise or a deadline-only forecast), edit first or reject.
 */
export function DeadlineProposals({
  proposals,
  decisions,
  commitments,
  onAccept,
  onEdit,
  onReject,
  onUndo,
}: {
  proposals: DeadlineProposal[]
  decisions: Record<string, string>
  commitments: JsonObject[]
  onAccept: (proposal: DeadlineProposal) => void
  onEdit: (proposal: DeadlineProposal) => void
  onReject: (proposal: DeadlineProposal) => void
  onUndo: (proposal: DeadlineProposal) => void
}) {
  const { t } = useI18n()
  const covered = (proposal: DeadlineProposal) => coveringCommitment(proposal, commitments)
  const open = proposals.filter(
    (proposal) => decisions[deadlineKey(proposal)] === undefined && !covered(proposal),
  ).length
  return (
    <section className="desk-panel" aria-labelledby="desk-deadline-proposals-heading">
      <h2 id="desk-deadline-proposals-heading">
        {t('desk.deadlineProposal.title', { count: proposals.length, open })}
      </h2>
      <p className="desk-hint">{t('desk.deadlineProposal.intro')}</p>
      {proposals.length === 0 ? (
        <p>{t('desk.deadlineProposal.none')}</p>
      ) : (
        <ol className="desk-proposals">
          {proposals.map((proposal) => (
            <DeadlineProposalCard
              key={proposal.id}
              proposal={proposal}
              decision={decisions[deadlineKey(proposal)]}
              coveredBy={covered(proposal)}
              onAccept={() => onAccept(proposal)}
              onEdit={() => onEdit(proposal)}
              onReject={() => onReject(proposal)}
              onUndo={() => onUndo(proposal)}
            />
          ))}
        </ol>
      )}
    </section>
  )
}

/** A promise or forecast of the letter already quoting this sentence with no figure. */
function coveringCommitment(
  proposal: DeadlineProposal,
  commitments: JsonObject[],
): string | undefined {
  const found = commitments.find(
    (commitment) =>
      (commitment.kind === 'promise' || commitment.kind === 'forecast') &&
      commitment.figure === undefined &&
      typeof commitment.quote === 'string' &&
      commitment.quote !== '' &&
      proposal.quote.includes(commitment.quote) &&
      commitment.quote.includes(proposal.match),
  )
  return found ? idOf(found) : undefined
}
