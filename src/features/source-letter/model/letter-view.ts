import {
  coverageStats,
  findQuoteInParagraphs,
  segmentParagraph,
  splitParagraphs,
  type CoverageStats,
  type Segment,
} from '../../../domain/source-text'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'

export interface LetterSegment extends Segment {
  /**
   * True on the last run of a paragraph that links to its first commitment: the status marker
   * goes there, once per quote, instead of after every fragment of an overlapped quote.
   */
  endsQuote: boolean
}

export interface LetterParagraph {
  index: number
  text: string
  segments: LetterSegment[]
  /** Every commitment quoted in this paragraph, in reading order. */
  commitmentIds: string[]
}

export interface LetterView {
  paragraphs: LetterParagraph[]
  stats: CoverageStats
  /** Commitments whose quote occurs in the text. */
  found: CommitmentRow[]
  /** Commitments whose quote does not occur: a data problem the reader should see. */
  missing: CommitmentRow[]
  /** Distinct quote strings found (two commitments quoting the same words count once). */
  distinctQuotes: number
}

/**
 * The letter cut into paragraphs and runs, with what the page says about coverage. Which quotes
 * are in the letter is the rows' own quote check (what every surface says); only a row not yet
 * checked (its letter beyond those read up front) is looked up here.
 */
export function buildLetterView(text: string, rows: readonly CommitmentRow[]): LetterView {
  const texts = splitParagraphs(text)
  const quotes = rows.map(({ commitment }) => ({ id: commitment.id, quote: commitment.quote }))
  const found = rows.filter((row) =>
    row.quote === 'unchecked'
      ? findQuoteInParagraphs(texts, row.commitment.quote) !== null
      : row.quote === 'found',
  )
  const paragraphs = texts.map((paragraph, index) => {
    const segments = segmentParagraph(paragraph, quotes)
    const lastLead = new Map<string, number>()
    segments.forEach((segment, i) => {
      const lead = segment.commitmentIds[0]
      if (lead) lastLead.set(lead, i)
    })
    return {
      index,
      text: paragraph,
      segments: segments.map((segment, i) => ({
        ...segment,
        endsQuote:
          segment.commitmentIds[0] !== undefined
            ? lastLead.get(segment.commitmentIds[0]) === i
            : false,
      })),
      commitmentIds: [...new Set(segments.flatMap((s) => s.commitmentIds))],
    }
  })
  return {
    paragraphs,
    stats: coverageStats(texts, quotes),
    found,
    missing: rows.filter((row) => !found.includes(row)),
    distinctQuotes: new Set(found.map((row) => row.commitment.quote)).size,
  }
}
