import { Fragment, type Ref } from 'react'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { LetterParagraph as Paragraph } from '../model/letter-view'
import { QuoteLink } from './quote-link'
import { StatusMarker } from './status-marker'

interface Props {
  paragraph: Paragraph
  rowsById: ReadonlyMap<string, CommitmentRow>
  highlightId: string | null
  /** The run that receives focus when the reader arrived from a commitment, if it is here. */
  targetSegment: number | null
  targetRef: Ref<HTMLAnchorElement>
}

/** One line of the letter, verbatim, with its tracked runs marked and untracked text left plain. */
export function LetterParagraph({
  paragraph,
  rowsById,
  highlightId,
  targetSegment,
  targetRef,
}: Props) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const tracked = paragraph.commitmentIds.length > 0
  return (
    <div
      className={`letter-paragraph-block ${tracked ? 'is-tracked' : 'is-untracked'}`}
      data-paragraph-index={paragraph.index}
    >
      <p className="letter-paragraph" lang="zh-CN">
        {paragraph.segments.map((segment, i) =>
          segment.commitmentIds.length === 0 ? (
            <Fragment key={segment.start}>{segment.text}</Fragment>
          ) : (
            <QuoteLink
              key={segment.start}
              segment={segment}
              rowsById={rowsById}
              highlightId={highlightId}
              focusRef={i === targetSegment ? targetRef : undefined}
            />
          ),
        )}
      </p>
      {tracked && (
        <details className="paragraph-commitments">
          <summary>
            {t('source.paragraph.commitments', { count: paragraph.commitmentIds.length })}
          </summary>
          <ul>
            {paragraph.commitmentIds.flatMap((id) => {
              const row = rowsById.get(id)
              if (!row) return []
              return (
                <li key={id} data-commitment-id={id}>
                  <a href={href(paths.commitment(id))}>
                    {localized(lang, row.commitment.title, row.commitment.titleEn)}
                  </a>{' '}
                  <StatusMarker row={row} />
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </div>
  )
}
