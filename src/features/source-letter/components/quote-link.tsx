import type { Ref } from 'react'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { LetterSegment } from '../model/letter-view'
import { statusWords } from '../model/status-words'
import { StatusMarker } from './status-marker'

interface Props {
  segment: LetterSegment
  rowsById: ReadonlyMap<string, CommitmentRow>
  highlightId: string | null
  focusRef?: Ref<HTMLAnchorElement> | undefined
}

/**
 * One marked run of the letter. Links cannot nest, so a run shared by several commitments links
 * to the most specific one (the shortest quote, listed first by the segmentation) and names the
 * others in its title; every one of them is also listed under the paragraph.
 */
export function QuoteLink({ segment, rowsById, highlightId, focusRef }: Props) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const rows = segment.commitmentIds.flatMap((id) => rowsById.get(id) ?? [])
  const [lead, ...others] = rows
  if (!lead) return <>{segment.text}</>
  const describe = (row: CommitmentRow) =>
    t('source.mark.describe', {
      title: localized(lang, row.commitment.title, row.commitment.titleEn),
      status: statusWords(row, t),
    })
  const title = [
    describe(lead),
    ...(others.length > 0
      ? [t('source.mark.also', { titles: others.map(describe).join(lang === 'en' ? '; ' : ';') })]
      : []),
  ].join('\n')
  const isTarget = highlightId !== null && segment.commitmentIds.includes(highlightId)
  const classes = [
    'letter-mark',
    `mark-${lead.status ? lead.status.status : 'reported'}`,
    others.length > 0 ? 'is-overlap' : '',
    isTarget ? 'is-target' : '',
  ]
  return (
    <a
      ref={focusRef}
      href={href(paths.commitment(lead.commitment.id))}
      className="letter-quote"
      title={title}
      data-commitment-id={lead.commitment.id}
      data-commitment-ids={segment.commitmentIds.join(' ')}
      data-target={isTarget ? 'true' : undefined}
    >
      <mark className={classes.filter(Boolean).join(' ')}>{segment.text}</mark>
      {segment.endsQuote && (
        <span className="letter-quote-status">
          <StatusMarker row={lead} />
        </span>
      )}
    </a>
  )
}
