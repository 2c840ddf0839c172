import type { z } from 'zod'
import { ID_PATTERN } from '../../../domain/schema/primitives'
import { zodIssuesToDataIssues } from '../../../lib/data/validate'
import { describeProblem } from '../../../lib/i18n/describe-issue'
import type { MessageKey, Translate } from '../../../lib/i18n/translate'

type Issue = z.core.$ZodIssue

/** Rules of the contract whose own message (faults.schema.*) is already written for people. */
const WORDED_RULES = new Set([
  'invisible-character',
  'reserved-id',
  'deadline-before-baseline',
  'url-credentials',
])

/** Rules of the contract, worded for the desk. */
const DESK_RULES: Record<string, MessageKey> = {
  'measure-needs-unit': 'desk.form.measureNeedsUnit',
  'unit-name-without-measure': 'desk.form.unitNameWithoutMeasure',
  'date-source-without-date': 'desk.form.dateSourceWithoutDate',
  'partial-date': 'desk.form.partialDate',
}

/**
 * What is wrong with one field and what to do, in plain words: an empty field is "please fill
 * this in", whatever the schema calls it; a number, a date or a choice says which it must be.
 */
export function describeFieldProblem(issue: Issue, value: unknown, t: Translate): string {
  const empty = value === undefined || value === null || value === ''
  switch (issue.code) {
    case 'invalid_type':
      if (empty) return t('desk.form.required')
      if (issue.expected === 'number' || issue.expected === 'int') return t('desk.form.notANumber')
      return t('desk.form.invalid')
    case 'too_small':
      if (issue.origin === 'string') return t('desk.form.required')
      if (issue.origin === 'array' || issue.origin === 'set') return t('desk.form.listEmpty')
      return t('desk.form.tooSmall', { minimum: String(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string')
        return t('desk.form.tooLong', { maximum: String(issue.maximum) })
      return t('desk.form.tooBig', { maximum: String(issue.maximum) })
    case 'invalid_value':
      return empty ? t('desk.form.required') : t('desk.form.chooseOne')
    case 'invalid_format':
      return formatProblem(issue, t)
    case 'invalid_union':
      // The only unions the forms fill in are dates as precise as the source (2023, 2023-06…).
      return empty ? t('desk.form.required') : t('desk.form.partialDate')
    case 'custom': {
      const rule = String((issue.params as { rule?: unknown } | undefined)?.rule ?? '')
      if (DESK_RULES[rule]) return t(DESK_RULES[rule])
      // Their parameters (an invisible character) are spelled out safely by the dashboard's words.
      if (WORDED_RULES.has(rule)) return describeProblem(zodIssuesToDataIssues('', [issue])[0]!, t)
      return t('desk.form.invalid')
    }
    default:
      return t('desk.form.invalid')
  }
}

function formatProblem(issue: Extract<Issue, { code: 'invalid_format' }>, t: Translate): string {
  if (issue.format === 'date') return t('desk.form.date')
  if (issue.format === 'url') return t('faults.format.url')
  if (issue.format === 'datetime') return t('desk.form.date')
  const pattern = 'pattern' in issue ? String(issue.pattern) : ''
  if (pattern === String(ID_PATTERN)) return t('faults.format.id')
  if (pattern.includes('0-9A-Za-z')) return t('desk.form.numberFormat')
  return t('desk.form.invalid')
}
