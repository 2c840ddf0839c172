import type {
  DateSource,
  FilerRole,
  FilingKind,
  GovernmentLevel,
  RespondentRole,
} from '../schema/document'
import { pageDate, signatureDate } from './letter-dates'
import { readFilers, readFilingKind, readFilingNumber, readSession } from './letter-filing'
import { bodyInHeading, BODY_NAME, readHeading, readReplyNumber } from './letter-heading'
import { letterLayout, type Line } from './letter-layout'
import { readingText, type Fold, type ReadingText } from './reading-text'
import { guessRespondentLevel } from './respondent-level'

/**
 * What a reply letter states about itself, read from its usual layout, as suggestions for the
 * official to confirm or clear: nothing here is ever stored unseen. Values are the letter's own
 * words (a Traditional letter's stay Traditional); a field the letter does not state is absent,
 * never filled with a default.
 */
export interface LetterGuess {
  title?: string
  /** The reply's own document number (文号). */
  replyNumber?: string
  /** The filing's number ("40" of 第40号提案). */
  number?: string
  filingKind?: FilingKind
  filerRole?: FilerRole
  /** The filers' names, comma-separated. */
  deputies?: string
  filersComplete?: boolean
  suggestionTitle?: string
  session?: string
  respondent?: string
  respondentLevel?: GovernmentLevel
  respondentRole?: RespondentRole
  date?: string
  dateSource?: DateSource
}

export interface GuessOptions {
  /** Traditional → Simplified folding (the desk passes opencc's); without it, Simplified only. */
  simplify?: Fold
}

export function guessLetterFields(text: string, options: GuessOptions = {}): LetterGuess {
  const reading = readingText(text, options.simplify)
  const layout = letterLayout(reading)
  const { lines, head, salutation, opening } = layout
  const guess: LetterGuess = {}
  const heading = readHeading(reading, head)
  const headingText = heading?.lines.map((line) => line.text).join('') ?? ''
  const paragraph = salutation ? opening.slice(1, 3) : opening
  set(guess, 'title', heading?.title)
  set(guess, 'replyNumber', readReplyNumber(reading, head))
  set(guess, 'number', readFilingNumber(reading, [...(heading?.lines ?? []), ...paragraph]))

  const filers = readFilers(reading, salutation, paragraph)
  if (filers) {
    guess.deputies = filers.names.join(',')
    guess.filerRole = filers.role
    guess.filersComplete = filers.complete
  }
  const kind = readFilingKind([headingText, ...paragraph.map((line) => line.text)])
  set(guess, 'filingKind', kind ?? (filers?.role === 'member' ? 'proposal' : undefined))
  set(guess, 'suggestionTitle', readFiledTitle(reading, paragraph))
  set(guess, 'session', readSession(reading, [...head, ...paragraph]))

  const signed = signatureDate(lines)
  const respondent = readSignature(reading, lines, signed?.line) ?? bodyInHeading(reading, heading)
  set(guess, 'respondent', respondent)
  if (respondent) set(guess, 'respondentLevel', guessRespondentLevel(reading.fold(respondent)))
  set(guess, 'respondentRole', readRespondentRole([headingText, ...opening.map((l) => l.text)]))

  const published = pageDate(head)
  if (signed) {
    guess.date = signed.date
    guess.dateSource = 'letter'
  } else if (published) {
    guess.date = published
    guess.dateSource = 'publishing-page'
  }
  return guess
}

function set<K extends keyof LetterGuess>(guess: LetterGuess, key: K, value: LetterGuess[K]) {
  if (value !== undefined) guess[key] = value
}

const QUOTED = /《([^》\n]{2,200})》|“([^”\n]{2,200})”|"([^"\n]{2,200})"|「([^」\n]{2,200})」/
const UNQUOTED = /(?:提出的|所提的?|提交的)(关于[^。\n]{2,200}?的?(?:建议|提案|议案))/

/**
 * The filed title in the first paragraph ("您提出的《…》收悉", "提出“…”的提案", or unquoted
 * "您提出的关于…的建议收悉"); quotes further down the letter cite other documents.
 */
function readFiledTitle(reading: ReadingText, paragraph: Line[]): string | undefined {
  for (const line of paragraph) {
    if (!/提出|收悉|办理|交由|转/.test(line.text)) continue
    const quoted = QUOTED.exec(line.text)
    if (quoted) {
      const inner = quoted.slice(1).find((group) => group !== undefined)!
      const at = line.start + quoted.index + 1
      return reading.slice(at, at + inner.length)
    }
    const plain = UNQUOTED.exec(line.text)
    if (plain) {
      const at = line.start + plain.index + plain[0].length - plain[1]!.length
      return reading.slice(at, at + plain[1]!.length)
    }
  }
  return undefined
}

const SIGNATURE_LOOKBACK = 5

/**
 * The body signing the letter: the line above the date, past any contact lines ("联系人:…").
 * "甘肃省交通运输厅政府网站" is the department's website signing for it: the department.
 */
function readSignature(
  reading: ReadingText,
  lines: Line[],
  dateLine: number | undefined,
): string | undefined {
  const from = dateLine ?? lines.length
  for (let i = from - 1; i >= Math.max(0, from - SIGNATURE_LOOKBACK); i -= 1) {
    const line = lines[i]!
    if (/[:：]|联系|电话|类别|办复|承办/.test(line.text)) continue
    if (line.text.length > 40 || /[。,，;；!！?？]/.test(line.text)) return undefined
    const site = /(?:政府)?(?:门户)?网站$/.exec(line.text)
    let name = line.text
    if (site) {
      const bare = line.text.slice(0, site.index)
      name = BODY_NAME.test(bare) ? bare : line.text.replace(/(?:门户)?网站$/, '')
    }
    return BODY_NAME.test(name) ? reading.slice(line.start, line.start + name.length) : undefined
  }
  return undefined
}

/** 主办 / 协办 (also 会办) / 单独办理, when the heading or opening says which. */
function readRespondentRole(texts: string[]): RespondentRole | undefined {
  const text = texts.join('\n')
  if (/会办|协办/.test(text)) return 'co-organizer'
  if (/主办/.test(text)) return 'lead'
  if (/单独办理|独办/.test(text)) return 'sole'
  return undefined
}
