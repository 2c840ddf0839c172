import { formatDeadlineWords } from './deadline-words'
import { formatFigure } from '../../../domain/figure-format'
import type { NumericProposal } from '../../../domain/promise-scanner'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { ProposalActions } from './proposal-actions'

interface Props {
  proposal: NumericProposal
  /** "rejected", the id of the commitment it became, or undefined while undecided. */
  decision: string | undefined
  /** An existing commitment that already quotes this figure. */
  coveredBy: string | undefined
  onAccept: () => void
  onEdit: () => void
  onReject: () => void
  onUndo: () => void
}

/** One figure the scanner found, with its reading, for the official to accept, edit or reject. */
export function ProposalCard({
  proposal,
  decision,
  coveredBy,
  onAccept,
  onEdit,
  onReject,
  onUndo,
}: Props) {
  const { t, lang } = useI18n()
  const offset = proposal.start - proposal.sentenceStart
  const quote = proposal.quote
  const headingId = `desk-proposal-${proposal.id}`
  return (
    <li
      className={`desk-proposal${decision || coveredBy ? ' is-decided' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {proposal.match}{' '}
        <span className="desk-badge">{t(`kind.${proposal.suggestedKind}` as MessageKey)}</span>
      </h3>
      <blockquote>
        {quote.slice(0, offset)}
        <mark>{quote.slice(offset, offset + proposal.match.length)}</mark>
        {quote.slice(offset + proposal.match.length)}
      </blockquote>
      <dl className="desk-proposal-reading">
        <dt>{t('desk.proposal.figure')}</dt>
        <dd>
          {formatFigure(proposal.figure, lang)} ·{' '}
          {t(`desk.pattern.${proposal.pattern}` as MessageKey)}
        </dd>
        <dt>{t('desk.proposal.deadline')}</dt>
        <dd>{formatDeadlineWords(proposal, t, lang)}</dd>
        {proposal.asOfText && (
          <>
            <dt>{t('desk.proposal.asOf')}</dt>
            <dd>
              {proposal.asOfText}
              {proposal.asOf ? ` → ${proposal.asOf}` : ` → ${t('desk.proposal.asOfUnclear')}`}
            </dd>
          </>
        )}
        {proposal.fundSource === 'self-raised' && (
          <>
            <dt>{t('desk.proposal.fundSource')}</dt>
            <dd>{t('desk.fundSource.self-raised')}</dd>
          </>
        )}
        {(lang === 'en' ? proposal.noteEn : proposal.note) && (
          <>
            <dt>{t('desk.proposal.note')}</dt>
            <dd>{lang === 'en' ? proposal.noteEn : proposal.note}</dd>
          </>
        )}
      </dl>
      {coveredBy && decision === undefined && (
        <p className="desk-covered">{t('desk.proposal.covered', { id: coveredBy })}</p>
      )}
      <ProposalActions
        match={proposal.match}
        decision={decision}
        onAccept={onAccept}
        onEdit={onEdit}
        onReject={onReject}
        onUndo={onUndo}
      />
    </li>
  )
}
