import { useEffect, useMemo, useState } from 'react'
import { decideProposal, removeItem, upsertItem } from '../../../domain/draft/draft-edits'
import {
  idOf,
  itemsOf,
  type DatasetSnapshot,
  type JsonObject,
} from '../../../domain/draft/snapshot'
import {
  scanDeadlinePromises,
  scanNumericPromises,
  type DeadlineProposal,
  type NumericProposal,
} from '../../../domain/promise-scanner'
import type { Commitment } from '../../../domain/schema/commitment'
import type { FundingLine } from '../../../domain/schema/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { loadSimplify, type Simplify } from '../../../lib/text/simplify'
import { useAnnouncer } from '../../../lib/ui/use-announcer'
import type { Desk } from '../use-desk'
import { CommitmentForm } from './commitment-form'
import { LetterCommitments } from './letter-commitments'
import {
  checkCommitment,
  fromCommitment,
  fromDeadlineProposal,
  fromProposal,
  fromQuote,
  type CommitmentDraft,
} from './commitment-values'
import { DeadlineProposals } from './deadline-proposals'
import { FundingLineForm } from './funding-line-form'
import { LetterTextView } from './letter-text-view'
import { ProposalCard } from './proposal-card'
import { deadlineKey } from './proposal-keys'

/** Which proposal a commitment came from: its key in the draft's decisions. */
interface Decided {
  key: string
}

type Editing =
  | { mode: 'proposal'; proposal: Decided; draft: CommitmentDraft }
  | { mode: 'quote'; draft: CommitmentDraft }
  | { mode: 'commitment'; draft: CommitmentDraft }
  | { mode: 'funding'; commitment: JsonObject }

/**
 * Step two: the letter's commitments. The scanner proposes figures; the official accepts, edits
 * or rejects each, and makes commitments from any sentence or selection of the text.
 */
export function LetterWorkbench({ desk, datasetId }: { desk: Desk; datasetId: string }) {
  const { t } = useI18n()
  const dataset = desk.drafted.datasets.find((item) => item.entry.id === datasetId)
  if (!dataset) return <p role="alert">{t('desk.letter.unknown', { id: datasetId })}</p>
  const date = dataset.document?.date
  return (
    <Workbench
      desk={desk}
      dataset={dataset}
      text={dataset.sourceText ?? ''}
      letterDate={typeof date === 'string' ? date : undefined}
    />
  )
}

