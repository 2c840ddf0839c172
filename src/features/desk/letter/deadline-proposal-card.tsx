import type { DeadlineProposal } from '../../../domain/promise-scanner'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { formatDeadlineWords } from './deadline-words'
import { ProposalActions } from './proposal-actions'

interface Props {
  proposal: DeadlineProposal
  decision: string | undefined
  coveredBy: string | undefined
  onAccept: () => void
  onEdit: () => void
  onReject: () => void
  onUndo: () => void
}

/** A promise with a deadline and no figure ("计划于2021年1月组织实施"), to accept, edit or reject. */
export function DeadlineProposalCard({ proposal, decision, coveredBy, ...actions }: Props) {
  const { t, lang } = useI18n()
  const offset = proposal.start - proposal.sentenceStart
  const quote = proposal.quote
  const headingId = `desk-deadline-${proposal.id}`
  return (
    <li
      className={`desk-proposal${decision || coveredBy ? ' is-decided' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {proposal.match} <span className="desk-badge">{t(`kind.${proposal.suggestedKind}`)}</span>
      </h3>
      <blockquote>
        {quote.slice(0, offset)}
        <mark>{quote.slice(offset, offset + proposal.match.length)}</mark>
        {quote.slice(offset + proposal.match.length)}
      </blockquote>
      <dl className="desk-proposal-reading">
        <dt>{t('desk.proposal.deadline')}</dt>
        <dd>{formatDeadlineWords(proposal, t, lang)}</dd>
      </dl>
      {coveredBy && decision === undefined && (
        <p className="desk-covered">{t('desk.proposal.covered', { id: coveredBy })}</p>
      )}
      <ProposalActions match={proposal.match} decision={decision} {...actions} />
    </li>
  )
}
