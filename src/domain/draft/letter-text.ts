/**
 * A pasted or loaded letter: its text made consistent, its sentences, and the details its
 * opening and closing lines usually state (title, deputy, number, date) as suggestions to check.
 */

/** Strips a byte-order mark and turns Windows / old Mac line ends into \n. Nothing else changes. */
export function normaliseLetterText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

export interface TextRange {
  start: number
  end: number
}

const SENTENCE_END = /[。；！？;!?\n]/

/** Sentences (and list items ending in ；) without their end mark or surrounding spaces. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = []
  let from = 0
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !SENTENCE_END.test(text[i]!)) continue
    let start = from
    let end = i
    while (start < end && /\s/.test(text[start]!)) start += 1
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1
    if (end > start) ranges.push({ start, end })
    from = i + 1
  }
  return ranges
}

const NUMERAL = '[一二三四五六七八九十]+'
const MAJOR = new RegExp(`^\\s*(${NUMERAL})、`)
const MINOR = new RegExp(`^\\s*[((](${NUMERAL})[))]`)

/**
 * Where an offset sits in the letter's outline, written the way the shipped data writes
 * sections ("三(五)"): the last 一、/二、 heading before it and the last (一)/(二) item after that
 * heading. Null when the letter has no such headings there.
 */
export function sectionAt(text: string, offset: number): string | null {
  const lines = text.slice(0, offset).split('\n')
  let major: string | null = null
  let minor: string | null = null
  for (const line of lines) {
    const heading = MAJOR.exec(line)
    if (heading) {
      major = heading[1]!
      minor = null
      continue
    }
    const item = MINOR.exec(line)
    if (item) minor = item[1]!
  }
  if (!major) return minor ? `(${minor})` : null
  return minor ? `${major}(${minor})` : major
}

export interface LetterGuess {
  title?: string
  number?: string
  deputies?: string
  date?: string
  suggestionTitle?: string
}

const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/

/** What the usual layout of a reply letter says about itself; every guess is for a person to check. */
export function guessLetterFields(text: string): LetterGuess {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const guess: LetterGuess = {}
  const first = lines[0]
  if (first && first.length <= 120) guess.title = first
  const number = /第\s*(\d{3,10})\s*号/.exec(text)
  if (number) guess.number = number[1]
  const deputy = lines
    .slice(0, 5)
    .map((line) => /^(.{2,20}?)代表[::]/.exec(line))
    .find(Boolean)
  if (deputy) guess.deputies = deputy[1]!.replace(/[、,,]/g, ',')
  const suggestion = /《([^》]{2,120})》/.exec(lines.slice(0, 5).join('\n'))
  if (suggestion) guess.suggestionTitle = suggestion[1]
  const last = lines.at(-1)
  const date = last ? CHINESE_DATE.exec(last) : null
  if (date) {
    guess.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`
  }
  return guess
}
