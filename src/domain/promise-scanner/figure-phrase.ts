import type { Comparator, Unit } from '../schema/primitives'
import { parseChineseNumeral, scaleDecimal } from './numbers'
import { isClauseEnd, isSentenceEnd } from './sentences'
import type { ProposalPattern } from './types'
import {
  ADVERB_REACH,
  ADVERB_WORDS,
  MEASURE_WORDS,
  MONEY_WORDS,
  MULTIPLIERS,
  PLUS_WORDS,
  PREFIX_WORDS,
  RANGE_SEPARATOR,
  SESSION_AFTER_次,
  SUFFIX_WORDS,
  type ComparatorPattern,
  type ComparatorWord,
} from './units'

/**
 * Reads one figure phrase around a number: [comparator word] number [-number] [余/多]
 * [multiplier] [余/多] unit [comparator word]. Works on the width-normalised text, whose offsets
 * equal the original's.
 */

/**
 * A number: Arabic digits with optional thousands groups and decimals, or a Chinese numeral.
 * A Chinese numeral must start with a digit or 十: a bare 百/千/万 starts words such as
 * 千人计划 and 万人计划, which are programme names, not counts.
 */
const ARABIC = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?'
const CHINESE =
  '[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*'
export const NUMBER = new RegExp(`${ARABIC}|${CHINESE}`, 'g')
const NUMBER_AT = new RegExp(`${ARABIC}|${CHINESE}`, 'y')
/** Arabic numbers longer than this are codes or phone numbers, never figures in a letter. */
const MAX_DIGITS = 15
const MONEY_LOOKBACK = 20

export interface FigurePhrase {
  start: number
  end: number
  value: number
  max?: number
  unit: Unit
  /** The unit as the label starts with it: 元, %, 个, 项, 公里 … (folded to Simplified). */
  unitWord: string
  /** Where a measure word or unit of measure stands, to quote it in the letter's own script. */
  unitSpan?: { start: number; end: number }
  /** For unit `measure`: the unit in English (km, m², mu). */
  unitNameEn?: string
  pattern: ProposalPattern
  comparator: Comparator
  plus: boolean
  /** Rounded from a fraction of a yuan (0.5元): money is stored in whole yuan. */
  rounded: boolean
  /** "至少建设3所": the comparator word stood apart from the figure; its words, verbatim. */
  adverbPhrase?: string
}

interface ParsedNumber {
  text: string
  arabic: boolean
  /** Integer value of a Chinese numeral; Arabic values are scaled from `text` later. */
  chinese: number
}

const COMPARATORS: Record<ComparatorPattern, Comparator> = {
  'at-least': '>=',
  'more-than': '>',
  'at-most': '<=',
  approximately: '=',
}

/** `previousEnd`: where the last figure ended, so two phrases never share a character. */
export function readFigure(
  text: string,
  numberStart: number,
  numberText: string,
  previousEnd: number,
): FigurePhrase | null {
  const first = parseNumber(numberText)
  if (!first || isOrdinalOrCode(text, numberStart)) return null
  const percentOf = numberStart - 3 >= previousEnd && text.startsWith('百分之', numberStart - 3)
  const phraseStart = percentOf ? numberStart - 3 : numberStart
  let i = numberStart + numberText.length
  const second = readRangeEnd(text, i, first)
  if (second) i = second.end
  const unit = percentOf ? percentUnit(i) : readUnit(text, i, first, phraseStart)
  if (!unit) return null
  i = unit.end
  if (isSessionOrRank(text, phraseStart, first.text, unit.unitWord, i)) return null
  const suffix = wordAt(SUFFIX_WORDS, text, i)
  const prefix = wordBefore(text, phraseStart, previousEnd)
  const adverb = prefix || suffix ? null : adverbBefore(text, phraseStart, previousEnd)
  const qualified = unit.plus || prefix || suffix || adverb || second
  if (!qualified && isIndefiniteArticle(first, unit.unit)) return null
  const value = valueOf(first, unit.exponent, unit.unit)
  const max = second ? valueOf(second.number, unit.exponent, unit.unit) : undefined
  if (value === null || max === null) return null
  const reading = readComparator(
    prefix ?? adverb?.word ?? null,
    suffix,
    unit.plus,
    second !== null,
    unit.unit,
  )
  return {
    start: prefix ? phraseStart - prefix.word.length : phraseStart,
    end: suffix ? i + suffix.word.length : i,
    value: value.value,
    ...(max ? { max: max.value } : {}),
    unit: unit.unit,
    unitWord: unit.unitWord,
    ...(unit.span ? { unitSpan: unit.span } : {}),
    ...(unit.unitNameEn ? { unitNameEn: unit.unitNameEn } : {}),
    ...reading,
    plus: unit.plus,
    rounded: value.rounded || Boolean(max?.rounded),
    ...(adverb ? { adverbPhrase: text.slice(adverb.start, i) } : {}),
  }
}

