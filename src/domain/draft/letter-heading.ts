import { isMetaLine, withoutLetterSpacing, type Line } from './letter-layout'
import type { ReadingText } from './reading-text'

/**
 * The reply's heading and its document number (文号). A heading may be wrapped over two or three
 * lines ("…第一次\n会议第9号建议的复函"), and a page often repeats it: the page's heading first,
 * the letter's own below. A salutation, a document number or a line of the page's details is
 * never a heading.
 */

/** "某发改办发(2018)12号", "子交函〔2023〕34号", "浙交建〔2018〕101号". */
const DOCUMENT_NUMBER =
  /[\p{Script=Han}]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*号/u

/** How a reply's heading ends, with a document number in brackets after it at most. */
const HEADING_END =
  /(?:答复|复函|的函|意见|报告|回复|办理情况|办理结果)(?:\s*[[［【(（][^\]］】)）]{1,40}[\]］】)）])?$/
const HEADING_WORDS = /关于|对/
const MAX_HEADING_LINES = 4
const MAX_HEADING = 200

export function readReplyNumber(reading: ReadingText, head: Line[]): string | undefined {
  for (const line of head) {
    const found = DOCUMENT_NUMBER.exec(line.text)
    if (found) {
      const start = line.start + found.index
      return reading.slice(start, start + found[0].length).replace(/\s+/g, '')
    }
  }
  return undefined
}

/**
 * The letter's heading. When the page's heading and the letter's own differ (the page corrected a
 * typo, or added the body's name), the letter's own, the later one, is what it is titled; a later
 * copy that only repeats the first (re-wrapped, or without the body's name) keeps the first.
 */
export function readHeading(reading: ReadingText, head: Line[]): Heading | undefined {
  let heading: Heading | undefined
  for (const block of headingBlocks(reading, head)) {
    if (heading === undefined || !heading.title.endsWith(block.title)) heading = block
  }
  return heading
}

export interface Heading {
  /** In the letter's words, lines joined, letter-spacing and a trailing 文号 left out. */
  title: string
  lines: Line[]
}

function headingBlocks(reading: ReadingText, head: Line[]): Heading[] {
  const blocks: Heading[] = []
  let i = 0
  while (i < head.length) {
    const end = headingEnd(head, i)
    if (end === undefined) {
      i += 1
      continue
    }
    const lines = head.slice(i, end + 1)
    const words = lines.map((line) => withoutLetterSpacing(reading.slice(line.start, line.end)))
    blocks.push({ title: withoutTrailingNumber(words.join('')), lines })
    i = end + 1
  }
  return blocks
}

/** The last line of a heading starting at line `i`, or undefined when none starts there. */
function headingEnd(head: Line[], i: number): number | undefined {
  const first = head[i]!.text
  if (!HEADING_WORDS.test(first) || isNotHeading(first)) return undefined
  let joined = ''
  for (let j = i; j < Math.min(head.length, i + MAX_HEADING_LINES); j += 1) {
    const text = head[j]!.text
    if (j > i && isNotHeading(text)) return undefined
    joined += withoutLetterSpacing(text)
    if (joined.length > MAX_HEADING) return undefined
    if (HEADING_END.test(joined)) return j
  }
  return undefined
}

function isNotHeading(text: string): boolean {
  return isMetaLine(text) || (DOCUMENT_NUMBER.test(text) && !HEADING_WORDS.test(text))
}

/** "…的答复[浙交建〔2018〕101号]": the bracketed number is the reply number, not the title. */
function withoutTrailingNumber(text: string): string {
  const bracketed =
    /\s*[[［【(（][^\]］】)）]*[〔(（]\s*(?:19|20)\d{2}\s*[〕)）][^\]］】)）]*[\]］】)）]$/
  return text.replace(bracketed, '')
}

/** The body named before 关于/对 in the heading ("苍溪县交通运输局关于…"), if it names one. */
export function bodyInHeading(
  reading: ReadingText,
  heading: Heading | undefined,
): string | undefined {
  const first = heading?.lines[0]
  const found = first ? /^(.{3,40}?)\s*(?:关于|对)/.exec(first.text) : null
  if (!first || !found || !BODY_NAME.test(found[1]!)) return undefined
  return reading.slice(first.start, first.start + found[1]!.length)
}

/** How the name of a government body or office ends (局, 厅, 人民政府, 办事处, 委员会 …). */
export const BODY_NAME =
  /(?:局|厅|委|委员会|政府|办事处|办公室|院|中心|站|所|部|处|署|办|公司|管委会)$/
