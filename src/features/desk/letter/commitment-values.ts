import { uniqueId } from '../../../domain/draft/ids'
import { sectionAt } from '../../../domain/draft/letter-text'
import type { JsonObject } from '../../../domain/draft/snapshot'
import type { NumericProposal } from '../../../domain/promise-scanner'
import { commitmentSchema, type Commitment } from '../../../domain/schema/commitment'
import type { Translate } from '../../../lib/i18n/translate'
import { withoutUndefined } from '../evidence/update-values'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional, parseFigureText } from '../form/optional'
import type { FormValues } from '../form/use-form-values'

/** A commitment being made or changed: the form's text plus the object it started from. */
export interface CommitmentDraft {
  values: FormValues
  /** Fields the form does not show (English, notes of a deadline) are kept from here. */
  base: JsonObject
}

const FIELDS: FormValues = {
  kind: 'target',
  id: '',
  title: '',
  section: '',
  category: 'projects',
  quote: '',
  comparator: '>=',
  value: '',
  unit: 'count',
  label: '',
  asWritten: '',
  deadlineType: 'none',
  deadlineDate: '',
  deadlineYear: '',
  deadlineQuarter: '',
  asOf: '',
  headline: '',
  note: '',
}

export interface LetterContext {
  datasetId: string
  text: string
  takenIds: string[]
}

/** A new commitment quoting a sentence (or a selection) of the letter, verbatim. */
export function fromQuote(quote: string, start: number, context: LetterContext): CommitmentDraft {
  return {
    base: {},
    values: {
      ...FIELDS,
      kind: 'promise',
      category: 'policy',
      id: uniqueId([context.datasetId, 'c', 'new'], context.takenIds),
      title: shortTitle(quote),
      section: sectionAt(context.text, start) ?? '正文',
      quote,
    },
  }
}

/** The scanner's proposal as a commitment to accept as is or edit first. */
export function fromProposal(proposal: NumericProposal, context: LetterContext): CommitmentDraft {
  const { figure, deadline } = proposal
  const money = figure.unit === 'yuan'
  const number = money ? `${trimNumber(figure.value / 1_000_000)}m` : trimNumber(figure.value)
  const values: FormValues = {
    ...FIELDS,
    kind: proposal.suggestedKind,
    id: uniqueId([context.datasetId, 'c', money ? 'funds' : figure.unit, number], context.takenIds),
    title: shortTitle(clauseOf(proposal)),
    section: sectionAt(context.text, proposal.sentenceStart) ?? '正文',
    category: money ? 'funding' : 'projects',
    quote: proposal.quote,
    comparator: figure.comparator,
    value: String(figure.value),
    unit: figure.unit,
    label: figure.label,
    asWritten: figure.asWritten,
    asOf: proposal.asOf ?? '',
    note: proposal.note ?? '',
    ...deadlineValues(deadline),
  }
  return { values, base: { ...(proposal.noteEn ? { noteEn: proposal.noteEn } : {}), deadline } }
}

/** An existing commitment, to change. */
export function fromCommitment(commitment: JsonObject): CommitmentDraft {
  const figure = (commitment.figure ?? {}) as JsonObject
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value))
  return {
    base: commitment,
    values: {
      ...FIELDS,
      kind: text(commitment.kind),
      id: text(commitment.id),
      title: text(commitment.title),
      section: text(commitment.section),
      category: text(commitment.category),
      quote: text(commitment.quote),
      comparator: text(figure.comparator) || '>=',
      value: text(figure.value),
      unit: text(figure.unit) || 'count',
      label: text(figure.label),
      asWritten: text(figure.asWritten),
      asOf: text(commitment.asOf),
      headline: commitment.headline ? 'true' : '',
      note: text(commitment.note),
      ...deadlineValues(commitment.deadline as JsonObject | undefined),
    },
  }
}

function deadlineValues(deadline: JsonObject | undefined): FormValues {
  if (!deadline) return { deadlineType: 'none' }
  return {
    deadlineType: String(deadline.type ?? 'none'),
    deadlineDate: String(deadline.date ?? ''),
    deadlineYear: deadline.year === undefined ? '' : String(deadline.year),
    deadlineQuarter: deadline.quarter === undefined ? '' : String(deadline.quarter),
  }
}

