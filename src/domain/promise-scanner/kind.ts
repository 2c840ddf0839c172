import type { Span } from './sentences'
import type { SuggestedKind } from './types'

/**
 * Is a figure promised, expected, estimated or already reported? The words nearest before it
 * decide:
 *  - estimate: 经测算/测算/概算/估算/预算/需投入/需要资金/约需/需要建设 — what something would cost or
 *    take ("经测算需投入资金20万元", "概算投资35万元", "预计总投资3500万元"), nobody's promise. 预算内 is a fund's name
 *    (中央预算内资金), not an estimate.
 *  - forecast: 预计/预期/有望/可望 — an expected effect ("预计…申请发明专利60余项").
 *  - target: 力争/争取/确保/计划/力求/目标/拟/将 — an intent ("积极争取立项20个以上").
 *  - result: 已/累计/截至/共计/先后/前期 and the perfective 了 — something done ("推荐了14名");
 *    also 经(积极)争取 and 争取到, "through efforts, obtained": the money is already there.
 * Longer words come first so "预计将" reads as a forecast, not as the "将" of a target.
 * Cue words inside quotation marks are names (“春城计划”) and are masked out by the caller. The
 * patterns run on the folded (Simplified) text.
 */
const CUE =
  /经测算|经估算|测算|概算|估算|预算(?!内)|所需资金|约需|(?:预计|计划)总投资|需要?(?=投入|投资|资金|经费|建设|修建|新建|改造|硬化|安排|[\d一二两三四五六七八九十约近])|经[^,，。;；:：]{0,4}?争取(?!到)|争取到|预计将|预期将|预计|预期|有望|可望|力争|争取|确保|(?<!建设|资金|工作|行动|项目|年度|投资|实施|发展|改造|补助|下达|规划)计划|力求|目标|(?<![模虚])拟|(?<!即)将(?!近)|已经|(?<![而不])已|累计|截至|截止|共计|先后|前期|(?<![为除受])了(?![解])/g

const CUE_KIND: Record<string, SuggestedKind> = {
  预计将: 'forecast',
  预期将: 'forecast',
  预计: 'forecast',
  预期: 'forecast',
  有望: 'forecast',
  可望: 'forecast',
  力争: 'target',
  争取: 'target',
  确保: 'target',
  计划: 'target',
  力求: 'target',
  目标: 'target',
  拟: 'target',
  将: 'target',
}
const ESTIMATE_CUE = /^(?:经测算|经估算|测算|概算|估算|预算|所需资金|约需|预计总投资|计划总投资)$/
const NEED_CUE = /^需要?$/

/**
 * `need` is a stated need ("需要建设2公里沟渠"): an estimate in the reply's own words, but the
 * deputy's request when the sentence restates it (see REQUEST).
 */
export type CueKind = SuggestedKind | 'need'

export interface Cue extends Span {
  kind: CueKind
  /**
   * 争取 ("strive for, obtain") says nothing of tense by itself: after a date before the letter
   * ("2016年争取补助资金900万元" in a 2018 letter) it is what was obtained then.
   */
  weak?: boolean
}

/**
 * Cue words in `folded` between `from` and `to`, skipping any that start inside a quotation. A
 * cue word in the middle of a longer word that ends the sentence is still found: cues are short.
 */
export function findCues(folded: string, from: number, to: number, quoted: Uint8Array): Cue[] {
  const cues: Cue[] = []
  for (const m of folded.slice(from, to).matchAll(CUE)) {
    const start = from + m.index
    if (quoted[start]) continue
    const cue: Cue = { start, end: start + m[0].length, kind: kindOfCue(m[0]) }
    cues.push(m[0] === '争取' ? { ...cue, weak: true } : cue)
  }
  return cues
}

function kindOfCue(word: string): CueKind {
  if (ESTIMATE_CUE.test(word)) return 'estimate'
  if (NEED_CUE.test(word)) return 'need'
  return CUE_KIND[word] ?? 'result'
}

/**
 * Words that restate the request ("据您建议", "代表们建议修建…", "您反映…"): what follows in the
 * sentence, up to its full stop, is the deputy's account, not the reply's.
 */
export const REQUEST =
  /据(?:您|你们)的?建议|(?:您|你们)(?:所)?(?:建议|反映|提出)|(?:代表|委员)们?(?:建议|反映|提出)|建议中(?:提到|提出)/g

export interface KindEvidence {
  /** The cue that governs the figure (see nearestFor), if any. */
  cue: Cue | undefined
  /** The sentence restates the request before the figure. */
  requested: boolean
  /** The nearest date before the letter's, before the figure in its sentence. */
  past: Span | undefined
  hasDeadline: boolean
  inPlanPart: boolean
}

/**
 * An estimate cue governs outright, a stated need too unless the sentence restates the request
 * (then it reads as the report of what was asked, a result). A date before the letter's makes
 * the figure a result unless a cue of intent (other than a bare 争取) stands between that date and
 * the figure ("2020年以来…下一步将…"). Otherwise the cue decides; without one, a stated deadline makes it a
 * target, and otherwise the part of the letter does: a "下一步工作计划" part promises, the others
 * report.
 */
export function suggestKind(evidence: KindEvidence): SuggestedKind {
  const { cue, requested, past, hasDeadline, inPlanPart } = evidence
  if (cue?.kind === 'estimate') return 'estimate'
  if (cue?.kind === 'need') return requested ? 'result' : 'estimate'
  if (past && (!cue || cue.kind === 'result' || cue.weak || cue.end <= past.start)) return 'result'
  if (cue) return cue.kind
  if (hasDeadline || inPlanPart) return 'target'
  return 'result'
}
