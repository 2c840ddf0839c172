import { useState } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { EvidenceItem } from '../model/evidence-items'
import type { RecordedBy } from '../model/recorded-by'
import { EvidenceEntry } from './evidence-entry'

/**
 * How many items are rendered at first, and added by each "show more". A province's letters
 * hold ~100 000 pieces of evidence: rendering them all would freeze the page, and nobody reads
 * past the first screens without searching or filtering.
 */
export const EVIDENCE_PAGE_SIZE = 50

export function EvidenceList({
  items,
  recordedBy,
}: {
  items: readonly EvidenceItem[]
  /** When and by whom an item was recorded, from its letter's change log, if that says. */
  recordedBy?: (datasetId: string, updateId: string) => RecordedBy | undefined
}) {
  const { t } = useI18n()
  const { href } = useViewState()
  const [limit, setLimit] = useState(EVIDENCE_PAGE_SIZE)
  const visible = items.slice(0, limit)
  const rest = items.length - visible.length
  const commitmentHref = (id: string) => href(paths.commitment(id))
  return (
    <>
      <ol className="evidence-list" aria-label={t('evidence.list.label')}>
        {visible.map((item) => (
          <EvidenceEntry
            key={`${item.row.datasetId}/${item.evidence.update.id}`}
            item={item}
            recorded={recordedBy?.(item.row.datasetId, item.evidence.update.id)}
            commitmentHref={commitmentHref}
          />
        ))}
      </ol>
      {rest > 0 && (
        <p className="evidence-more">
          <span>{t('evidence.shownOf', { shown: visible.length, total: items.length })}</span>{' '}
          <button type="button" onClick={() => setLimit((n) => n + EVIDENCE_PAGE_SIZE)}>
            {t('evidence.more', { count: Math.min(rest, EVIDENCE_PAGE_SIZE) })}
          </button>
        </p>
      )}
    </>
  )
}
