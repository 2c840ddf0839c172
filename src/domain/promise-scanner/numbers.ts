/**
 * Numbers as Chinese official letters write them: Arabic digits (also full-width ２０), decimals,
 * thousands separators (1,000), and Chinese numerals (二十, 一百, 两, 三千万, 壹拾).
 */

/**
 * Full-width digits and signs become ASCII one character for one character, so every offset in
 * the normalised text is the same offset in the original (matches are sliced from the original).
 */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF05\uFF0D\uFF5E]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const WAN = 10_000
const YI = 100_000_000

/**
 * 二十 → 20, 一百一十 → 110, 三千万 → 30 000 000, 一亿三千万 → 130 000 000. Digit strings without
 * units ("二〇二三", "三四") are years or "three or four", not amounts: null. Null too for anything
 * malformed or beyond exact integer range.
 */
export function parseChineseNumeral(text: string): number | null {
  let yi = 0
  let wan = 0
  let section = 0
  let digit = 0
  let lastWasDigit = false
  let sawUnit = false
  for (const char of text) {
    const d = DIGITS[char]
    if (d !== undefined) {
      // Two digits in a row ("三四") is a digit string, unless a 零 stands between.
      if (lastWasDigit && digit !== 0) return null
      digit = d
      lastWasDigit = true
      continue
    }
    sawUnit = true
    const small = SMALL_UNITS[char]
    if (small !== undefined) {
      // A unit without its own digit counts once: 十二 = 12, 一千零十 = 1010.
      section += (lastWasDigit && digit !== 0 ? digit : 1) * small
    } else if (char === '万') {
      wan = (wan + section + digit) * WAN
      section = 0
    } else if (char === '亿') {
      yi = (yi + wan + section + digit) * YI
      wan = 0
      section = 0
    } else {
      return null
    }
    digit = 0
    lastWasDigit = false
  }
  if (!sawUnit && [...text].length > 1) return null
  const value = yi + wan + section + digit
  return Number.isSafeInteger(value) ? value : null
}

/**
 * "1.87" × 10^8 without floating-point drift: the decimal point is moved in the digit string, so
 * 1.87亿 is exactly 187 000 000. Thousands separators are dropped first.
 */
export function scaleDecimal(numberText: string, exponent: number): number {
  const [whole = '', fraction = ''] = numberText.replace(/,/g, '').split('.')
  const digits = whole + fraction
  const point = whole.length + exponent
  const shifted =
    point >= digits.length
      ? digits + '0'.repeat(point - digits.length)
      : `${digits.slice(0, point)}.${digits.slice(point)}`
  return Number(shifted)
}