/**
 * 一个/一批/一支 mean "a, an" ("形成一批成果", "造就一支队伍"): an article, not a count of one.
 * Written with a comparator ("至少一个") or as Arabic "1家" it is a real count.
 */
function isIndefiniteArticle(first: ParsedNumber, unit: Unit): boolean {
  return !first.arabic && first.chinese === 1 && unit !== 'yuan' && unit !== 'percent'
}

function parseNumber(text: string): ParsedNumber | null {
  if (/^\d/.test(text)) {
    if (text.replace(/[^\d]/g, '').length > MAX_DIGITS) return null
    return { text, arabic: true, chinese: 0 }
  }
  const chinese = parseChineseNumeral(text)
  return chinese === null ? null : { text, arabic: false, chinese }
}

/**
 * 第12个 and 第二批 are ordinals; a letter or dot before the digits makes them part of a code
 * (No.5, GB/T 7714, v2.1), not a figure.
 */
function isOrdinalOrCode(text: string, start: number): boolean {
  return /[第A-Za-z.\d/]/.test(text[start - 1] ?? '')
}

/** "3-5个", "三至五个": the upper end, in the same script and larger than the lower. */
function readRangeEnd(
  text: string,
  at: number,
  first: ParsedNumber,
): { number: ParsedNumber; end: number } | null {
  if (!RANGE_SEPARATOR.test(text.slice(at, at + 1))) return null
  NUMBER_AT.lastIndex = at + 1
  const m = NUMBER_AT.exec(text)
  if (!m) return null
  const number = parseNumber(m[0])
  if (!number || number.arabic !== first.arabic) return null
  const low = first.arabic ? Number(first.text.replace(/,/g, '')) : first.chinese
  const high = number.arabic ? Number(number.text.replace(/,/g, '')) : number.chinese
  if (!(high > low)) return null
  return { number, end: at + 1 + m[0].length }
}

interface UnitReading {
  unit: Unit
  unitWord: string
  exponent: number
  plus: boolean
  end: number
  span?: { start: number; end: number }
  unitNameEn?: string
}

/** 百分之二十: the unit came before the number. */
function percentUnit(end: number): UnitReading {
  return { unit: 'percent', unitWord: '%', exponent: 0, plus: false, end }
}

/**
 * [余/多] [multiplier] [余/多] unit. "60余项", "3000多万元", "3亿余元", "1.87亿元", "5万人". A
 * multiplier after a Chinese numeral comes only after 余 (三千余万元): otherwise the numeral
 * has already taken it in.
 */
function readUnit(
  text: string,
  at: number,
  first: ParsedNumber,
  phraseStart: number,
): UnitReading | null {
  let i = at
  let plus = PLUS_WORDS.test(text.slice(i, i + 1))
  if (plus) i += 1
  let exponent = 0
  // 千米/千瓦/千克 are units, not a multiplier 千 before 米/瓦/克.
  const kilo = text[i] === '千' ? measureAt(text, i, 0, plus) : null
  if (kilo) return kilo
  if (first.arabic || plus) {
    const multiplier = MULTIPLIERS.find(([word]) => text.startsWith(word, i))
    if (multiplier) {
      exponent = multiplier[1]
      i += multiplier[0].length
      if (!plus && PLUS_WORDS.test(text.slice(i, i + 1))) {
        plus = true
        i += 1
      }
    }
  }
  if (text[i] === '元') return { unit: 'yuan', unitWord: '元', exponent, plus, end: i + 1 }
  if (text[i] === '%') return { unit: 'percent', unitWord: '%', exponent, plus, end: i + 1 }
  const measure = measureAt(text, i, exponent, plus)
  if (measure) return measure
  // "投入省市资金3亿" — 万/亿 without 元, read as money only in a clause about money.
  const bigUnit = exponent >= 4 || (!first.arabic && /[万亿]$/.test(first.text))
  if (bigUnit && !plus && talksAboutMoney(text, phraseStart, i)) {
    return { unit: 'yuan', unitWord: '元', exponent, plus, end: i }
  }
  return null
}

