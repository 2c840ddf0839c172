import type { Deadline } from '../schema/commitment'
import { deadlineDate } from '../deadline'
import { isoDate, lastDayOfMonth, type LetterDate } from './calendar'
import { parseChineseNumeral } from './numbers'
import type { Span } from './sentences'

/**
 * Dates that give a figure its time: the deadline of a promise (力争2025年, 2025年底前, 年内) and
 * the as-of date of a reported result (截至2022年10月, 截至目前); dates before the letter are in
 * past-dates.ts. All patterns run on the folded text; `text` is the letter's words at the same
 * offsets, kept for the official to check.
 */

export interface Note {
  zh: string
  en: string
}

export interface DeadlinePhrase extends Span {
  text: string
  deadline: Deadline
}

export interface AsOfPhrase extends Span {
  text: string
  asOf: string | null
  note?: Note
}

const RELATIVE_YEARS: Record<string, number> = {
  今年: 0,
  本年: 0,
  明年: 1,
  后年: 2,
  去年: -1,
  上年: -1,
}
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 }

/**
 * 截至 ("up to") dates a result. 截至2022年10月 means the figures hold at the end of October, so
 * a month resolves to its last day; 今年/去年/目前 need the letter's date.
 */
const AS_OF =
  /(?:截至|截止到|截止|(?<![截])至(?=目前|今(?!年)))(?:(目前|现在|当前|今天|今日|今(?!年))|(?:(\d{4})年|(今年|本年|去年|上年))?(?:(\d{1,2})月(?:(\d{1,2})日)?)?(底|末)?)/g

export function findAsOfPhrases(
  normalized: string,
  text: string,
  letter: LetterDate | null,
): AsOfPhrase[] {
  return [...normalized.matchAll(AS_OF)].map((m) => {
    const start = m.index
    const end = start + m[0].length
    const phrase = text.slice(start, end)
    const [, now, absolute, relative, month, day] = m
    let year: number | null = absolute ? Number(absolute) : null
    if (relative) year = letter ? letter.year + (RELATIVE_YEARS[relative] ?? 0) : null
    else if (!absolute && month) year = letter?.year ?? null
    let asOf: string | null = null
    if (now) asOf = letter?.date ?? null
    else if (year !== null && month && day) asOf = isoDate(year, Number(month), Number(day))
    else if (year !== null && month) asOf = lastDayOfMonth(year, Number(month))
    else if (year !== null && (absolute || relative)) asOf = `${year}-12-31`
    // A result cannot be "as of" a day after the letter was written: the passage was carried
    // over from an older report, or the date is a typo. The words stay for a person to judge.
    if (asOf && letter && asOf > letter.date) {
      return { start, end, text: phrase, asOf: null, note: asOfAfterLetter(phrase, letter) }
    }
    return { start, end, text: phrase, asOf }
  })
}

function asOfAfterLetter(phrase: string, letter: LetterDate): Note {
  return {
    zh: `“${phrase}”按答复日期(${letter.date})推算晚于答复日期,可能沿用自更早的报告,截至日期待核实。`,
    en: `"${phrase}" resolves to a date after the letter (${letter.date}); the passage may be carried over from an earlier report, so the as-of date needs checking.`,
  }
}

/**
 * A year is a deadline only when the wording makes it one: a marker of intent before it
 * (力争/争取/确保/计划/预计/将于/拟/到/至) or a limit after it (底前/之前/前/内), a year after
 * the letter's, or the letter's own year followed by what it will do ("2023年我局将继续…"). A
 * bare "2022年…" names when something happened. 截至 is an as-of date, never a deadline, hence
 * the look-behind. A month without a year ("预计10月下旬") is one only after a marker, and 年底
 * alone ("预计年底完工") means the end of the letter's year. "2024年至2025年" is a period, so
 * 至/到 right after a year mark no deadline. 上旬/中旬 end on the 10th and the 20th.
 */
