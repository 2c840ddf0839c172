import type { Note } from './dates'
import type { Span } from './sentences'
import type { SuggestedKind } from './types'

/**
 * 自筹 ("raised by itself"): money the applicant puts in — an enterprise, a village, the people
 * who asked ("由企业自筹资金200万元", "群众自筹", "村级筹资"). It is never the government's money,
 * so it is never proposed as the government's target.
 */
const SELF_RAISED = /自筹|自行筹|群众筹|村级筹|村集体筹|村民筹|企业筹|自有资金/

/** Whether the figure's clause names self-raised money before the figure. */
export function selfRaisedBefore(folded: string, clause: Span, figure: Span): boolean {
  return SELF_RAISED.test(folded.slice(clause.start, figure.start))
}

export function selfRaisedNote(words: string, kind: SuggestedKind): Note {
  const zh = kind === 'result' ? '按原文时态建议为已有结果' : '按原文时态建议为估算'
  const en =
    kind === 'result'
      ? 'suggested as a result, by its tense'
      : 'suggested as an estimate, by its tense'
  return {
    zh: `“${words}”是申请方自筹的资金,不是政府的承诺;${zh}。`,
    en: `"${words}" is money the applicant raises itself, not a government pledge; ${en}.`,
  }
}
