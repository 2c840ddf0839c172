import { uniqueId } from '../../../domain/draft/ids'
import { sectionAt } from '../../../domain/draft/letter-text'
import type { JsonObject } from '../../../domain/draft/snapshot'
import type { DeadlineProposal, NumericProposal } from '../../../domain/promise-scanner'
import { commitmentSchema, type Commitment } from '../../../domain/schema/commitment'
import type { Translate } from '../../../lib/i18n/translate'
import { withoutUndefined } from '../evidence/update-values'
import { checkWithSchema, type Checked } from '../form/form-issues'
import { optional, parseFigureText } from '../form/optional'
import type { FormValues } from '../form/use-form-values'
import { kindHas, keptFields, type CommitmentKind } from './commitment-kinds'

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
  unitName: '',
  unitNameEn: '',
  label: '',
  asWritten: '',
  deadlineType: 'none',
  deadlineDate: '',
  deadlineYear: '',
  deadlineQuarter: '',
  asOf: '',
  reason: '',
  condition: '',
  implementer: '',
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
  const kind = proposal.suggestedKind
  const values: FormValues = {
    ...FIELDS,
    kind,
    id: uniqueId(
      [
        context.datasetId,
        'c',
        kind === 'estimate' ? 'cost' : money ? 'funds' : figure.unit,
        number,
      ],
      context.takenIds,
    ),
    title: shortTitle(clauseOf(proposal.quote, proposal.start - proposal.sentenceStart)),
    section: sectionAt(context.text, proposal.sentenceStart) ?? '正文',
    category: money ? 'funding' : 'projects',
    quote: proposal.quote,
    comparator: figure.comparator,
    value: String(figure.value),
    unit: figure.unit,
    unitName: figure.unitName ?? '',
    unitNameEn: figure.unitNameEn ?? '',
    label: figure.label,
    asWritten: figure.asWritten,
    asOf: proposal.asOf ?? '',
    note: proposal.note ?? '',
    ...deadlineValues(deadline),
  }
  return { values, base: { ...(proposal.noteEn ? { noteEn: proposal.noteEn } : {}), deadline } }
}

/** A deadline-only proposal ("计划于2021年1月组织实施该项目") as a promise or forecast, no figure. */
export function fromDeadlineProposal(
  proposal: DeadlineProposal,
  context: LetterContext,
): CommitmentDraft {
  const due = proposal.deadline
  const when = due.type === 'date' ? due.date : due.type === 'none' ? 'new' : `${due.year}`
  return {
    base: { deadline: due },
    values: {
      ...FIELDS,
      kind: proposal.suggestedKind,
      category: 'projects',
      id: uniqueId([context.datasetId, 'c', 'due', when], context.takenIds),
      title: shortTitle(clauseOf(proposal.quote, proposal.start - proposal.sentenceStart)),
      section: sectionAt(context.text, proposal.sentenceStart) ?? '正文',
      quote: proposal.quote,
      ...deadlineValues(due),
    },
  }
}

/** An existing commitment, to change. */
export function fromCommitment(commitment: JsonObject): CommitmentDraft {
  const figure = (commitment.figure ?? {}) as JsonObject
  const implementer = (commitment.implementer ?? {}) as JsonObject
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
      unitName: text(figure.unitName),
      unitNameEn: text(figure.unitNameEn),
      label: text(figure.label),
      asWritten: text(figure.asWritten),
      asOf: text(commitment.asOf),
      reason: text(commitment.reason),
      condition: text(commitment.condition),
      implementer: text(implementer.name),
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

/** English for the usual units of measure, when the official leaves it empty. */
const UNIT_EN: Record<string, string> = {
  米: 'm',
  延米: 'm',
  公里: 'km',
  千米: 'km',
  平方米: 'm²',
  平米: 'm²',
  平方公里: 'km²',
  立方米: 'm³',
  亩: 'mu',
  公顷: 'ha',
  吨: 't',
  千瓦: 'kW',
}

/**
 * The commitment from the form, checked with the contract's commitment schema, and its quote
 * checked against the letter: it must occur there verbatim, as the dashboard highlights it. A
 * result's or a forecast's figure is optional ("预计明年底建成" has none); a target's and an
 * estimate's are not.
 */
export function checkCommitment(
  draft: CommitmentDraft,
  context: LetterContext,
  t: Translate,
): Checked<Commitment> {
  const { values, base } = draft
  const kind = values.kind as CommitmentKind
  const value = parseFigureText(values.value, values.unit)
  const figureTyped = [values.value, values.asWritten, values.label].some((text) => optional(text))
  const withFigure =
    kindHas(kind, 'figure') && (kind === 'target' || kind === 'estimate' || figureTyped)
  const measure = values.unit === 'measure'
  const unitName = measure ? optional(values.unitName) : undefined
  const figure = withFigure
    ? {
        ...((base.figure as JsonObject | undefined) ?? {}),
        comparator: values.comparator,
        value: value.ok ? value.value : undefined,
        unit: values.unit,
        label: values.label,
        asWritten: values.asWritten,
        unitName,
        unitNameEn: measure
          ? (optional(values.unitNameEn) ?? (unitName ? UNIT_EN[unitName] : undefined))
          : undefined,
      }
    : undefined
  const implementerName = optional(values.implementer)
  const oldImplementer = base.implementer as JsonObject | undefined
  const candidate: JsonObject = {
    ...keptFields(base, kind),
    id: values.id,
    documentId: context.datasetId,
    kind,
    section: values.section,
    category: values.category,
    title: values.title,
    quote: values.quote,
    headline: values.headline === 'true' ? true : undefined,
    note: optional(values.note),
    condition: optional(values.condition),
    implementer: implementerName
      ? {
          ...(oldImplementer?.name === implementerName ? oldImplementer : {}),
          name: implementerName,
        }
      : undefined,
    figure,
    deadline: kindHas(kind, 'deadline')
      ? buildDeadline(values, base.deadline as JsonObject | undefined)
      : undefined,
    asOf: kindHas(kind, 'asOf') ? (optional(values.asOf) ?? null) : undefined,
    reason: kindHas(kind, 'reason') ? (values.reason ?? '') : undefined,
  }
  if (!condition(values)) delete candidate.conditionEn
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

/** A translation of the condition only stays while the condition it translates does. */
function condition(values: FormValues): boolean {
  return optional(values.condition) !== undefined
}

function buildDeadline(values: FormValues, old: JsonObject | undefined): JsonObject {
  const type = values.deadlineType || 'none'
  // Text that is not a number stays text, so the check says "enter a number", not "fill this in".
  const number = (text: string | undefined) => {
    const typed = optional(text)
    if (typed === undefined) return undefined
    return Number.isFinite(Number(typed)) ? Number(typed) : typed
  }
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

/** The clause of the sentence holding the words at `offset` ("新增项目20个以上"). */
function clauseOf(quote: string, offset: number): string {
  const before = quote.slice(0, offset).search(/[^,,;;::]*$/)
  const afterMatch = quote.slice(offset).search(/[,,;;::]/)
  const end = afterMatch < 0 ? quote.length : offset + afterMatch
  return quote.slice(Math.max(0, before), end).replace(/^(下一步|我局将|将|并)+/, '')
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(2))).replace('.', '-')
}