function measureAt(text: string, at: number, exponent = 0, plus = false): UnitReading | null {
  const measure = MEASURE_WORDS.find(({ word }) => text.startsWith(word, at))
  if (!measure) return null
  const end = at + measure.word.length
  return {
    unit: measure.unit,
    unitWord: measure.word,
    exponent,
    plus,
    end,
    span: { start: at, end },
    ...(measure.unitNameEn ? { unitNameEn: measure.unitNameEn } : {}),
  }
}

function talksAboutMoney(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && start - from < MONEY_LOOKBACK && !isSentenceEnd(text[from - 1])) from -= 1
  return MONEY_WORDS.test(text.slice(from, start)) || MONEY_WORDS.test(text.slice(end, end + 4))
}

/** 三次会议 names a session, 二次改造 is "secondary"; 前3名 is a ranking. None counts anything. */
function isSessionOrRank(
  text: string,
  start: number,
  numberText: string,
  unitWord: string,
  end: number,
): boolean {
  if (unitWord === '次' && numberText === '二') return true
  if (unitWord === '次' && SESSION_AFTER_次.test(text.slice(end, end + 4))) return true
  return (unitWord === '名' || unitWord === '位') && text[start - 1] === '前'
}

function wordAt(words: readonly ComparatorWord[], text: string, at: number): ComparatorWord | null {
  return words.find(({ word }) => text.startsWith(word, at)) ?? null
}

function wordBefore(text: string, at: number, previousEnd: number): ComparatorWord | null {
  return (
    PREFIX_WORDS.find(({ word, notAfter }) => {
      const start = at - word.length
      if (start < previousEnd || !text.startsWith(word, start)) return false
      return !notAfter?.test(text[start - 1] ?? '')
    }) ?? null
  )
}

function adverbBefore(
  text: string,
  at: number,
  previousEnd: number,
): { word: ComparatorWord; start: number } | null {
  for (let start = at - 1; start >= Math.max(previousEnd, at - ADVERB_REACH); start -= 1) {
    const char = text[start] ?? ''
    if (isClauseEnd(char) || /[\d零〇一二两三四五六七八九十]/.test(char)) return null
    const word = ADVERB_WORDS.find(
      (w) => text.startsWith(w.word, start) && !w.notAfter?.test(text[start - 1] ?? ''),
    )
    if (word) return { word, start }
  }
  return null
}

function valueOf(
  number: ParsedNumber,
  exponent: number,
  unit: Unit,
): { value: number; rounded: boolean } | null {
  const raw = number.arabic ? scaleDecimal(number.text, exponent) : number.chinese * 10 ** exponent
  if (!Number.isFinite(raw) || raw > Number.MAX_SAFE_INTEGER) return null
  // Money is whole yuan in the contract; a fraction of a yuan is rounded and said so.
  if (unit === 'yuan' && !Number.isInteger(raw)) return { value: Math.round(raw), rounded: true }
  return { value: raw, rounded: false }
}

function readComparator(
  prefix: ComparatorWord | null,
  suffix: ComparatorWord | null,
  plus: boolean,
  range: boolean,
  unit: Unit,
): { pattern: ProposalPattern; comparator: Comparator } {
  // A range is met by its lower end: "建设3-5个" is kept with 3.
  if (range) return { pattern: 'range', comparator: '>=' }
  const word = prefix ?? suffix
  if (word) return { pattern: word.pattern, comparator: COMPARATORS[word.pattern] }
  // 余/多: "60余项" is more than 60 by an unstated amount — strictly '>', as the shipped data
  // reads it ("60余项" → '>' 60).
  if (plus) return { pattern: 'plus', comparator: '>' }
  return { pattern: unit === 'yuan' ? 'amount' : 'exact', comparator: '=' }
}