const MARKER =
  '(?:(?<intent>力争|争取|确保|计划|预计|力求|预期|有望|将|拟)(?:于|在|到)?|(?<until>(?<![得受收遇看找感做达提来直迟年])到|(?<![截甚以乃年])至))?'
/** "2019年、2020年": a list of years is met by the last. */
const YEAR =
  '(?:(?<year>\\d{4})年(?:[、和](?<lastYear>\\d{4})年){0,3}|(?<relative>今年|本年|明年|后年)|(?<bare>年)(?=底|末|内))'
const TEN_DAYS = '上旬|中旬|下旬'
const WITHIN_YEAR = `(?:第?(?<quarter>[一二三四1-4])季度|(?<half>[上下])半年|(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日|(?<tenDays>${TEN_DAYS}))?)?`
const MONTH_ONLY = `(?<!\\d)(?<soloMonth>\\d{1,2})月(?:(?<soloDay>\\d{1,2})日|(?<soloTenDays>${TEN_DAYS}))?`
const LIMIT = '(?<limit>底前|末前|之前|以前|前|底|末|内)?'
const DEADLINE = new RegExp(`${MARKER}(?:${YEAR}${WITHIN_YEAR}|${MONTH_ONLY})${LIMIT}`, 'g')
/**
 * 年内 / 年底前 alone mean "this year"; 3年内 / 三年内 mean "within three years". 年底 alone is a
 * deadline when completion follows ("年底可完成施工").
 */
const WITHIN_YEARS =
  /(\d{1,2}|[一二两三四五六七八九十]{1,3})?(?:年内|年底前|年底(?=[^,，。;；]{0,3}?(?:完成|完工|建成|竣工|投用|实现|到位|开工|解决)))/g
/** A digit before "23年内" means the match is the tail of a year (2023年内), not a count. */
const NUMERAL_BEFORE = /[0-9零〇一二两三四五六七八九十]/
/** 今年内/明年底前 were read by DEADLINE; a bare 年内 after these is part of such a word. */
const YEAR_WORD_BEFORE = /[今本明后去上近]/

export function findDeadlinePhrases(
  normalized: string,
  text: string,
  letter: LetterDate | null,
  asOfMask: Uint8Array,
): DeadlinePhrase[] {
  const found: DeadlinePhrase[] = []
  const taken = new Uint8Array(normalized.length)
  for (const m of normalized.matchAll(DEADLINE)) {
    const start = m.index
    const end = start + m[0].length
    if (asOfMask[start] || m[0].length === 0) continue
    const intentAfter = INTENT_AFTER.test(normalized.slice(end, end + INTENT_REACH))
    const phrase = readDeadline(m.groups ?? {}, text.slice(start, end), letter, intentAfter)
    if (!phrase) continue
    found.push({ start, end, text: text.slice(start, end), deadline: phrase })
    taken.fill(1, start, end)
  }
  for (const m of normalized.matchAll(WITHIN_YEARS)) {
    const start = m.index
    const end = start + m[0].length
    if (taken[start] || taken[end - 1] || asOfMask[start]) continue
    const before = normalized[start - 1] ?? ''
    if (NUMERAL_BEFORE.test(before) || (!m[1] && YEAR_WORD_BEFORE.test(before))) continue
    const years = m[1] ? (parseChineseNumeral(m[1]) ?? Number(m[1])) : 0
    const words = text.slice(start, end)
    found.push({ start, end, text: words, deadline: relativeYear(years, words, letter) })
  }
  return found.sort((a, b) => a.start - b.start)
}

type Groups = Partial<Record<string, string>>

/** A cue of intent right after a year ("2020年,我省将再安排…") makes the year the deadline. */
const INTENT_AFTER = /^[,，]?[^,，。；;\n]{0,8}?(?:将|计划|拟|力争|确保)/
const INTENT_REACH = 12

