import { isoDate, lastDayOfMonth, type LetterDate } from './calendar'
import type { Span } from './sentences'

/**
 * A date before the letter's dates what the sentence reports: "2016年经积极争取,获得补助资金900万元"
 * in a 2018 letter is a result, whatever 争取 suggests. "自2017年以来" and "“十四五”以来" reach up
 * to the letter; "“十三五”时期" ends in 2020. `asOf` is as precise as the words: "2016",
 * "2021-10", or the letter's date for 以来.
 */
export interface PastPhrase extends Span {
  text: string
  asOf: string | null
}

const PAST =
  /(?:自|从)?(?<![\d.])(?<year>\d{4})(?:年?[-—~至到](?<endYear>\d{4}))?年度?(?:(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?)?(?<since>以来)?|[“"]?十(?<plan>[一二三四五])五[”"]?(?:规划)?(?<period>时期|期间|以来)?/g
const PLAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 }

export function findPastPhrases(
  normalized: string,
  text: string,
  letter: LetterDate | null,
  deadlineMask: Uint8Array,
): PastPhrase[] {
  const found: PastPhrase[] = []
  for (const m of normalized.matchAll(PAST)) {
    const start = m.index
    const end = start + m[0].length
    if (deadlineMask[start]) continue
    const asOf = pastAsOf(m.groups ?? {}, letter)
    if (asOf !== undefined) found.push({ start, end, text: text.slice(start, end), asOf })
  }
  return found
}

/** The as-of date of a past phrase; undefined when the phrase is not before the letter. */
function pastAsOf(
  g: Partial<Record<string, string>>,
  letter: LetterDate | null,
): string | null | undefined {
  const since = g.since !== undefined || g.period === '以来'
  if (since) return letter?.date ?? null
  if (!letter) return undefined
  if (g.plan) {
    // 十一五 ended in 2010, 十三五 in 2020: five-year plans end in years ending in 0 and 5.
    const endYear = 2005 + 5 * (PLAN_NUMBER[g.plan] ?? 0)
    return g.period && endYear < letter.year ? String(endYear) : undefined
  }
  const year = Number(g.endYear ?? g.year)
  if (g.month && !g.endYear) {
    const month = Number(g.month)
    const date = g.day ? isoDate(year, month, Number(g.day)) : lastDayOfMonth(year, month)
    if (!date || date >= letter.date) return undefined
    return g.day ? date : `${year}-${String(month).padStart(2, '0')}`
  }
  return year < letter.year ? String(year) : undefined
}