function Workbench({
  desk,
  dataset,
  text,
  letterDate,
}: {
  desk: Desk
  dataset: DatasetSnapshot
  text: string
  letterDate: string | undefined
}) {
  const { t } = useI18n()
  const [message, announce] = useAnnouncer()
  const [editing, setEditing] = useState<Editing | null>(null)
  const datasetId = dataset.entry.id
  // Traditional letters are read once the converter has loaded; until then (or if its chunk
  // cannot be fetched) the scan runs on the text as written.
  const [simplify, setSimplify] = useState<{ fold: Simplify }>()
  useEffect(() => {
    let live = true
    loadSimplify().then(
      (fold) => live && setSimplify({ fold }),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  const proposals = useMemo(
    () => scanNumericPromises(text, { letterDate, simplify: simplify?.fold }),
    [text, letterDate, simplify],
  )
  const deadlineProposals = useMemo(
    () => scanDeadlinePromises(text, { letterDate, simplify: simplify?.fold }),
    [text, letterDate, simplify],
  )
  const decisions = desk.draft.proposals?.[datasetId] ?? {}
  const commitments = itemsOf(dataset.commitments, 'commitments')
  const takenIds = useMemo(
    () =>
      desk.drafted.datasets.flatMap((item) => itemsOf(item.commitments, 'commitments').map(idOf)),
    [desk.drafted],
  )
  const context = useMemo(() => ({ datasetId, text, takenIds }), [datasetId, text, takenIds])
  const publishedIds = new Set(
    desk.published.datasets.flatMap((item) => itemsOf(item.commitments, 'commitments').map(idOf)),
  )
  const lines = itemsOf(dataset.funding, 'funding')
  const takenLineIds = desk.drafted.datasets.flatMap((item) =>
    itemsOf(item.funding, 'funding').map(idOf),
  )
  const saveLine = (line: FundingLine) => {
    desk.edit((published, draft) =>
      upsertItem(published, draft, datasetId, 'funding', line as unknown as JsonObject),
    )
    setEditing(null)
    announce(t('desk.funding.saved', { label: line.label }))
  }
  const save = (commitment: Commitment, proposal?: Decided) => {
    desk.edit((published, draft) => {
      const next = upsertItem(
        published,
        draft,
        datasetId,
        'commitments',
        commitment as unknown as JsonObject,
      )
      return proposal ? decideProposal(next, datasetId, proposal.key, commitment.id) : next
    })
    setEditing(null)
    announce(t('desk.letter.commitmentSaved', { title: commitment.title }))
  }
  const acceptDraft = (proposal: Decided, draft: CommitmentDraft) => {
    const checked = checkCommitment(draft, context, t)
    // A reading the schema refuses (an odd label, say) opens in the form with the errors shown.
    if (checked.value) save(checked.value, proposal)
    else setEditing({ mode: 'proposal', proposal, draft })
  }
  const accept = (proposal: NumericProposal) =>
    acceptDraft({ key: proposal.id }, fromProposal(proposal, context))
  const acceptDeadline = (proposal: DeadlineProposal) =>
    acceptDraft({ key: deadlineKey(proposal) }, fromDeadlineProposal(proposal, context))
  const decide = (key: string, decision: string | null) =>
    desk.edit((_, draft) => decideProposal(draft, datasetId, key, decision))
  const undo = (key: string) => {
    const decision = decisions[key]
    desk.edit((published, draft) => {
      const cleared = decideProposal(draft, datasetId, key, null)
      return decision && decision !== 'rejected' && !publishedIds.has(decision)
        ? removeItem(published, cleared, datasetId, 'commitments', decision)
        : cleared
    })
  }

  const covered = (proposal: NumericProposal) => coveringCommitment(proposal, commitments)
  const undecided = proposals.filter(
    (proposal) => decisions[proposal.id] === undefined && !covered(proposal),
  ).length
  return (
    <div className="desk-workbench">
      <p role="status" className="desk-announce">
        {message}
      </p>
      {editing?.mode === 'funding' && (
        <FundingLineForm
          key={idOf(editing.commitment)}
          context={{
            datasetId,
            commitment: editing.commitment,
            takenIds: takenLineIds,
            letterDate,
            // The applicant's own money (自筹), as the proposal it came from read it.
            fundSource: proposals.find(
              (proposal) => decisions[proposal.id] === idOf(editing.commitment),
            )?.fundSource,
          }}
          onCancel={() => setEditing(null)}
          onSave={saveLine}
        />
      )}
      {editing && editing.mode !== 'funding' && (
        <CommitmentForm
          key={JSON.stringify(editing.draft.values.id) + editing.mode}
          initial={editing.draft}
          context={context}
          heading={t(`desk.letter.form.${editing.mode}`)}
          submitLabel={
            editing.mode === 'commitment' ? t('desk.update.saveChange') : t('desk.letter.form.add')
          }
          onCancel={() => setEditing(null)}
          onSave={(commitment) =>
            save(commitment, editing.mode === 'proposal' ? editing.proposal : undefined)
          }
        />
      )}
      <section className="desk-panel" aria-labelledby="desk-proposals-heading">
        <h2 id="desk-proposals-heading">
          {t('desk.proposal.title', { count: proposals.length, open: undecided })}
        </h2>
        <p className="desk-hint">{t('desk.proposal.intro')}</p>
        {proposals.length === 0 ? (
          <p>{t('desk.proposal.none')}</p>
        ) : (
          <ol className="desk-proposals">
            {proposals.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                proposal={proposal}
                decision={decisions[proposal.id]}
                coveredBy={covered(proposal)}
                onAccept={() => accept(proposal)}
                onEdit={() =>
                  setEditing({
                    mode: 'proposal',
                    proposal: { key: proposal.id },
                    draft: fromProposal(proposal, context),
                  })
                }
                onReject={() => decide(proposal.id, 'rejected')}
                onUndo={() => undo(proposal.id)}
              />
            ))}
          </ol>
        )}
      </section>
      <DeadlineProposals
        proposals={deadlineProposals}
        decisions={decisions}
        commitments={commitments}
        onAccept={acceptDeadline}
        onEdit={(proposal) =>
          setEditing({
            mode: 'proposal',
            proposal: { key: deadlineKey(proposal) },
            draft: fromDeadlineProposal(proposal, context),
          })
        }
        onReject={(proposal) => decide(deadlineKey(proposal), 'rejected')}
        onUndo={(proposal) => undo(deadlineKey(proposal))}
      />
      <LetterCommitments
        commitments={commitments}
        publishedIds={publishedIds}
        lines={lines}
        onFund={(commitment) => setEditing({ mode: 'funding', commitment })}
        onEdit={(commitment) =>
          setEditing({ mode: 'commitment', draft: fromCommitment(commitment) })
        }
        onRemove={(id) =>
          desk.edit((published, draft) =>
            removeItem(published, draft, datasetId, 'commitments', id),
          )
        }
      />
      <LetterTextView
        text={text}
        marks={proposals.map(({ start, end }) => ({ start, end }))}
        onCreate={(quote, start) =>
          setEditing({ mode: 'quote', draft: fromQuote(quote, start, context) })
        }
      />
    </div>
  )
}

/**
 * A commitment of the letter that already quotes this figure (same words as written, inside the
 * proposal's sentence): the proposal is most likely done already, which the card says.
 */
function coveringCommitment(
  proposal: NumericProposal,
  commitments: JsonObject[],
): string | undefined {
  const found = commitments.find((commitment) => {
    const figure = commitment.figure as { asWritten?: unknown } | undefined
    const quote = typeof commitment.quote === 'string' ? commitment.quote : ''
    return (
      figure?.asWritten === proposal.match &&
      quote !== '' &&
      (proposal.quote.includes(quote) || quote.includes(proposal.match))
    )
  })
  return found ? idOf(found) : undefined
}