function readDeadline(
  g: Groups,
  words: string,
  letter: LetterDate | null,
  intentAfter: boolean,
): Deadline | null {
  const marker = g.intent ?? g.until
  const limit = g.limit
  // 底/末 ("by the end of") without a marker reads as a deadline only once the letter's date
  // shows it still lies ahead; 前/之前/内 ("before", "within") always set a limit.
  const bounded = limit !== undefined && limit !== '底' && limit !== '末'
  const absolute = g.lastYear ?? g.year
  const later = absolute !== undefined && letter !== null && Number(absolute) > letter.year
  // "2023年我局将继续…" in a 2023 letter: the letter's own year, then what it will do in it.
  const thisYearAhead =
    intentAfter &&
    letter !== null &&
    !g.month &&
    (absolute ? Number(absolute) === letter.year : RELATIVE_YEARS[g.relative ?? ''] === 0)
  if ((g.soloMonth || g.bare) && !marker) return null
  if (!marker && !bounded && !(limit && letter) && !later && !thisYearAhead) return null
  const fromLetterYear =
    g.relative !== undefined || g.bare !== undefined || g.soloMonth !== undefined
  if (fromLetterYear && !letter) return unresolvedYear(words)
  const year = absolute
    ? Number(absolute)
    : (letter?.year ?? 0) + (RELATIVE_YEARS[g.relative ?? ''] ?? 0) + monthAhead(g, letter)
  if (year < 1949 || year > 2100) return null
  const deadline = withinYear(year, g)
  if (!deadline) return null
  // Without a marker of intent, a limit already past when the letter was written ("2022年底前
  // 已完成" in a 2023 letter) dates something done, not a deadline still to meet.
  const due = deadlineDate(deadline)
  if (!marker && letter && due && due < letter.date) return null
  const note = fromLetterYear && letter ? fromLetter(words, letter) : asWritten(words)
  return { ...deadline, note: note.zh, noteEn: note.en }
}

/** "预计3月" in a letter of November means March of the next year. */
function monthAhead(g: Groups, letter: LetterDate | null): number {
  if (!g.soloMonth || !letter) return 0
  return Number(g.soloMonth) < Number(letter.date.slice(5, 7)) ? 1 : 0
}

function withinYear(year: number, g: Groups): Deadline | null {
  if (g.quarter) return { type: 'quarter', year, quarter: QUARTERS[g.quarter] ?? 4 }
  // 上半年 ends on 30 June; 下半年 ends with the year.
  if (g.half === '上') return { type: 'date', date: `${year}-06-30` }
  const month = g.month ?? g.soloMonth
  if (month) {
    const day = g.day ?? g.soloDay
    const tenDays = g.tenDays ?? g.soloTenDays
    const date = day
      ? isoDate(year, Number(month), Number(day))
      : tenDays && tenDays !== '下旬'
        ? isoDate(year, Number(month), tenDays === '上旬' ? 10 : 20)
        : lastDayOfMonth(year, Number(month))
    return date ? { type: 'date', date } : null
  }
  return { type: 'year', year }
}

function relativeYear(years: number, words: string, letter: LetterDate | null): Deadline {
  if (!letter) return unresolvedYear(words)
  const note = fromLetter(words, letter)
  return { type: 'year', year: letter.year + years, note: note.zh, noteEn: note.en }
}

function unresolvedYear(words: string): Deadline {
  return {
    type: 'none',
    note: `原文“${words}”:未提供答复日期,无法确定年份。`,
    noteEn: `The letter says "${words}"; without the letter's date the year cannot be resolved.`,
  }
}

function asWritten(words: string): Note {
  return { zh: `原文“${words}”。`, en: `As written: "${words}".` }
}

function fromLetter(words: string, letter: LetterDate): Note {
  return {
    zh: `原文“${words}”,按答复日期(${letter.date})推算。`,
    en: `The letter says "${words}"; the year is counted from the letter's date (${letter.date}).`,
  }
}
