/**
 * Reading a letter's full text against its extracted quotes: which paragraph a quote sits in,
 * which characters of a paragraph are covered by which commitments, and how much of the letter
 * is tracked at all. Pure string work, by UTF-16 string index (the same index `String#slice` and
 * `indexOf` use), so every range can be cut straight out of the text.
 */

/** Where a quote was found: the paragraph (line) and the range inside that paragraph. */
export interface QuoteLocation {
  paragraphIndex: number
  start: number
  end: number
}

export interface QuoteRef {
  id: string
  quote: string
}

/** A run of a paragraph covered by the same set of commitments (none = untracked text). */
export interface Segment {
  text: string
  start: number
  end: number
  /**
   * The commitments whose quote covers this run, most specific first: the shortest quote leads,
   * ties keep the order the quotes were given in. The first id is the one a link points to.
   */
  commitmentIds: string[]
}

export interface CoverageStats {
  paragraphs: number
  /** Paragraphs with at least one tracked character. */
  coveredParagraphs: number
  /** Characters that are not whitespace: spacing carries no content. */
  characters: number
  coveredCharacters: number
  /** coveredCharacters / characters, 0 for an empty text. */
  share: number
}

/**
 * One paragraph per line, as the source files are written. Blank lines are dropped so paragraph
 * numbers count only text; a leading byte-order mark and Windows line ends are not content.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
}

/**
 * The first place a quote occurs, verbatim. Quotes never span lines (a test proves each shipped
 * quote occurs in the text), so a quote containing a line break is simply not found.
 */
export function findQuote(text: string, quote: string): QuoteLocation | null {
  return findQuoteInParagraphs(splitParagraphs(text), quote)
}

export function findQuoteInParagraphs(
  paragraphs: readonly string[],
  quote: string,
): QuoteLocation | null {
  if (quote === '') return null
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const start = paragraphs[paragraphIndex]!.indexOf(quote)
    if (start >= 0) return { paragraphIndex, start, end: start + quote.length }
  }
  return null
}

/** Every non-overlapping occurrence of `quote` in `paragraph`, left to right. */
export function occurrences(paragraph: string, quote: string): number[] {
  if (quote === '') return []
  const starts: number[] = []
  for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + quote.length))
    starts.push(at)
  return starts
}

interface Range {
  id: string
  start: number
  end: number
  order: number
}

/**
 * Cuts a paragraph into runs at every quote boundary. Quotes may overlap (one sentence inside a
 * longer one) or repeat (the same words twice, or two commitments quoting the same words); a run
 * lists every commitment that covers it instead of nesting highlights, because nested links are
 * invalid HTML and a reader could not tell which one a click follows. Every occurrence of a quote
 * is marked: where the letter says the same words twice, both places say it.
 */
export function segmentParagraph(paragraph: string, quotes: readonly QuoteRef[]): Segment[] {
  if (paragraph === '') return []
  const ranges: Range[] = quotes.flatMap(({ id, quote }, order) =>
    occurrences(paragraph, quote).map((start) => ({ id, start, end: start + quote.length, order })),
  )
  const cuts = [...new Set([0, paragraph.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  )

  const segments: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const commitmentIds = [
      ...new Set(
        ranges
          .filter((r) => r.start <= start && r.end >= end)
          .sort((a, b) => a.end - a.start - (b.end - b.start) || a.order - b.order)
          .map((r) => r.id),
      ),
    ]
    const previous = segments[segments.length - 1]
    // Neighbouring runs with the same commitments are one run: fewer, longer highlights.
    if (previous && sameIds(previous.commitmentIds, commitmentIds)) {
      previous.end = end
      previous.text = paragraph.slice(previous.start, end)
    } else {
      segments.push({ text: paragraph.slice(start, end), start, end, commitmentIds })
    }
  }
  return segments
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** How much of the text the quotes cover, by paragraph and by (non-whitespace) character. */
export function coverageStats(
  paragraphs: readonly string[],
  quotes: readonly QuoteRef[],
): CoverageStats {
  let characters = 0
  let coveredCharacters = 0
  let coveredParagraphs = 0
  for (const paragraph of paragraphs) {
    let covered = 0
    for (const segment of segmentParagraph(paragraph, quotes)) {
      const count = visibleLength(segment.text)
      characters += count
      if (segment.commitmentIds.length > 0) covered += count
    }
    coveredCharacters += covered
    if (covered > 0) coveredParagraphs += 1
  }
  return {
    paragraphs: paragraphs.length,
    coveredParagraphs,
    characters,
    coveredCharacters,
    share: characters === 0 ? 0 : coveredCharacters / characters,
  }
}

function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length
}
