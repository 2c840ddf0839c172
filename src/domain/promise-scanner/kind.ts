import type { SuggestedKind } from './types'

/**
 * Is a figure promised, expected or already reported? The words nearest before it decide:
 *  - forecast: 预计/预期/有望/可望 — an expected effect ("预计…申请发明专利60余项").
 *  - target: 力争/争取/确保/计划/力求/目标/拟/将 — an intent ("积极争取立项20个以上").
 *  - result: 已/累计/截至/共计/先后/前期 and the perfective 了 — something done ("推荐了14名").
 * Longer words come first so "预计将" reads as a forecast, not as the "将" of a target.
 * Cue words inside quotation marks are names (“春城计划”) and are masked out by the caller.
 */
const CUE =
  /预计将|预期将|预计|预期|有望|可望|力争|争取|确保|计划|力求|目标|(?<![模虚])拟|(?<!即)将(?!近)|已经|(?<![而不])已|累计|截至|截止|共计|先后|前期|(?<![为除受])了(?![解])/g

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

export interface Cue {
  start: number
  end: number
  kind: SuggestedKind
}

/** Cue words in `text` between `from` and `to`, skipping any that start inside a quotation. */
export function findCues(text: string, from: number, to: number, quoted: Uint8Array): Cue[] {
  const cues: Cue[] = []
  for (const m of text.slice(from, to).matchAll(CUE)) {
    const start = from + m.index
    if (quoted[start]) continue
    cues.push({ start, end: start + m[0].length, kind: CUE_KIND[m[0]] ?? 'result' })
  }
  return cues
}

/**
 * The cue that governs the figure (see nearestFor: the nearest before it in its sentence, else
 * one later in its clause, as in "…5家实现了…") decides. Without one, a stated deadline makes it
 * a target, and otherwise the part of the letter does: a "下一步工作计划" part promises, the
 * others report.
 */
export function suggestKind(
  cue: Cue | undefined,
  hasDeadline: boolean,
  inPlanPart: boolean,
): SuggestedKind {
  if (cue) return cue.kind
  if (hasDeadline || inPlanPart) return 'target'
  return 'result'
}