/**
 * The commitment from the form, checked with the contract's commitment schema, and its quote
 * checked against the letter: it must occur there verbatim, as the dashboard highlights it.
 */
export function checkCommitment(
  draft: CommitmentDraft,
  context: LetterContext,
  t: Translate,
): Checked<Commitment> {
  const { values, base } = draft
  const kind = values.kind
  const value = parseFigureText(values.value, values.unit)
  const figure =
    kind === 'promise' ||
    (kind === 'result' && !optional(values.value) && !optional(values.asWritten))
      ? undefined
      : {
          ...((base.figure as JsonObject | undefined) ?? {}),
          comparator: values.comparator,
          value: value.ok ? value.value : undefined,
          unit: values.unit,
          label: values.label,
          asWritten: values.asWritten,
        }
  const candidate: JsonObject = {
    ...base,
    id: values.id,
    documentId: context.datasetId,
    kind,
    section: values.section,
    category: values.category,
    title: values.title,
    quote: values.quote,
    headline: values.headline === 'true' ? true : undefined,
    note: optional(values.note),
    figure,
    deadline:
      kind === 'result'
        ? undefined
        : buildDeadline(values, base.deadline as JsonObject | undefined),
    asOf: kind === 'result' ? (optional(values.asOf) ?? null) : undefined,
  }
  if (kind !== 'target') delete candidate.baseline
  if (kind !== 'promise') delete candidate.routines
  const checked = checkWithSchema(commitmentSchema, withoutUndefined(candidate), t)
  const errors = { ...checked.errors }
  if (!value.ok && figure)
    errors['figure.value'] = t(
      values.unit === 'yuan' ? 'desk.form.notAnAmount' : 'desk.form.notANumber',
    )
  const quote = values.quote?.trim() ?? ''
  if (quote.includes('\n')) errors.quote = t('desk.commitment.quoteSpansLines')
  else if (quote && !context.text.includes(quote))
    errors.quote = t('desk.commitment.quoteNotInText')
  if (context.takenIds.includes(values.id ?? '') && values.id !== base.id) {
    errors.id = t('desk.commitment.idTaken', { id: values.id ?? '' })
  }
  return Object.keys(errors).length > 0 ? { value: null, errors } : checked
}

function buildDeadline(values: FormValues, old: JsonObject | undefined): JsonObject {
  const type = values.deadlineType || 'none'
  const number = (text: string | undefined) =>
    optional(text) === undefined ? undefined : Number(text)
  const fresh: JsonObject =
    type === 'date'
      ? { type, date: values.deadlineDate }
      : type === 'year'
        ? { type, year: number(values.deadlineYear) }
        : type === 'quarter'
          ? { type, year: number(values.deadlineYear), quarter: number(values.deadlineQuarter) }
          : { type: 'none' }
  // The note saying how the deadline was read ("原文“力争2026年底前”") stays while it still applies.
  if (old && old.type === type) {
    return {
      ...fresh,
      ...(old.note ? { note: old.note } : {}),
      ...(old.noteEn ? { noteEn: old.noteEn } : {}),
    }
  }
  return fresh
}

/** Titles are short: the quote itself when it is short, else its first 40 characters. */
function shortTitle(text: string): string {
  const chars = [...text.trim()]
  return chars.length <= 40 ? text.trim() : `${chars.slice(0, 40).join('')}…`
}

/** The clause of the sentence that holds the figure ("新增项目20个以上"). */
function clauseOf(proposal: NumericProposal): string {
  const offset = proposal.start - proposal.sentenceStart
  const quote = proposal.quote
  const before = quote.slice(0, offset).search(/[^,,;;::]*$/)
  const afterMatch = quote.slice(offset).search(/[,,;;::]/)
  const end = afterMatch < 0 ? quote.length : offset + afterMatch
  return quote.slice(Math.max(0, before), end).replace(/^(下一步|我局将|将|并)+/, '')
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(2))).replace('.', '-')
}
