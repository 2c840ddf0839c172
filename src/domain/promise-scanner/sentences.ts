/**
 * Where sentences, clauses and quotations begin and end. Official letters end sentences with 。
 * and list items with ；, and many are typed with ASCII punctuation (as the 153005 letter is),
 * so both widths count. A line break ends a sentence too (headings have no full stop).
 */

export interface Span {
  start: number
  end: number
}

const SENTENCE_END = new Set('。；！？;!?\n\r')
/** A clause ends at a comma or colon as well; 、 only separates items of a list, not clauses. */
const CLAUSE_END = new Set('。；！？;!?\n\r,，:：')
const SPACE = /\s/

export function isSentenceEnd(char: string | undefined): boolean {
  return char !== undefined && SENTENCE_END.has(char)
}

export function isClauseEnd(char: string | undefined): boolean {
  return char !== undefined && CLAUSE_END.has(char)
}

/** Every sentence, trimmed of surrounding white space; empty ones are left out. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let from = 0
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isSentenceEnd(text[i])) continue
    let start = from
    let end = i
    while (start < end && SPACE.test(text[start] ?? '')) start += 1
    while (end > start && SPACE.test(text[end - 1] ?? '')) end -= 1
    if (end > start) spans.push({ start, end })
    from = i + 1
  }
  return spans
}

/** The clause around `position`, never crossing the sentence it lies in. */
export function clauseAround(text: string, sentence: Span, position: number): Span {
  let start = position
  while (start > sentence.start && !isClauseEnd(text[start - 1])) start -= 1
  let end = position
  while (end < sentence.end && !isClauseEnd(text[end])) end += 1
  return { start, end }
}

/**
 * Quotation marks and book-title marks enclose names (“春城计划”, “两类人才”, 《…方案》), and
 * numbers or verbs inside a name are not the letter's own figures or promises. A pair counts
 * only when it closes within the sentence and within a short distance, so a stray mark cannot
 * hide the rest of the text.
 */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』' }
const MAX_QUOTE_LENGTH = 60

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = []
  for (let i = 0; i < text.length; i += 1) {
    const close = QUOTE_PAIRS[text[i] ?? '']
    if (!close) continue
    const limit = Math.min(text.length, i + 1 + MAX_QUOTE_LENGTH)
    for (let j = i + 1; j < limit; j += 1) {
      const char = text[j]
      if (char === close) {
        spans.push({ start: i, end: j + 1 })
        i = j
        break
      }
      if (isSentenceEnd(char)) break
    }
  }
  return spans
}

/** One flag per character, set inside any of the spans: constant-time look-ups while scanning. */
export function maskOf(spans: readonly Span[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  for (const span of spans) mask.fill(1, span.start, span.end)
  return mask
}

/**
 * Reply letters are built from numbered parts ("二、 工作开展情况", "三、 下一步工作计划"). What a
 * part about next steps states is a promise unless the sentence says otherwise, what the other
 * parts state is a report. Returns the spans of the next-steps parts.
 */
const PART_HEADING = /^[ \t\u3000]*[一二三四五六七八九十]+[ \t\u3000]*[、.．]/
const PLAN_WORDS = /下一步|计划|打算|安排|今后/

export function planParts(text: string): Span[] {
  const parts: Span[] = []
  let open: number | null = null
  let lineStart = 0
  for (const line of text.split('\n')) {
    if (PART_HEADING.test(line)) {
      if (open !== null) parts.push({ start: open, end: lineStart })
      open = PLAN_WORDS.test(line) ? lineStart : null
    }
    lineStart += line.length + 1
  }
  if (open !== null) parts.push({ start: open, end: text.length })
  return parts
}
