import { useEffect, useMemo, useRef } from 'react'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import type { LetterView } from '../model/letter-view'
import { LetterParagraph } from './letter-paragraph'

interface Props {
  view: LetterView
  rows: readonly CommitmentRow[]
  /** `?highlight=<commitment id>`: the quote the reader came to see. */
  highlightId: string | null
}

/** The letter's paragraphs; brings the highlighted quote into view and gives it focus. */
export function LetterText({ view, rows, highlightId }: Props) {
  const rowsById = useMemo(
    () => new Map(rows.map((row) => [row.commitment.id, row] as const)),
    [rows],
  )
  const target = useMemo(() => firstRunOf(view, highlightId), [view, highlightId])
  const targetRef = useRef<HTMLAnchorElement>(null)

  useEffect(() => {
    const element = targetRef.current
    if (!target || !element) return
    // jsdom and old browsers lack scrollIntoView; focus alone still brings the link into view.
    element.scrollIntoView?.({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    })
    element.focus({ preventScroll: true })
  }, [target])

  return (
    <div className="letter-text">
      {view.paragraphs.map((paragraph) => (
        <LetterParagraph
          key={paragraph.index}
          paragraph={paragraph}
          rowsById={rowsById}
          highlightId={highlightId}
          targetSegment={target?.paragraph === paragraph.index ? target.segment : null}
          targetRef={targetRef}
        />
      ))}
    </div>
  )
}

function firstRunOf(
  view: LetterView,
  id: string | null,
): { paragraph: number; segment: number } | null {
  if (!id) return null
  for (const paragraph of view.paragraphs) {
    const segment = paragraph.segments.findIndex((s) => s.commitmentIds.includes(id))
    if (segment >= 0) return { paragraph: paragraph.index, segment }
  }
  return null
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
}
