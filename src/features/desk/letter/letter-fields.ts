import type { JsonObject } from '../../../domain/draft/snapshot'
import { documentSchema, type SourceDocument } from '../../../domain/schema/document'
import type { LetterGuess } from '../../../domain/draft/letter-text'
import type { Translate } from '../../../lib/i18n/translate'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional } from '../form/optional'
import { withoutUndefined } from '../evidence/update-values'
import type { FormValues } from '../form/use-form-values'

export const LETTER_FIELDS = [
  'id',
  'kind',
  'number',
  'title',
  'session',
  'deputies',
  'suggestionTitle',
  'respondent',
  'date',
  'url',
  'replyClass',
  'satisfaction',
] as const

export const EMPTY_LETTER: FormValues = Object.fromEntries(
  LETTER_FIELDS.map((name) => [name, name === 'kind' ? 'reply-letter' : '']),
)

/** Form field → the document's JSON path, for placing schema errors next to their field. */
export const LETTER_ERROR_PATHS: Record<string, string> = {
  session: 'session.name',
  deputies: 'deputies',
  respondent: 'respondent.name',
}

/** The guesses from the text, for the fields still empty (a typed value is never overwritten). */
export function fillFromGuess(
  values: FormValues,
  guess: LetterGuess,
  idPrefix: string,
): FormValues {
  const next = { ...values }
  const fill = (name: string, value: string | undefined) => {
    if (value && !next[name]) next[name] = value
  }
  fill('title', guess.title)
  fill('number', guess.number)
  fill('deputies', guess.deputies)
  fill('suggestionTitle', guess.suggestionTitle)
  fill('date', guess.date)
  if (guess.number) fill('id', `${idPrefix}${guess.number}`)
  return next
}

/** The document file for the letter, checked with the contract's document schema. */
export function checkLetter(values: FormValues, t: Translate): Checked<SourceDocument> {
  const deputies = (values.deputies ?? '')
    .split(/[,,、;;]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name }))
  const candidate: JsonObject = {
    $schema: '../../schema/document.schema.json',
    id: values.id?.trim() ?? '',
    kind: values.kind,
    number: optional(values.number),
    title: values.title ?? '',
    session: { name: values.session ?? '' },
    deputies,
    suggestionTitle: values.suggestionTitle ?? '',
    respondent: { name: values.respondent ?? '' },
    date: values.date ?? '',
    url: optional(values.url),
    replyClass: optional(values.replyClass),
    satisfaction: optional(values.satisfaction),
    sourceText: 'source.txt',
  }
  return checkWithSchema(documentSchema, withoutUndefined(candidate), t)
}
