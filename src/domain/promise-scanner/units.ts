import type { Unit } from '../schema/primitives'

/**
 * The words around a number that make it a figure: measure words for counts, money units, and
 * the comparator words official letters use.
 */

export interface MeasureWord {
  word: string
  unit: Unit
  /** For `measure`: the unit in English, for the contract's unitNameEn. */
  unitNameEn?: string
}

/**
 * Units of measure: lengths, areas, weights, power, angles (坡度大于25度). Longest first, so 平方公里 is not read as 公里
 * and 千瓦时 not as 千瓦. A figure in one of these has unit `measure` and names the unit.
 */
const MEASURES: readonly MeasureWord[] = [
  { word: '平方公里', unit: 'measure', unitNameEn: 'km²' },
  { word: '平方千米', unit: 'measure', unitNameEn: 'km²' },
  { word: '平方米', unit: 'measure', unitNameEn: 'm²' },
  { word: '立方米', unit: 'measure', unitNameEn: 'm³' },
  { word: '千瓦时', unit: 'measure', unitNameEn: 'kWh' },
  { word: '平米', unit: 'measure', unitNameEn: 'm²' },
  { word: '公里', unit: 'measure', unitNameEn: 'km' },
  { word: '千米', unit: 'measure', unitNameEn: 'km' },
  { word: '延米', unit: 'measure', unitNameEn: 'm' },
  { word: '厘米', unit: 'measure', unitNameEn: 'cm' },
  { word: '公顷', unit: 'measure', unitNameEn: 'ha' },
  { word: '千瓦', unit: 'measure', unitNameEn: 'kW' },
  { word: '兆瓦', unit: 'measure', unitNameEn: 'MW' },
  { word: '千克', unit: 'measure', unitNameEn: 'kg' },
  { word: '公斤', unit: 'measure', unitNameEn: 'kg' },
  { word: '米', unit: 'measure', unitNameEn: 'm' },
  { word: '亩', unit: 'measure', unitNameEn: 'mu' },
  { word: '吨', unit: 'measure', unitNameEn: 't' },
  { word: '度', unit: 'measure', unitNameEn: '°' },
]

/**
 * Measure words that count things (个 项 家 所 辆 宗 座 …) or people (人 名 位). Compound ones come
 * first: 人次/家次 count visits, not people, and "个百分点" is percentage points. 年/月/日/号/届/期/
 * 条款 are left out on purpose: they make dates, document numbers and ordinals, not figures.
 */
const COUNT_WORDS: readonly MeasureWord[] = [
  { word: '个百分点', unit: 'percent' },
  { word: '人次', unit: 'count' },
  { word: '家次', unit: 'count' },
  { word: '户次', unit: 'count' },
  { word: '场次', unit: 'count' },
  ...[...'个项家所批次篇件户支座台套条种辆宗间处盏株棵眼栋幢段块张场头只艘架村县'].map(
    (word): MeasureWord => ({ word, unit: 'count' }),
  ),
  { word: '人', unit: 'person' },
  { word: '名', unit: 'person' },
  { word: '位', unit: 'person' },
]

export const MEASURE_WORDS: readonly MeasureWord[] = [...MEASURES, ...COUNT_WORDS]

/**
 * "十五届人大三次会议": N次 before 会议/全会 numbers a session, it does not count anything. A bare
 * 二次 ("二次改造", "二次收费") means "secondary": a count of two is written 两次.
 */
export const SESSION_AFTER_次 = /^(?:会议|全会|常委会|代表大会|党代会)/

/** Multipliers written after Arabic digits (1.87亿, 3千万); the exponent of ten they add. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['千万', 7],
  ['百万', 6],
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2],
]

/**
 * "3000万" or "3亿" without 元 is money only where the clause talks about money; elsewhere
 * "5万人" or "1万家" count people and firms (those have a measure word and are read as counts).
 */
export const MONEY_WORDS =
  /资金|经费|投入|投资|拨付|拨款|预算|补助|补贴|奖补|资助|奖励|销售|利税|产值|营收|收入|税收|金额|融资|基金|贷款|费用|资产|收益|利润|欠款|债券|造价|概算|估算|筹资|自筹/

export type ComparatorPattern = 'at-least' | 'more-than' | 'at-most' | 'approximately'

export interface ComparatorWord {
  word: string
  pattern: ComparatorPattern
  /** The characters before it that turn it into another word (节约, 最近). */
  notAfter?: RegExp
}

/**
 * Comparator words before the number, longest first (不超过 before 超过, 大约 before 约).
 *  - 超过/逾/多于/高于/大于/突破 "more than": strictly '>' — 超过50亿元 is not met by 50亿元.
 *  - 不少于/不低于/至少/最少 "no less than": '>='.
 *  - 不超过/不高于/不多于/至多/最多 "no more than": '<='.
 *  - 将近/接近/大约/约/近 "about, nearly": '=' with the figure flagged approximate.
 */
export const PREFIX_WORDS: readonly ComparatorWord[] = [
  { word: '不超过', pattern: 'at-most' },
  { word: '不高于', pattern: 'at-most' },
  { word: '不多于', pattern: 'at-most' },
  { word: '不少于', pattern: 'at-least' },
  { word: '不低于', pattern: 'at-least' },
  { word: '超过', pattern: 'more-than' },
  { word: '多于', pattern: 'more-than' },
  { word: '高于', pattern: 'more-than' },
  { word: '大于', pattern: 'more-than' },
  { word: '突破', pattern: 'more-than' },
  { word: '至少', pattern: 'at-least', notAfter: /截/ },
  { word: '最少', pattern: 'at-least' },
  { word: '至多', pattern: 'at-most', notAfter: /截/ },
  { word: '最多', pattern: 'at-most' },
  { word: '将近', pattern: 'approximately' },
  { word: '接近', pattern: 'approximately' },
  { word: '大约', pattern: 'approximately' },
  { word: '逾', pattern: 'more-than' },
  { word: '约', pattern: 'approximately', notAfter: /[节制签预邀合公条特履违守践婚]/ },
  { word: '近', pattern: 'approximately', notAfter: /[最附临亲贴逼靠就]/ },
]

/**
 * 至少/最少/至多/最多 are adverbs and may stand before the verb: "至少建设3所" reads like
 * "建设至少3所". Looked for a few characters back in the same clause, with no digit between.
 */
export const ADVERB_WORDS: readonly ComparatorWord[] = [
  { word: '至少', pattern: 'at-least', notAfter: /截/ },
  { word: '最少', pattern: 'at-least' },
  { word: '至多', pattern: 'at-most', notAfter: /截/ },
  { word: '最多', pattern: 'at-most' },
]
export const ADVERB_REACH = 6

/**
 * Comparator words after the unit. 以上 in official usage includes the figure ("20个以上" is met
 * by 20): '>='. 以下/以内 likewise include it: '<='. 左右 "or so": '=' approximate.
 */
export const SUFFIX_WORDS: readonly ComparatorWord[] = [
  { word: '及以上', pattern: 'at-least' },
  { word: '以上', pattern: 'at-least' },
  { word: '及以下', pattern: 'at-most' },
  { word: '以下', pattern: 'at-most' },
  { word: '以内', pattern: 'at-most' },
  { word: '左右', pattern: 'approximately' },
]

/** 余/多 after a number ("60余项", "3000多万元") mean "more than, by an unstated amount". */
export const PLUS_WORDS = /^[余多]/

/** Range separators: "3-5个", "3～5个", "三至五个", "3到5个". */
export const RANGE_SEPARATOR = /^[-~—–至到]/
