import { readLetterDate, type LetterDate } from './calendar'
import { findAsOfPhrases, findDeadlinePhrases, type AsOfPhrase, type DeadlinePhrase } from './dates'
import { findCues, REQUEST, type Cue } from './kind'
import { findPastPhrases, type PastPhrase } from './past-dates'
import { groupBySpan } from './nearest'
import { readLetter, sourceEnd, sourceStart, type Reading } from './reading'
import { isClauseEnd, maskOf, planParts, quotedSpans, sentenceSpans, type Span } from './sentences'
import type { ScanOptions, SentenceSpan } from './types'

/**
 * What every part of the scanner reads, computed once per letter. All offsets are offsets in the
 * reading (see reading.ts); `locate` and `locateSentence` turn them into the letter's own.
 */
export interface ScanContext {
  /** The letter exactly as given: every quote and match is sliced from here. */
  source: string
  reading: Reading
  /** The reading in the letter's script, and folded for matching (same length). */
  text: string
  folded: string
  letter: LetterDate | null
  sentences: Span[]
  /** Inside any quotation: cue words there are names or the request's words, not the reply's. */
  quoted: Uint8Array
  /**
   * Inside a short quotation, a name (“千人计划”, “两个一百”): numbers there are not figures. A
   * long one quotes a title or a rule (《关于…1.5公里村道的建议》, “…规模不超过2000人”), whose
   * figures are the letter's own words.
   */
  named: Uint8Array
  /** After words that restate the request, up to the full stop (see REQUEST in kind.ts). */
  requested: Uint8Array
  planPart: Uint8Array
  clauseStart: Int32Array
  clauseEnd: Int32Array
  /** Per sentence, by index. */
  deadlines: DeadlinePhrase[][]
  asOfs: AsOfPhrase[][]
  pasts: PastPhrase[][]
  cues: Map<number, Cue[]>
}

/** Names in quotation marks are short; "“春城计划”高层次创新创业团队" has 4 characters inside. */
const MAX_NAME_LENGTH = 12

export function readContext(source: string, options: ScanOptions): ScanContext {
  const reading = readLetter(source, options.simplify)
  const { text, folded } = reading
  const letter = readLetterDate(options.letterDate)
  const sentences = sentenceSpans(folded)
  const asOfs = findAsOfPhrases(folded, text, letter)
  const quotes = quotedSpans(folded)
  const names = quotes.filter((q) => q.end - q.start - 2 <= MAX_NAME_LENGTH)
  // A date inside a quoted title (《2025年…规划》) dates nothing in the reply; a short quotation
  // is a name and may be one of a period (“十三五”时期).
  const titles = quotes.filter((q) => q.end - q.start - 2 > MAX_NAME_LENGTH)
  const deadlines = findDeadlinePhrases(
    folded,
    text,
    letter,
    maskOf([...asOfs, ...titles], text.length),
  )
  const pasts = findPastPhrases(
    folded,
    text,
    letter,
    maskOf([...deadlines, ...titles], text.length),
  )
  return {
    source,
    reading,
    text,
    folded,
    letter,
    sentences,
    quoted: maskOf(quotes, text.length),
    named: maskOf(names, text.length),
    planPart: maskOf(planParts(folded), text.length),
    requested: requestedMask(folded, maskOf(quotes, text.length)),
    ...clauseBounds(folded),
    deadlines: groupBySpan(deadlines, sentences),
    asOfs: groupBySpan(asOfs, sentences),
    pasts: groupBySpan(pasts, sentences),
    cues: new Map(),
  }
}

/** A full stop ends a restated request; a ； between the items of one does not. */
const FULL_STOP = /[。！？!?\n]/

function requestedMask(folded: string, quoted: Uint8Array): Uint8Array {
  const mask = new Uint8Array(folded.length)
  const starts = new Uint8Array(folded.length + 1)
  for (const m of folded.matchAll(new RegExp(REQUEST.source, 'g'))) {
    if (!quoted[m.index]) starts[m.index + m[0].length] = 1
  }
  let on = false
  for (let i = 0; i < folded.length; i += 1) {
    if (starts[i]) on = true
    if (FULL_STOP.test(folded[i] ?? '')) on = false
    mask[i] = on ? 1 : 0
  }
  return mask
}

/** For every position, where its clause starts and ends (one pass each way). */
function clauseBounds(text: string): { clauseStart: Int32Array; clauseEnd: Int32Array } {
  const clauseStart = new Int32Array(text.length + 1)
  const clauseEnd = new Int32Array(text.length + 1)
  for (let i = 0, start = 0; i <= text.length; i += 1) {
    clauseStart[i] = start
    if (isClauseEnd(text[i])) start = i + 1
  }
  for (let i = text.length, end = text.length; i >= 0; i -= 1) {
    if (isClauseEnd(text[i])) end = i
    clauseEnd[i] = end
  }
  return { clauseStart, clauseEnd }
}

/** The clause around a span, never leaving its sentence. */
export function clauseOf(context: ScanContext, span: Span, sentence: Span): Span {
  return {
    start: Math.max(sentence.start, context.clauseStart[span.start] ?? sentence.start),
    end: Math.min(sentence.end, context.clauseEnd[span.end] ?? sentence.end),
  }
}

/** Cue words are looked up once per sentence, outside quotations. */
export function cuesOf(context: ScanContext, index: number): Cue[] {
  let cues = context.cues.get(index)
  const sentence = context.sentences[index]
  if (!cues && sentence) {
    cues = findCues(context.folded, sentence.start, sentence.end, context.quoted)
    context.cues.set(index, cues)
  }
  return cues ?? []
}

/** A span of the reading as the letter's offsets and words. */
export function locate(context: ScanContext, span: Span): Span & { words: string } {
  const start = sourceStart(context.reading, span.start)
  const end = sourceEnd(context.reading, span.end)
  return { start, end, words: context.source.slice(start, end) }
}

/** A sentence of the reading as the letter's sentence, reading aids of its last word included. */
export function locateSentence(context: ScanContext, sentence: Span): SentenceSpan {
  const sentenceStart = sourceStart(context.reading, sentence.start)
  const sentenceEnd = sourceEnd(context.reading, sentence.end, true)
  return { quote: context.source.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd }
}

/** The index of the sentence holding `position`, searching forward from `from` (sorted scans). */
export function sentenceIndexAt(context: ScanContext, position: number, from: number): number {
  let index = from
  while ((context.sentences[index]?.end ?? Infinity) <= position) index += 1
  return index
}
