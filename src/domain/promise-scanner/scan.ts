import {
  clauseOf,
  cuesOf,
  locate,
  locateSentence,
  readContext,
  sentenceIndexAt,
  type ScanContext,
} from './context'
import type { Note } from './dates'
import { findDeadlineProposals } from './deadline-promises'
import { NUMBER, readFigure, type FigurePhrase } from './figure-phrase'
import { findConditions, findDeclined } from './flags'
import { selfRaisedBefore, selfRaisedNote } from './fund-source'
import { suggestKind } from './kind'
import { labelFor } from './label'
import { nearestFor } from './nearest'
import { joinNotes, readingNotes } from './notes'
import type { Span } from './sentences'
import type {
  DeadlineProposal,
  LetterScan,
  NumericProposal,
  ProposalKind,
  ScanOptions,
  SentenceFlag,
  SuggestedKind,
} from './types'

/**
 * Reads a reply letter and proposes, for a person to accept, edit or reject: every figure (money
 * in integer yuan, counts, percentages, measures) with the comparator the wording implies, the
 * deadline and as-of date the sentence states, and whether it reads as a target, a forecast, a
 * result or an estimate; every deadline-only promise; and the sentences that state a condition
 * or decline a request. Simplified and Traditional alike (with `options.simplify`). Linear in the
 * text: every look-up is bounded or precomputed.
 */
export function scanLetter(text: string, options: ScanOptions = {}): LetterScan {
  if (typeof text !== 'string' || text.length === 0) {
    return { figures: [], deadlines: [], conditions: [], declined: [] }
  }
  const context = readContext(text, options ?? {})
  const conditions = findConditions(context)
  const { proposals, spans } = findFigures(context, conditions.bySentence)
  const declined = findDeclined(context)
  return {
    figures: proposals,
    deadlines: findDeadlineProposals(context, spans, declined.spans, conditions.bySentence),
    conditions: conditions.flags,
    declined: declined.flags,
  }
}

/** The figures of `scanLetter`: what the desk proposes as commitments with a number. */
export function scanNumericPromises(text: string, options: ScanOptions = {}): NumericProposal[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const context = readContext(text, options ?? {})
  return findFigures(context, findConditions(context).bySentence).proposals
}

/**
 * One pass over the numbers of the letter. A figure is proposed once: the same figure at the same
 * place in the same sentence (a heading or passage the letter repeats word for word) gives one
 * proposal, not two identical cards; two figures of one sentence are two proposals. `spans` are the figures' offsets in the reading, for the deadline finder.
 */
function findFigures(
  context: ScanContext,
  conditions: ReadonlyMap<number, SentenceFlag>,
): { proposals: NumericProposal[]; spans: Span[] } {
  const proposals: NumericProposal[] = []
  const spans: Span[] = []
  const seen = new Set<string>()
  const sentenceIds = sameTextIds()
  const numbers = new RegExp(NUMBER.source, 'g')
  let previousEnd = 0
  let sentenceIndex = 0
  for (let m = numbers.exec(context.folded); m; m = numbers.exec(context.folded)) {
    if (context.named[m.index]) continue
    const figure = readFigure(context.folded, m.index, m[0], previousEnd)
    if (!figure) continue
    numbers.lastIndex = figure.end
    sentenceIndex = sentenceIndexAt(context, figure.start, sentenceIndex)
    const proposal = propose(context, figure, sentenceIndex, previousEnd)
    const condition = conditions.get(sentenceIndex)
    if (condition) proposal.condition = condition.match
    previousEnd = figure.end
    spans.push({ start: figure.start, end: figure.end })
    const key = `${sentenceIds.of(sentenceIndex, proposal.quote)}:${proposal.start - proposal.sentenceStart}:${proposal.match}`
    if (seen.has(key)) continue
    seen.add(key)
    proposals.push(proposal)
  }
  return { proposals, spans }
}

