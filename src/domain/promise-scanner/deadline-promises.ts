import { clauseOf, cuesOf, locate, locateSentence, type ScanContext } from './context'
import { nearestFor } from './nearest'
import type { Span } from './sentences'
import type { DeadlineProposal, SentenceFlag } from './types'

/**
 * Promises with a deadline and no figure: "预计明年底建成", "力争2020年完工", "将于2022年7月中旬
 * 开工", "计划于2021年1月组织实施", "已上报为2024年破损路改造项目". A deadline phrase (see dates.ts:
 * a marker of intent, a limit, or a year after the letter's) counts when an action follows it in
 * its clause, or the clause puts something into a dated plan (纳入/列入 2026年…). A clause that
 * states a figure is the figure's proposal, and a clause that declines is not a promise.
 */
const ACTION =
  /完工|建成|实施|解决|完成|投用|投入使用|开工|竣工|建设|落实|启动|开通|通车|硬化|改造|整治|修建|实现|推进|到位|下达|治理|开始|办结|交付|验收|动工|施工|维修|安排|拨付/
const ACTION_REACH = 16
/** "纳入2026年项目库", "上报为2024年破损路改造项目": the plan is named before its year. */
const INTO_PLAN = /(?:纳入|列入|上报为|列为|安排在|安排于)$/
const INTO_REACH = 4
const FORECAST_WORDS = /^(?:预计|预期|有望|可望)/

export function findDeadlineProposals(
  context: ScanContext,
  figures: readonly Span[],
  declined: readonly Span[],
  conditions: ReadonlyMap<number, SentenceFlag>,
): DeadlineProposal[] {
  const figureCount = runningCount(figures, context.text.length)
  const declinedCount = runningCount(declined, context.text.length)
  const proposals: DeadlineProposal[] = []
  context.sentences.forEach((sentence, index) => {
    for (const phrase of context.deadlines[index] ?? []) {
      if (context.quoted[phrase.start]) continue
      const clause = clauseOf(context, phrase, sentence)
      if (anyIn(figureCount, clause) || anyIn(declinedCount, clause)) continue
      const reach = context.folded.slice(
        phrase.end,
        Math.min(clause.end, phrase.end + ACTION_REACH),
      )
      const action = ACTION.exec(reach)
      const lead = INTO_PLAN.exec(
        context.folded.slice(Math.max(clause.start, phrase.start - INTO_REACH), phrase.start),
      )
      if (!action && !lead) continue
      const span = {
        start: lead ? phrase.start - lead[0].length : phrase.start,
        end: action ? phrase.end + action.index + action[0].length : phrase.end,
      }
      const at = locate(context, span)
      const cue = nearestFor(cuesOf(context, index), phrase, clause.end)
      const forecast =
        FORECAST_WORDS.test(context.folded.slice(phrase.start, phrase.end)) ||
        (cue?.kind === 'forecast' && cue.end <= phrase.start)
      proposals.push({
        id: `${at.start}-${at.end}`,
        ...locateSentence(context, sentence),
        match: at.words,
        start: at.start,
        end: at.end,
        deadline: phrase.deadline,
        deadlineText: locate(context, phrase).words,
        suggestedKind: forecast ? 'forecast' : 'promise',
        ...(conditions.has(index) ? { condition: conditions.get(index)?.match } : {}),
      })
    }
  })
  return proposals
}

/** How many characters before each position lie in one of the spans: any-in-range in O(1). */
function runningCount(spans: readonly Span[], length: number): Int32Array {
  const marks = new Uint8Array(length)
  for (const span of spans) marks.fill(1, span.start, span.end)
  const count = new Int32Array(length + 1)
  for (let i = 0; i < length; i += 1) count[i + 1] = (count[i] ?? 0) + (marks[i] ?? 0)
  return count
}

function anyIn(count: Int32Array, span: Span): boolean {
  return (count[span.end] ?? 0) - (count[span.start] ?? 0) > 0
}
