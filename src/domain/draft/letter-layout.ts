import type { ReadingText } from './reading-text'

/**
 * The parts of a reply letter's usual layout: the page's and the letter's headings, the
 * salutation ("张某、李某委员:"), the first paragraph (what was filed, 收悉), and the sign-off
 * (the body's name, then the date, sometimes followed by a contact line).
 */
export interface Line {
  /** The line in the reading (folded), trimmed. */
  text: string
  /** Where it lies in the reading. */
  start: number
  end: number
}

export interface LetterLayout {
  lines: Line[]
  /** Lines before the salutation: headings, document number, the publishing page's details. */
  head: Line[]
  salutation: Line | undefined
  /** The salutation and the first paragraph after it (or the first lines, with no salutation). */
  opening: Line[]
}

/** Non-empty lines of the reading, trimmed, with their positions. */
export function readingLines(reading: ReadingText): Line[] {
  const lines: Line[] = []
  let from = 0
  for (const raw of reading.text.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) lines.push({ text, start: from + lead, end: from + lead + text.length })
    from += raw.length + 1
  }
  return lines
}

/** A line that is the page's or the form's furniture, never a heading or a salutation. */
export function isMetaLine(text: string): boolean {
  return (
    /[|:：]/.test(text.replace(/[:：]$/, '')) ||
    /发布|来源|浏览|点击|字体|打印|签发|索引|访问|信息分类|公开$|^[A-D]类?$/.test(text)
  )
}

/** "王冲委员:", "尊敬的李朝平代表:", "省教育厅:" (a co-organizer writing to the lead body). */
export function isSalutation(text: string): boolean {
  if (!/[:：]$/.test(text) || text.length > 200) return false
  if (/[。;；!！?？|]|\d{4}|如下|发布|来源|浏览|时间|日期|类别|文号|联系|电话/.test(text))
    return false
  return !/[,，]/.test(text) || /代表|委员/.test(text)
}

const SEARCH_HEAD = 25
const HEAD_WITHOUT_SALUTATION = 8

export function letterLayout(reading: ReadingText): LetterLayout {
  const lines = readingLines(reading)
  const at = lines.slice(0, SEARCH_HEAD).findIndex((line) => isSalutation(line.text))
  if (at < 0) {
    const opening = lines.slice(0, HEAD_WITHOUT_SALUTATION)
    return { lines, head: opening, salutation: undefined, opening }
  }
  // The first paragraph is the line after the salutation; a heading-less page may wrap it.
  return {
    lines,
    head: lines.slice(0, at),
    salutation: lines[at],
    opening: lines.slice(at, at + 3),
  }
}

/**
 * A heading line set in spaced single characters ("答 复") is one word; a space between words
 * ("…三次会议 第153005号…") is the letter's own and stays.
 */
export function withoutLetterSpacing(line: string): string {
  return /^\p{Script=Han}(?:\s+\p{Script=Han})+$/u.test(line) ? line.replace(/\s+/g, '') : line
}
