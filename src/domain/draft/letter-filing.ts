import type { FilerRole, FilingKind } from '../schema/document'
import type { Line } from './letter-layout'
import type { ReadingText } from './reading-text'

/**
 * What was filed and by whom, as the heading, the salutation and the first paragraph say it: the
 * filing's number, its kind (建议 / 提案 / 议案), the filers and their role (代表 / 委员), and the
 * session it was filed at. Patterns run on the reading; values are cut from the letter.
 */

export interface Filers {
  names: string[]
  role: FilerRole
  /** False when the letter writes 等 after the names: not every filer is named. */
  complete: boolean
}

const ROLE_WORDS: Record<string, FilerRole> = { 代表: 'deputy', 委员: 'member' }

/** "张某、李某委员:", "尊敬的朱杰代表:", "曹芝萓等4位委员:", "卓秀梅等代表:". */
const SALUTATION_FILERS =
  /^(?:尊敬的)?(.+?)(等(?:[\d一二三四五六七八九十]+位)?)?(?:人大|政协)?(代表|委员)(?:们)?\s*[:：]$/
/** "杜贤伟代表提出的…" when the salutation addresses a body (a co-organizer writing to the lead). */
const FILED_BY =
  /([\p{Script=Han}A-Za-z·]{2,12}?)(等(?:[\d一二三四五六七八九十]+位)?)?(代表|委员)(?:们)?(?:提出|所提)/u

export function readFilers(
  reading: ReadingText,
  salutation: Line | undefined,
  opening: Line[],
): Filers | undefined {
  const line = salutation?.text
  const found = line ? SALUTATION_FILERS.exec(line) : null
  if (salutation && found) {
    const offset = salutation.start + line!.indexOf(found[1]!)
    return filers(reading, found[1]!, offset, found[2], found[3]!)
  }
  for (const { text, start } of opening) {
    const filed = FILED_BY.exec(text)
    if (filed) return filers(reading, filed[1]!, start + filed.index, filed[2], filed[3]!)
  }
  return undefined
}

function filers(
  reading: ReadingText,
  list: string,
  offset: number,
  etc: string | undefined,
  role: string,
): Filers | undefined {
  const names = [...list.matchAll(/[^、,，;；\s]+/g)]
    .map((name) => reading.slice(offset + name.index, offset + name.index + name[0].length))
    .filter((name) => name.length >= 2 && name.length <= 30)
  if (names.length === 0) return undefined
  return { names, role: ROLE_WORDS[role] ?? 'other', complete: etc === undefined }
}

/** What the reply answers, from the first place that names it: heading, then first paragraph. */
export function readFilingKind(texts: string[]): FilingKind | undefined {
  for (const text of texts) {
    const word = /提案|议案|建议/.exec(text)?.[0]
    if (word) return word === '提案' ? 'proposal' : word === '议案' ? 'motion' : 'suggestion'
  }
  return undefined
}

/** Characters before a number that belong to the word before it, not to the number (代表28号). */
const NOT_A_PREFIX = /[第表议员会的届次]/

/**
 * The filing's number: "第40号提案", "(第20202009号)", a number a line break split ("第\n14号"),
 * or one with a delegation's prefix ("温36号建议"). Document numbers (〔2023〕34号) are not it.
 */
export function readFilingNumber(reading: ReadingText, region: Line[]): string | undefined {
  if (region.length === 0) return undefined
  const start = region[0]!.start
  const text = reading.text.slice(start, region.at(-1)!.end)
  const numbered = /第\s*(\d{1,10})\s*号/g
  for (const found of text.matchAll(numbered)) {
    const before = text.slice(Math.max(0, found.index - 1), found.index)
    if (/[〕)）\]]/.test(before)) continue
    return found[1]
  }
  const prefixed = /(\p{Script=Han})?(\d{1,10})\s*号\s*(?:代表)?(?:建议|提案|议案)/u.exec(text)
  if (!prefixed) return undefined
  const prefix = prefixed[1]
  if (!prefix || NOT_A_PREFIX.test(prefix)) return prefixed[2]
  const at = start + prefixed.index
  return reading.slice(at, at + 1) + prefixed[2]
}

const SESSION_ANCHOR = /第?[一二三四五六七八九十百零〇\d]+届/g
const SESSION_REST = /^[\p{Script=Han}]{0,12}?第?[一二三四五六七八九十\d]+次(?:全体)?会议/u
/** Words that end what comes before a session's name: 关于, 对, 在, 于 ("您在市十七届…"). */
const BEFORE_SESSION = /.*(?:关于|对|在|于|的|是|向)/u
const MAX_PLACE = 20

/**
 * The session: "政协苍溪县第十一届委员会第四次会议", "市十七届人大三次会议". Of the places that name
 * it (the heading, the first paragraph), the fullest wins: the heading may write "县十七届…" where
 * the paragraph writes "屏边县十七届…".
 */
export function readSession(reading: ReadingText, lines: Line[]): string | undefined {
  let best: { session: string; length: number } | undefined
  for (const line of lines) {
    for (const anchor of line.text.matchAll(SESSION_ANCHOR)) {
      const rest = SESSION_REST.exec(line.text.slice(anchor.index + anchor[0].length))
      if (!rest) continue
      let from = anchor.index
      while (
        from > 0 &&
        from > anchor.index - MAX_PLACE &&
        /\p{Script=Han}/u.test(line.text[from - 1]!)
      ) {
        from -= 1
      }
      const place = line.text.slice(from, anchor.index)
      from += BEFORE_SESSION.exec(place)?.[0].length ?? 0
      const end = anchor.index + anchor[0].length + rest[0].length
      if (best && end - from <= best.length) continue
      best = { session: reading.slice(line.start + from, line.start + end), length: end - from }
    }
  }
  return best?.session
}
