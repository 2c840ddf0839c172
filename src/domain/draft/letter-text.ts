/**
 * A pasted or loaded letter: its text made consistent, its sentences and outline. What it states
 * about itself (title, filers, number, date …) is read in letter-guess.ts.
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

export { guessLetterFields, type LetterGuess } from './letter-guess'