/**
 * One number per distinct sentence text, looked up once per sentence: keys built from whole
 * sentences would make each look-up as long as the sentence (and V8 hashes very long strings by
 * their length alone), which is quadratic in a letter without full stops.
 */
function sameTextIds(): { of: (index: number, quote: string) => number } {
  const byText = new Map<string, number>()
  const byIndex = new Map<number, number>()
  return {
    of(index, quote) {
      let id = byIndex.get(index)
      if (id === undefined) {
        id = byText.get(quote) ?? byText.size
        byText.set(quote, id)
        byIndex.set(index, id)
      }
      return id
    },
  }
}

function propose(
  context: ScanContext,
  figure: FigurePhrase,
  sentenceIndex: number,
  previousEnd: number,
): NumericProposal {
  const sentence = context.sentences[sentenceIndex] ?? { start: figure.start, end: figure.end }
  const clause = clauseOf(context, figure, sentence)
  const at = locate(context, figure)
  const deadline = nearestFor(context.deadlines[sentenceIndex] ?? [], figure, clause.end)
  const asOf = nearestFor(context.asOfs[sentenceIndex] ?? [], figure, clause.end)
  const past = nearestFor(context.pasts[sentenceIndex] ?? [], figure, clause.end)
  const notes: Note[] = readingNotes(figure, at.words)
  if (asOf?.note) notes.push(asOf.note)
  const told = suggestKind({
    cue: nearestFor(cuesOf(context, sentenceIndex), figure, clause.end),
    requested: context.requested[figure.start] === 1,
    past,
    hasDeadline: deadline !== undefined && deadline.deadline.type !== 'none',
    inPlanPart: context.planPart[figure.start] === 1,
  })
  const selfRaised = figure.unit === 'yuan' && selfRaisedBefore(context.folded, clause, figure)
  // The applicant's own money is never the government's target: what it will put in is an
  // estimate of the cost it carries, what it has put in a result.
  const suggestedKind: SuggestedKind =
    selfRaised && (told === 'target' || told === 'forecast') ? 'estimate' : told
  if (selfRaised) notes.push(selfRaisedNote(at.words, suggestedKind))
  const dated =
    asOf ??
    (past && (suggestedKind === 'result' || suggestedKind === 'estimate') ? past : undefined)
  const unitWords = figure.unitSpan ? locate(context, figure.unitSpan).words : figure.unitWord
  return {
    id: `${at.start}-${at.end}`,
    ...locateSentence(context, sentence),
    match: at.words,
    start: at.start,
    end: at.end,
    kind: kindOf(figure),
    figure: {
      comparator: figure.comparator,
      value: figure.value,
      unit: figure.unit,
      label: labelFor(context.reading, unitWords, figure, clause, previousEnd),
      asWritten: at.words,
      ...(figure.unit === 'measure'
        ? { unitName: unitWords, unitNameEn: figure.unitNameEn ?? unitWords }
        : {}),
    },
    pattern: figure.pattern,
    ...(figure.plus || figure.pattern === 'approximately' ? { approximate: true } : {}),
    ...(figure.max !== undefined ? { range: { min: figure.value, max: figure.max } } : {}),
    ...joinNotes(notes),
    ...(deadline
      ? { deadline: deadline.deadline, deadlineText: locate(context, deadline).words }
      : {}),
    ...(dated ? { asOf: dated.asOf, asOfText: locate(context, dated).words } : {}),
    ...(selfRaised ? { fundSource: 'self-raised' as const } : {}),
    suggestedKind,
  }
}

function kindOf(figure: FigurePhrase): ProposalKind {
  if (figure.unit === 'yuan') return 'amount'
  if (figure.unit === 'measure') return 'measure'
  return figure.unit === 'percent' ? 'percent' : 'count'
}

/** The deadline-only promises of `scanLetter`. */
export function scanDeadlinePromises(text: string, options: ScanOptions = {}): DeadlineProposal[] {
  return scanLetter(text, options).deadlines
}
