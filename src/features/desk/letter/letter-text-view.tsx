import { useMemo, useRef, useState } from 'react'
import { sentenceRanges, type TextRange } from '../../../domain/draft/letter-text'
import { useI18n } from '../../../lib/i18n/i18n-context'

interface Props {
  text: string
  /** Figures the scanner found, highlighted in the text. */
  marks: TextRange[]
  onCreate: (quote: string, start: number) => void
}

interface Piece extends TextRange {
  marked: boolean
}

/**
 * The letter as written, with the scanner's figures marked. A commitment is made from a
 * sentence (its button, for keyboards and screen readers) or from any selected words (mouse or
 * touch): the selection is mapped back to offsets in the text, so the quote is verbatim.
 */
export function LetterTextView({ text, marks, onCreate }: Props) {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<TextRange | null>(null)
  const lines = useMemo(() => linesOf(text), [text])
  const sentences = useMemo(() => sentenceRanges(text), [text])

  const readSelection = () => {
    const range = selectedRange(container.current)
    setSelection(range && text.slice(range.start, range.end).trim() ? trimRange(text, range) : null)
  }

  return (
    <section className="desk-panel" aria-labelledby="desk-letter-text-heading">
      <h2 id="desk-letter-text-heading">{t('desk.letter.textHeading')}</h2>
      <p className="desk-hint">{t('desk.letter.textHowTo')}</p>
      <div className="desk-selection-bar" aria-live="polite">
        {selection && (
          <button
            type="button"
            className="desk-primary"
            onClick={() => onCreate(text.slice(selection.start, selection.end), selection.start)}
          >
            {t('desk.letter.fromSelection', {
              quote: excerpt(text.slice(selection.start, selection.end)),
            })}
          </button>
        )}
      </div>
      <div
        className="desk-letter-text"
        ref={container}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        onTouchEnd={readSelection}
      >
        {lines.map((line) => (
          <p key={line.start}>
            {sentences
              .filter((sentence) => sentence.start >= line.start && sentence.end <= line.end)
              .map((sentence) => (
                <span key={sentence.start} className="desk-sentence">
                  {pieces(sentence, marks).map((piece) =>
                    piece.marked ? (
                      <mark key={piece.start} data-start={piece.start}>
                        {text.slice(piece.start, piece.end)}
                      </mark>
                    ) : (
                      <span key={piece.start} data-start={piece.start}>
                        {text.slice(piece.start, piece.end)}
                      </span>
                    ),
                  )}
                  <span data-start={sentence.end}>
                    {text.slice(sentence.end, nextStart(sentences, sentence, line.end))}
                  </span>
                  <button
                    type="button"
                    className="desk-sentence-button"
                    onClick={() =>
                      onCreate(text.slice(sentence.start, sentence.end), sentence.start)
                    }
                    aria-label={t('desk.letter.fromSentence', {
                      quote: excerpt(text.slice(sentence.start, sentence.end)),
                    })}
                  >
                    +
                  </button>
                </span>
              ))}
          </p>
        ))}
      </div>
    </section>
  )
}

function linesOf(text: string): TextRange[] {
  const lines: TextRange[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return lines
}

/** Where the text after a sentence (its full stop, spaces) ends: the next sentence or the line's end. */
function nextStart(sentences: TextRange[], sentence: TextRange, lineEnd: number): number {
  const next = sentences.find((item) => item.start >= sentence.end)
  return Math.min(next?.start ?? lineEnd, lineEnd)
}

/** A sentence cut into plain and marked pieces. */
function pieces(sentence: TextRange, marks: TextRange[]): Piece[] {
  const inside = marks
    .filter((mark) => mark.start >= sentence.start && mark.end <= sentence.end)
    .sort((a, b) => a.start - b.start)
  const out: Piece[] = []
  let at = sentence.start
  for (const mark of inside) {
    if (mark.start < at) continue
    if (mark.start > at) out.push({ start: at, end: mark.start, marked: false })
    out.push({ ...mark, marked: true })
    at = mark.end
  }
  if (at < sentence.end) out.push({ start: at, end: sentence.end, marked: false })
  return out
}

/** The selection as offsets into the letter, when it lies inside the text container. */
function selectedRange(root: HTMLElement | null): TextRange | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = offsetOf(root, range.startContainer, range.startOffset)
  const end = offsetOf(root, range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const holder = element?.closest<HTMLElement>('[data-start]')
  if (!holder || !root.contains(holder)) return null
  const base = Number(holder.dataset.start)
  return node.nodeType === Node.TEXT_NODE ? base + offset : base
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range
  while (start < end && /\s/.test(text[start]!)) start += 1
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1
  return { start, end }
}

function excerpt(quote: string): string {
  const chars = [...quote]
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : quote
}
