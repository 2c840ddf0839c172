import { readLetterDate } from './calendar'
import {
  findAsOfPhrases,
  findDeadlinePhrases,
  type AsOfPhrase,
  type DeadlinePhrase,
  type Note,
} from './dates'
import { NUMBER, readFigure, type FigurePhrase } from './figure-phrase'
import { findCues, suggestKind, type Cue } from './kind'
import { labelFor } from './label'
import { groupBySpan, nearestFor } from './nearest'
import { joinNotes, readingNotes } from './notes'
import { normalizeWidth } from './numbers'
import { isClauseEnd, maskOf, planParts, quotedSpans, sentenceSpans, type Span } from './sentences'
import type { NumericProposal, ProposalKind, ScanOptions } from './types'

/**
 * Finds the numeric promises in a reply letter and proposes a figure for each: money in integer
 * yuan, counts, percentages, with the comparator the wording implies, the deadline and as-of date
 * the sentence states, and whether it reads as a target, a forecast or a result. It proposes;
 * a person decides. Linear in the text: every look-up is bounded or precomputed.
 */
export function scanNumericPromises(text: string, options: ScanOptions = {}): NumericProposal[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const context = readContext(text, options)
  const proposals: NumericProposal[] = []
  const numbers = new RegExp(NUMBER.source, 'g')
  let previousEnd = 0
  let sentenceIndex = 0
  for (let m = numbers.exec(context.normalized); m; m = numbers.exec(context.normalized)) {
    if (context.quoted[m.index]) continue
    const figure = readFigure(context.normalized, m.index, m[0], previousEnd)
    if (!figure) continue
    numbers.lastIndex = figure.end
    while ((context.sentences[sentenceIndex]?.end ?? Infinity) <= figure.start) sentenceIndex += 1
    proposals.push(propose(context, figure, sentenceIndex, previousEnd))
    previousEnd = figure.end
  }
  return proposals
}

interface ScanContext {
  text: string
  normalized: string
  sentences: Span[]
  quoted: Uint8Array
  planPart: Uint8Array
  clauseStart: Int32Array
  clauseEnd: Int32Array
  /** Per sentence, by index. */
  deadlines: DeadlinePhrase[][]
  asOfs: AsOfPhrase[][]
  cues: Map<number, Cue[]>
}

function readContext(text: string, options: ScanOptions): ScanContext {
  const normalized = normalizeWidth(text)
  const letter = readLetterDate(options?.letterDate)
  const sentences = sentenceSpans(text)
  const asOfs = findAsOfPhrases(normalized, text, letter)
  const deadlines = findDeadlinePhrases(normalized, text, letter, maskOf(asOfs, text.length))
  return {
    text,
    normalized,
    sentences,
    quoted: maskOf(quotedSpans(text), text.length),
    planPart: maskOf(planParts(text), text.length),
    ...clauseBounds(text),
    deadlines: groupBySpan(deadlines, sentences),
    asOfs: groupBySpan(asOfs, sentences),
    cues: new Map(),
  }
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

function propose(
  context: ScanContext,
  figure: FigurePhrase,
  sentenceIndex: number,
  previousEnd: number,
): NumericProposal {
  const { text } = context
  const sentence = context.sentences[sentenceIndex] ?? { start: figure.start, end: figure.end }
  const clause = {
    start: Math.max(sentence.start, context.clauseStart[figure.start] ?? sentence.start),
    end: Math.min(sentence.end, context.clauseEnd[figure.end] ?? sentence.end),
  }
  const match = text.slice(figure.start, figure.end)
  const deadline = nearestFor(context.deadlines[sentenceIndex] ?? [], figure, clause.end)
  const asOf = nearestFor(context.asOfs[sentenceIndex] ?? [], figure, clause.end)
  const notes: Note[] = readingNotes(figure, match)
  if (asOf?.note) notes.push(asOf.note)
  const suggestedKind = suggestKind(
    nearestFor(cuesOf(context, sentenceIndex, sentence), figure, clause.end),
    deadline !== undefined && deadline.deadline.type !== 'none',
    context.planPart[figure.start] === 1,
  )
  return {
    id: `${figure.start}-${figure.end}`,
    quote: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    match,
    start: figure.start,
    end: figure.end,
    kind: kindOf(figure),
    figure: {
      comparator: figure.comparator,
      value: figure.value,
      unit: figure.unit,
      label: labelFor(text, figure.unitWord, figure, clause, previousEnd),
      asWritten: match,
    },
    pattern: figure.pattern,
    ...(figure.plus || figure.pattern === 'approximately' ? { approximate: true } : {}),
    ...(figure.max !== undefined ? { range: { min: figure.value, max: figure.max } } : {}),
    ...joinNotes(notes),
    ...(deadline ? { deadline: deadline.deadline, deadlineText: deadline.text } : {}),
    ...(asOf ? { asOf: asOf.asOf, asOfText: asOf.text } : {}),
    suggestedKind,
  }
}

function kindOf(figure: FigurePhrase): ProposalKind {
  if (figure.unit === 'yuan') return 'amount'
  return figure.unit === 'percent' ? 'percent' : 'count'
}

/** Cue words are looked up once per sentence, outside quotations. */
function cuesOf(context: ScanContext, index: number, sentence: Span): Cue[] {
  let cues = context.cues.get(index)
  if (!cues) {
    cues = findCues(context.text, sentence.start, sentence.end, context.quoted)
    context.cues.set(index, cues)
  }
  return cues
}
