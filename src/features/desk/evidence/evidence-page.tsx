import { useCallback, useMemo, useState } from 'react'
import { removeItem, upsertItem } from '../../../domain/draft/draft-edits'
import { idOf, itemsOf, type JsonObject } from '../../../domain/draft/snapshot'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useViewState } from '../../../lib/router/view-state'
import { useAnnouncer } from '../../../lib/ui/use-announcer'
import { deskLetterName } from '../letter-name'
import type { Desk } from '../use-desk'
import { commitmentOptions } from './commitment-options'
import { CommitmentPicker } from './commitment-picker'
import { CommitmentCard } from './commitment-card'
import { DisbursementForm } from './disbursement-form'
import { withEntry } from './disbursement-values'
import { UpdateForm } from './update-form'
import { UpdateList } from './update-list'

/** Record evidence: pick a commitment, then add a dated update, a verdict or a disbursement. */
export function EvidencePage({ desk }: { desk: Desk }) {
  const { t, lang } = useI18n()
  const { params, setParams } = useViewState()
  const [message, announce] = useAnnouncer()
  const [editingId, setEditingId] = useState<string | null>(null)
  const options = useMemo(() => commitmentOptions(desk.drafted), [desk.drafted])
  const letterName = useCallback(
    (datasetId: string) => {
      const document = desk.drafted.datasets.find((item) => item.entry.id === datasetId)?.document
      return deskLetterName(document, datasetId, t, lang)
    },
    [desk.drafted, t, lang],
  )
  const selectedId = params.get('c')
  const option = options.find((item) => item.id === selectedId)
  const dataset = desk.drafted.datasets.find((item) => item.entry.id === option?.datasetId)
  const updates = itemsOf(dataset?.updates, 'updates')
  const lines = itemsOf(dataset?.funding, 'funding')
  const allUpdateIds = desk.drafted.datasets.flatMap((item) =>
    itemsOf(item.updates, 'updates').map(idOf),
  )
  const publishedUpdateIds = new Set(
    desk.published.datasets.flatMap((item) => itemsOf(item.updates, 'updates').map(idOf)),
  )
  const own = updates.filter((update) => update.commitmentId === selectedId)
  const editing = own.find((update) => idOf(update) === editingId)

  const select = (id: string) => {
    setEditingId(null)
    setParams({ c: id || null })
  }

  return (
    <>
      <p className="desk-intro">{t('desk.evidence.intro')}</p>
      <CommitmentPicker
        options={options}
        selected={selectedId}
        letterName={letterName}
        onSelect={select}
      />
      <p role="status" className="desk-announce">
        {message}
      </p>
      {selectedId && !option && (
        <p role="alert">{t('desk.evidence.unknown', { id: selectedId })}</p>
      )}
      {option && dataset && (
        <>
          <CommitmentCard commitment={option.commitment} />
          <UpdateList
            updates={own}
            publishedIds={publishedUpdateIds}
            onEdit={(id) => setEditingId(id)}
            onRemove={(id) => {
              desk.edit((published, draft) =>
                removeItem(published, draft, option.datasetId, 'updates', id),
              )
              announce(t('desk.evidence.removed', { id }))
            }}
          />
          <UpdateForm
            datasetId={option.datasetId}
            commitment={option.commitment}
            takenIds={allUpdateIds}
            editing={editing}
            onCancelEdit={() => setEditingId(null)}
            onSave={(update) => {
              desk.edit((published, draft) =>
                upsertItem(
                  published,
                  draft,
                  option.datasetId,
                  'updates',
                  update as unknown as JsonObject,
                ),
              )
              setEditingId(null)
              announce(t('desk.evidence.saved', { id: update.id }))
            }}
          />
          {lines.length > 0 && (
            <DisbursementForm
              datasetId={option.datasetId}
              commitmentId={option.id}
              quote={String(option.commitment.quote ?? '')}
              lines={lines}
              updates={updates}
              onSave={(line, entry) => {
                desk.edit((published, draft) =>
                  upsertItem(published, draft, option.datasetId, 'funding', withEntry(line, entry)),
                )
                announce(t('desk.evidence.entrySaved', { line: String(line.label ?? idOf(line)) }))
              }}
            />
          )}
        </>
      )}
    </>
  )
}
