import type { LetterGuess } from '../../../domain/draft/letter-text'
import type { JsonObject } from '../../../domain/draft/snapshot'
import { documentSchema, type SourceDocument } from '../../../domain/schema/document'
import type { MessageKey, Translate } from '../../../lib/i18n/translate'
import { withoutUndefined } from '../evidence/update-values'
import { checkWithSchema, type Checked, type FieldErrors } from '../form/form-issues'
import { optional } from '../form/optional'
import type { FormValues } from '../form/use-form-values'

/**
 * The letter's details as the intake form holds them (text), and the document file they become.
 * Title, session, filed title and date may be "not stated": a choice of its own, never a
 * placeholder typed as data, and the field is then left out of document.json.
 */
export const NOT_STATED_FIELDS = ['title', 'session', 'suggestionTitle', 'date'] as const
export type NotStatedField = (typeof NOT_STATED_FIELDS)[number]
export const notStatedKey = (name: NotStatedField) => `${name}NotStated`

export const EMPTY_LETTER: FormValues = {
  id: '',
  kind: 'reply-letter',
  filingKind: 'suggestion',
  number: '',
  title: '',
  titleNotStated: '',
  replyNumber: '',
  session: '',
  sessionNotStated: '',
  deputies: '',
  filerRole: '',
  filersIncomplete: '',
  suggestionTitle: '',
  suggestionTitleNotStated: '',
  respondent: '',
  respondentLevel: '',
  respondentRole: '',
  date: '',
  dateNotStated: '',
  dateSource: 'letter',
  url: '',
  replyClass: '',
  satisfaction: '',
}

/** Form field → the document's JSON path, for placing schema errors next to their field. */
export const LETTER_ERROR_PATHS: Record<string, string> = {
  session: 'session.name',
  respondent: 'respondent.name',
  respondentLevel: 'respondent.level',
  respondentRole: 'respondent.role',
  filersIncomplete: 'filersComplete',
}

export interface Filled {
  values: FormValues
  /** The fields just filled from the text: each is a guess for the official to confirm or clear. */
  guessed: string[]
}

/** The guesses from the text, for the fields still blank (a typed value is never overwritten). */
export function fillFromGuess(values: FormValues, guess: LetterGuess, idPrefix: string): Filled {
  const next = { ...values }
  const guessed: string[] = []
  const fill = (name: string, value: string | undefined) => {
    if (!value || (next[name] ?? '') !== (EMPTY_LETTER[name] ?? '')) return
    if (name in EMPTY_LETTER && EMPTY_LETTER[name] === value) return
    next[name] = value
    guessed.push(name)
  }
  fill('title', guess.title)
  fill('replyNumber', guess.replyNumber)
  fill('number', guess.number)
  fill('filingKind', guess.filingKind)
  fill('filerRole', guess.filerRole)
  fill('deputies', guess.deputies)
  fill('filersIncomplete', guess.filersComplete === false ? 'true' : undefined)
  fill('suggestionTitle', guess.suggestionTitle)
  fill('session', guess.session)
  fill('respondent', guess.respondent)
  fill('respondentLevel', guess.respondentLevel)
  fill('respondentRole', guess.respondentRole)
  fill('date', guess.date)
  if (guessed.includes('date') && guess.dateSource) next.dateSource = guess.dateSource
  // The data id follows the published ones' style; the desk's suggestion, not the letter's words.
  const digits = guess.number?.replace(/\D/g, '')
  if (digits && !next.id) next.id = `${idPrefix}${digits}`
  return { values: next, guessed }
}

/** Words that mean "the letter does not say", which belong in the not-stated choice instead. */
const PLACEHOLDER =
  /^(?:原文)?(?:未写明|未注明|未载明|未标明|未说明|不详|无|暂无|没有|空|未知)$|^(?:not stated|n\/?a|none|unknown|-+|—+)$/i
const CHECKED_FOR_PLACEHOLDERS = [
  'title',
  'session',
  'suggestionTitle',
  'number',
  'replyNumber',
  'deputies',
  'respondent',
]

/**
 * The document file for the letter, checked with the contract's document schema, plus the
 * desk's own rules: every guess confirmed or cleared, every optional detail stated or marked
 * not stated, no placeholder typed as data.
 */
export function checkLetter(
  values: FormValues,
  t: Translate,
  guessed: readonly string[] = [],
): Checked<SourceDocument> {
  const notStated = (name: NotStatedField) => values[notStatedKey(name)] === 'true'
  const stated = (name: NotStatedField) => (notStated(name) ? undefined : (values[name] ?? ''))
  const deputies = (values.deputies ?? '')
    .split(/[,,、;;]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name }))
  const session = stated('session')
  const date = stated('date')
  const candidate: JsonObject = {
    $schema: '../../schema/document.schema.json',
    id: values.id?.trim() ?? '',
    kind: values.kind,
    number: optional(values.number),
    filingKind: optional(values.filingKind),
    title: stated('title'),
    replyNumber: optional(values.replyNumber),
    session: session === undefined ? undefined : { name: session },
    deputies,
    filerRole: optional(values.filerRole),
    filersComplete: values.filersIncomplete === 'true' ? false : undefined,
    suggestionTitle: stated('suggestionTitle'),
    respondent: withoutUndefined({
      name: values.respondent ?? '',
      level: optional(values.respondentLevel),
      role: optional(values.respondentRole),
    }),
    date,
    // Absent means the letter itself: only the publishing page is written down.
    dateSource:
      date !== undefined && values.dateSource === 'publishing-page' ? 'publishing-page' : undefined,
    url: optional(values.url),
    replyClass: optional(values.replyClass),
    satisfaction: optional(values.satisfaction),
    sourceText: 'source.txt',
  }
  const checked = checkWithSchema(documentSchema, withoutUndefined(candidate), t)
  const errors: FieldErrors = { ...checked.errors }
  const put = (name: string, key: MessageKey) => {
    errors[LETTER_ERROR_PATHS[name] ?? name] = t(key)
  }
  for (const name of NOT_STATED_FIELDS) {
    if (!notStated(name) && !optional(values[name])) put(name, 'desk.letter.statedOrNot')
  }
  if (deputies.length === 0) put('deputies', 'desk.letter.deputiesMissing')
  for (const name of CHECKED_FOR_PLACEHOLDERS) {
    if (PLACEHOLDER.test(values[name]?.trim() ?? '')) put(name, 'desk.letter.placeholder')
  }
  for (const name of guessed) put(name, 'desk.letter.confirmGuess')
  return Object.keys(errors).length > 0 ? { value: null, errors } : checked
}
