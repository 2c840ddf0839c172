/**
 * The label the contract wants beside a figure: its measure word and what it counts, e.g.
 * "个重大科技项目" or "元省级财政科技经费". A proposal for a person to edit, so it is built
 * from plain rules: the noun right after the figure ("12个重大科技项目"), or else the words
 * before it in its clause ("省级财政科技经费9350万元"), without the verbs and cue words that
 * lead into it.
 */

const MAX_LABEL = 24
const MIN_NOUN = 3
/** Han characters, quotation and title marks, and brackets inside names like 云南(昆明). */
const NOUN_CHAR = /[\u3400-\u9fff“”《》()（）]/
/** Before a figure a list of nouns belongs to it: "引进、培养各类高端技术人才、专业人才50人". */
const NOUN_OR_LIST_CHAR = /[\u3400-\u9fff“”《》()（）、]/
/** Words that end the noun after a figure: conjunctions, adverbs and verbs that start a new phrase. */
const STOP_AFTER =
  /^(?:共|经(?![费济验营典])|已|及|和|与|并|将|的|以|在|于|为|是|实现|获得|经过|通过|享受|用于|达到|纳入|形成|开展|落地|呈报|其中|等)/
/** Verbs, cue words and adverbs that lead into the noun before a figure. */
const LEAD_IN =
  /^(?:其中|共同|共计|累计|预计将|预计|将|力争|争取|确保|积极|成功|首次|计划|拟|获得|给予|投入|促进|申请|攻克|引进|培养|推荐了|推荐|认定|遴选了|遴选|征集|梳理|发布|实现|新增|新建|改造|实施|建成|建设|完成|达到|已|在|对|向|为|由|自主|年度|今年|目前|前期|、)+/
/** Words that end the noun before a figure and only link it to the number. */
const LEAD_OUT = /(?:预计将|预计|将|已|达到|达|为|共|计|约|近|超过|不少于|至少)+$/

/** The letter's words (labels are sliced from here) and the same text folded for matching. */
export interface LabelText {
  text: string
  folded: string
}

/**
 * `unitWord` is the unit as the letter writes it (项 or 項, 公里). Every rule tests the folded
 * text, and the label is cut from the letter's own words at the same offsets.
 */
export function labelFor(
  source: LabelText,
  unitWord: string,
  phrase: { start: number; end: number },
  clause: { start: number; end: number },
  previousEnd: number,
): string {
  const { text, folded } = source
  const after = balancePairs(folded, {
    start: phrase.end,
    end: nounAfter(folded, phrase.end, clause.end),
  })
  const noun =
    after.end > after.start
      ? after
      : nounBefore(folded, phrase.start, Math.max(clause.start, previousEnd))
  return `${unitWord}${text.slice(noun.start, noun.end)}`.slice(0, MAX_LABEL)
}

interface Cut {
  start: number
  end: number
}

function nounAfter(text: string, from: number, to: number): number {
  let end = from
  while (end < to && end - from < MAX_LABEL && NOUN_CHAR.test(text[end] ?? '')) {
    if (STOP_AFTER.test(text.slice(end, end + 2))) break
    end += 1
  }
  return end
}

function nounBefore(text: string, to: number, from: number): Cut {
  let start = to
  while (
    start > from &&
    to - start < MAX_LABEL * 2 &&
    NOUN_OR_LIST_CHAR.test(text[start - 1] ?? '')
  )
    start -= 1
  const noun: Cut = { start, end: to }
  const words = () => text.slice(noun.start, noun.end)
  // "…等领域申请发明专利" and "制约产业发展的共性关键核心技术": the noun follows the last
  // 领域/的/了, which close a modifier or a finished verb.
  const cut = Math.max(words().lastIndexOf('领域'), words().lastIndexOf('方面'))
  if (cut >= 0) noun.start += cut + 2
  const particle = Math.max(words().lastIndexOf('的'), words().lastIndexOf('了'))
  if (particle >= 0 && words().length - particle > 2) noun.start += particle + 1
  noun.end -= LEAD_OUT.exec(words())?.[0].length ?? 0
  // "…积极争取立项20个", "全市共认定高新技术企业300家": what follows the last cue word or
  // verb is the thing counted, unless too little follows it ("投入强度", "拨付资金").
  const verb = lastVerbEnd(words())
  if (verb > 0 && words().length - verb >= MIN_NOUN) noun.start += verb
  const balanced = balancePairs(text, noun)
  const lead = LEAD_IN.exec(text.slice(balanced.start, balanced.end))?.[0].length ?? 0
  const result = { start: balanced.start + lead, end: balanced.end }
  if (result.end - result.start > MAX_LABEL) result.start = result.end - MAX_LABEL
  return result
}

const VERBS =
  /争取|力争|确保|预计将|预计|计划|推荐了?|遴选了?|认定|培育|引进|培养|新增|建成|完成|征集|梳理|获得|给予|投入|申请|攻克|举办|接待|实施|支持|拨付/g

function lastVerbEnd(noun: string): number {
  let end = -1
  for (const m of noun.matchAll(VERBS)) end = m.index + m[0].length
  return end
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['(', ')'],
  ['（', '）'],
  ['《', '》'],
]

/** A label cut out of a sentence must not start inside a quotation or bracket, or leave one open. */
function balancePairs(text: string, cut: Cut): Cut {
  const balanced = { ...cut }
  for (const [open, close] of PAIRS) {
    const words = text.slice(balanced.start, balanced.end)
    const firstClose = words.indexOf(close)
    const firstOpen = words.indexOf(open)
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
      balanced.start += firstClose + 1
    }
    const rest = text.slice(balanced.start, balanced.end)
    const lastOpen = rest.lastIndexOf(open)
    if (lastOpen >= 0 && rest.indexOf(close, lastOpen) < 0) {
      balanced.end = balanced.start + lastOpen
    }
  }
  return balanced
}
