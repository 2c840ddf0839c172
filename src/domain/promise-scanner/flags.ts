import { locate, locateSentence, sentenceIndexAt, type ScanContext } from './context'
import type { Span } from './sentences'
import type { SentenceFlag } from './types'

/**
 * Sentences the desk can offer as something other than a figure: a condition a promise waits on,
 * or a request the reply turns down. One flag per sentence and list, at the first words that say
 * so. Bounded patterns on the folded text; words inside quotation marks (the request as the
 * deputy wrote it) are not the reply's own.
 */

/**
 * 待…后 / 待…方可 ("待下达资金计划后组织实施"), 条件成熟后, 视…情况, 若…将, and work paced by
 * money from above ("根据上级资金逐年安排").
 */
const CONDITION =
  /待[^。；;！？!?\n]{1,30}?方可|待[^。；;！？!?\n]{1,30}?(?:之后|后|时)|待上级批复|条件(?:成熟|具备|允许)(?:后|时)?|视[^。；;！？!?\n,，]{1,12}?(?:情况|而定)|若[^。；;！？!?\n]{1,40}?(?:将|再|可|方)|如果?[^。；;！？!?\n,，]{1,16}?(?:具备|允许|成熟|批复|同意)后|(?:根据|视|按照)上级(?:资金|批复|安排|下达)/g

/**
 * 暂不具备, 不予, 暂不能, 无法 / 难以 / 不能 + what was asked (实施, 立项, 安排 …), 不符合 … 政策/规划/
 * 要求, 得不到 … 支持, 没有 … 补助资金, 未纳入. A bare 无法 is not a refusal: "雨天无法通行"
 * describes the road.
 */
const ASKED =
  '(?:实施|解决|安排|立项|支持|纳入|列入|满足|办理|采纳|批准|实现|硬化|建设|补助|落实|考虑|同意|完成)'
const DECLINED = new RegExp(
  [
    '暂不具备[^。；;,，]{0,10}',
    '不具备[^。；;,，]{0,8}?条件',
    `不予${ASKED}?`,
    `暂不(?:能|予|具备)?${ASKED}`,
    `暂无法${ASKED}?`,
    `(?:无法|难以|不能)[^。；;,，]{0,8}?${ASKED}`,
    '不符合[^。；;,，]{0,24}?(?:要求|规定|条件|政策|规划|布局)',
    '(?:政策|规划|规定|要求)不符(?:合)?',
    '得不到[^。；;,，]{0,8}?支持',
    '(?:没有|无)[^。；;,，]{0,6}?补助资金',
    '再无[^。；;,，]{0,10}?资金',
    '未(?:能)?(?:纳入|列入)',
  ].join('|'),
  'g',
)

export interface Flags {
  flags: SentenceFlag[]
  /** The flags' words in the reading, for the other finders. */
  spans: Span[]
  /** The flag of each flagged sentence, by the sentence's index. */
  bySentence: Map<number, SentenceFlag>
}

export function findConditions(context: ScanContext): Flags {
  return findFlags(context, CONDITION)
}

export function findDeclined(context: ScanContext): Flags {
  return findFlags(context, DECLINED)
}

function findFlags(context: ScanContext, pattern: RegExp): Flags {
  const flags: SentenceFlag[] = []
  const spans: Span[] = []
  const bySentence = new Map<number, SentenceFlag>()
  let sentenceIndex = 0
  let flagged = -1
  for (const m of context.folded.matchAll(new RegExp(pattern.source, 'g'))) {
    if (context.quoted[m.index]) continue
    const span = { start: m.index, end: m.index + m[0].length }
    sentenceIndex = sentenceIndexAt(context, span.start, sentenceIndex)
    const sentence = context.sentences[sentenceIndex]
    if (!sentence || span.start < sentence.start || sentenceIndex === flagged) continue
    flagged = sentenceIndex
    span.end = Math.min(span.end, sentence.end)
    const at = locate(context, span)
    spans.push(span)
    const flag: SentenceFlag = {
      id: `${at.start}-${at.end}`,
      ...locateSentence(context, sentence),
      match: at.words,
      start: at.start,
      end: at.end,
    }
    flags.push(flag)
    bySentence.set(sentenceIndex, flag)
  }
  return { flags, spans, bySentence }
}
