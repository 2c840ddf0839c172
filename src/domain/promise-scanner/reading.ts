import { normalizeWidth } from './numbers'

/**
 * The letter as the scanner reads it. Two things stand between the published words and the
 * patterns, and neither may change what is quoted:
 *  - Script: a Traditional letter (萬元, 預計, 項) is folded to Simplified by the converter the
 *    caller passes (the desk loads opencc; the domain never imports it). The converter is
 *    length-preserving, so a position in the folded text is a position in the letter.
 *  - Reading aids: pages re-encoded from Big5 or GBK print the pinyin of a character the encoding
 *    lacks after it ("預(yù)計(jì)年底完工"). They split words the patterns look for, so they are
 *    left out of the reading; `sourceIndex` maps every kept character back to the letter.
 * Every match and quote the scanner returns is sliced from the letter itself, never from here.
 */
export type Simplify = (text: string) => string

export interface Reading {
  /** The letter without reading aids, in its own script: labels are taken from here. */
  text: string
  /**
   * `text` folded for matching: Simplified, half-width digits, lost characters marked. Same
   * length as `text`; sentences and clauses are split here.
   */
  folded: string
  /** The letter's offset of each character of `text`, and its length at the end; null if equal. */
  sourceIndex: Int32Array | null
}

/**
 * A pinyin syllable in brackets right after a Han character. It must carry a tone mark: a bare
 * "(a)" or "(gdp)" after a word may be the letter's own words.
 */
const PINYIN_AID = /(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/g
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/

/**
 * Numeral characters whose Traditional form differs, folded even without a converter so that an
 * amount such as 800萬元 is read wherever the scanner runs.
 */
const NUMERAL_FOLD: Record<string, string> = {
  萬: '万',
  億: '亿',
  兩: '两',
  貳: '贰',
  參: '叁',
  陸: '陆',
}
const NUMERAL_CHARS = /[萬億兩貳參陸]/g

/**
 * The same re-encoded pages print a character they cannot decode as "?" before pinyin residue
 * ("當?shù)匕l(fā)展"): that "?" ends no sentence. In the folded text it becomes U+FFFD.
 */
const LOST_CHARACTER = /\?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])/g

export function readLetter(source: string, simplify?: Simplify): Reading {
  const { text, sourceIndex } = withoutReadingAids(source)
  const folded = normalizeWidth(foldScript(text, simplify))
    .replace(NUMERAL_CHARS, (char) => NUMERAL_FOLD[char] ?? char)
    .replace(LOST_CHARACTER, '\uFFFD')
  return { text, folded, sourceIndex }
}

function withoutReadingAids(source: string): { text: string; sourceIndex: Int32Array | null } {
  const aids = [...source.matchAll(PINYIN_AID)].filter((m) => TONE_MARK.test(m[0]))
  if (aids.length === 0) return { text: source, sourceIndex: null }
  let text = ''
  const removed = aids.reduce((sum, m) => sum + m[0].length, 0)
  const sourceIndex = new Int32Array(source.length - removed + 1)
  let from = 0
  let kept = 0
  const keep = (end: number) => {
    text += source.slice(from, end)
    for (let i = from; i < end; i += 1) sourceIndex[kept++] = i
  }
  for (const m of aids) {
    keep(m.index)
    from = m.index + m[0].length
  }
  keep(source.length)
  sourceIndex[kept] = source.length
  return { text, sourceIndex }
}

/** A converter that changes the length anyway is applied one character at a time, where it keeps it. */
function foldScript(text: string, simplify: Simplify | undefined): string {
  if (!simplify) return text
  const whole = simplify(text)
  if (whole.length === text.length) return whole
  let folded = ''
  for (const char of text) {
    const one = simplify(char)
    folded += one.length === char.length ? one : char
  }
  return folded
}

/** Where a span of the reading starts in the letter. */
export function sourceStart(reading: Reading, at: number): number {
  return reading.sourceIndex ? (reading.sourceIndex[at] ?? 0) : at
}

/**
 * Where a span of the reading ends in the letter: right after its last character, so a figure
 * never ends in a reading aid. `open` spans (sentences) keep the aid of their last character.
 */
export function sourceEnd(reading: Reading, end: number, open = false): number {
  const index = reading.sourceIndex
  if (!index || end === 0) return end
  if (open) return index[end] ?? 0
  return (index[end - 1] ?? 0) + 1
}
