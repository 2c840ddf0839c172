import { useI18n } from '../../../lib/i18n/i18n-context'

/** Accept, edit first or reject a proposal; once decided, what was decided and a way back. */
export function ProposalActions({
  match,
  decision,
  onAccept,
  onEdit,
  onReject,
  onUndo,
}: {
  /** The proposal's words, so each button says which proposal it acts on. */
  match: string
  /** "rejected", the id of the commitment it became, or undefined while undecided. */
  decision: string | undefined
  onAccept: () => void
  onEdit: () => void
  onReject: () => void
  onUndo: () => void
}) {
  const { t } = useI18n()
  return decision === undefined ? (
    <p className="desk-actions">
      <button
        type="button"
        className="desk-primary"
        onClick={onAccept}
        aria-label={t('desk.proposal.acceptLabel', { match })}
      >
        {t('desk.proposal.accept')}
      </button>
      <button type="button" onClick={onEdit} aria-label={t('desk.proposal.editLabel', { match })}>
        {t('desk.proposal.edit')}
      </button>
      <button
        type="button"
        onClick={onReject}
        aria-label={t('desk.proposal.rejectLabel', { match })}
      >
        {t('desk.proposal.reject')}
      </button>
    </p>
  ) : (
    <p className="desk-actions">
      <span className="desk-decision">
        {decision === 'rejected'
          ? t('desk.proposal.rejected')
          : t('desk.proposal.accepted', { id: decision })}
      </span>
      <button type="button" onClick={onUndo} aria-label={t('desk.proposal.undoLabel', { match })}>
        {t('desk.proposal.undo')}
      </button>
    </p>
  )
}
