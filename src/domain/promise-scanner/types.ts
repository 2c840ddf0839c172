import type { Deadline } from '../schema/commitment'
import type { Figure } from '../schema/primitives'

/** What the figure measures: money (integer yuan), a count of things or people, or a percentage. */
export type ProposalKind = 'amount' | 'count' | 'percent'

/**
 * The wording that set the comparator, so the desk can explain its reading ("以上 → at least").
 * `amount` and `exact` are plain figures (money and anything else); `range` is "3-5个".
 */
export type ProposalPattern =
  'amount' | 'at-least' | 'more-than' | 'at-most' | 'approximately' | 'plus' | 'range' | 'exact'

export type SuggestedKind = 'target' | 'forecast' | 'result'

export interface NumericProposal {
  /** Stable id for React keys and accept/reject state: `${start}-${end}`. */
  id: string
  /** The sentence (or clause ending at 。；！？ or a line break) holding the figure, verbatim. */
  quote: string
  sentenceStart: number
  sentenceEnd: number
  /** The figure phrase verbatim ("5334万元", "20个以上", "超过4.2亿元"); text.slice(start, end). */
  match: string
  start: number
  end: number
  kind: ProposalKind
  /** Passes figureSchema; money in integer yuan; asWritten === match. */
  figure: Figure
  pattern: ProposalPattern
  /** 近/约/左右/余/多: the source gives a round figure, not an exact one. */
  approximate?: boolean
  /** "3-5个": both ends; figure carries the lower end with comparator '>='. */
  range?: { min: number; max: number }
  /** How the figure was read, in both languages, ready for the contract's note/noteEn. */
  note?: string
  noteEn?: string
  /** 力争2025年 / 2025年底前 / 年内…: absent when the sentence states no deadline. */
  deadline?: Deadline
  /** The deadline words verbatim ("力争2023年"). */
  deadlineText?: string
  /** 截至…: ISO date when it resolves, null when it cannot (words kept in asOfText). */
  asOf?: string | null
  asOfText?: string
  suggestedKind: SuggestedKind
}

export interface ScanOptions {
  /** The letter's date (ISO); resolves 今年/明年/去年/目前/年内. Ignored when not a valid date. */
  letterDate?: string
}
