import type { Deadline } from '../schema/commitment'
import type { Figure } from '../schema/primitives'
import type { Simplify } from './reading'

/**
 * What the figure measures: money (integer yuan), a count of things or people, a percentage, or
 * a quantity in a unit of measure (公里, 平方米, 亩 …; the unit is in `figure.unitName`).
 */
export type ProposalKind = 'amount' | 'count' | 'percent' | 'measure'

/**
 * The wording that set the comparator, so the desk can explain its reading ("以上 → at least").
 * `amount` and `exact` are plain figures (money and anything else); `range` is "3-5个".
 */
export type ProposalPattern =
  'amount' | 'at-least' | 'more-than' | 'at-most' | 'approximately' | 'plus' | 'range' | 'exact'

/**
 * The commitment kind the wording suggests. `estimate` is a cost or a stated need ("经测算需投入
 * 资金20万元", "概算投资35万元"): the contract's `estimate` kind, never rated, never a target.
 */
export type SuggestedKind = 'target' | 'forecast' | 'result' | 'estimate'

/** Where the money comes from, when the wording says it is not the government's. */
export type ProposalFundSource = 'self-raised'

/** Where a proposal stands in the letter: the sentence holding it, verbatim, and its offsets. */
export interface SentenceSpan {
  /** The sentence (or clause ending at 。；！？ or a line break), verbatim from the letter. */
  quote: string
  sentenceStart: number
  sentenceEnd: number
}

export interface NumericProposal extends SentenceSpan {
  /** Stable id for React keys and accept/reject state: `${start}-${end}`. */
  id: string
  /** The figure phrase verbatim ("5334万元", "20个以上", "超过4.2亿元"); text.slice(start, end). */
  match: string
  start: number
  end: number
  kind: ProposalKind
  /** Passes figureSchema; money in integer yuan; asWritten === match; measures name their unit. */
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
  /**
   * The date the figure holds as of: from 截至… (a day), or from a date before the letter's
   * ("2016年…", "2021年10月", "自2017年以来" = the letter's date) as precisely as written: a
   * partial date ("2016", "2021-10") the contract's `asOf` accepts. Null when the words do not
   * resolve (kept in asOfText).
   */
  asOf?: string | null
  asOfText?: string
  /** "由企业自筹资金200万元": the applicant's own money, never the government's target. */
  fundSource?: ProposalFundSource
  /** The sentence states a condition ("待上级批复后"): its words, for the contract's `condition`. */
  condition?: string
  suggestedKind: SuggestedKind
}

/**
 * A promise with a deadline and no figure ("预计明年底建成", "力争2020年完工", "计划于2021年1月组织
 * 实施"). `match` runs from the deadline words to the action they date.
 */
export interface DeadlineProposal extends SentenceSpan {
  /** `${start}-${end}` of `match`. */
  id: string
  match: string
  start: number
  end: number
  deadline: Deadline
  /** The deadline words verbatim ("力争2020年"). */
  deadlineText: string
  /** 预计/预期/有望 make it a forecast (a deadline-only forecast); the rest are promises. */
  suggestedKind: 'promise' | 'forecast'
  /** The sentence states a condition ("待上级批复后实施"): its words, verbatim. */
  condition?: string
}

/**
 * A sentence the desk can offer as a condition ("待上级批复后实施", "条件成熟后") or a declined
 * request ("暂不具备实施条件", "无法实施硬化"); `match` is the words that say so, verbatim.
 */
export interface SentenceFlag extends SentenceSpan {
  /** `${start}-${end}` of `match`. */
  id: string
  match: string
  start: number
  end: number
}

/** Everything the scanner proposes for one letter, each list in the order of the text. */
export interface LetterScan {
  figures: NumericProposal[]
  deadlines: DeadlineProposal[]
  conditions: SentenceFlag[]
  declined: SentenceFlag[]
}

export interface ScanOptions {
  /** The letter's date (ISO); resolves 今年/明年/去年/目前/年内. Ignored when not a valid date. */
  letterDate?: string
  /**
   * Traditional → Simplified, length-preserving (the desk passes opencc's converter, loaded with
   * the desk). Without it a Traditional letter is read only where its numerals differ (萬, 億).
   */
  simplify?: Simplify
}
