import { printable } from '../../domain/schema/text-safety'
import type { DataIssue } from '../data/data-error'
import { isDataFileError } from '../data/data-error'
import type { MessageKey, MessageParams, Translate } from './translate'

const schemaKinds = new Set([
  'invalid_type',
  'invalid_value',
  'unrecognized_keys',
  'too_small',
  'too_big',
  'invalid_format',
])

/** Rules of the contract with their own words (custom zod issues carry the rule's name). */
const customRules = new Set([
  'invisible-character',
  'reserved-id',
  'deadline-before-baseline',
  'duplicate-id',
  'url-credentials',
  'unchecked',
  'partial-date',
  'measure-needs-unit',
  'unit-name-without-measure',
  'date-source-without-date',
  'newer-contract',
])

/**
 * Rules whose words live with the page that shows their data (the change log's, with the
 * commitment page's history), not in the faults catalog.
 */
const ruleKeys: Partial<Record<string, MessageKey>> = {
  'verdict-needs-reason': 'detail.history.rule.verdict-needs-reason',
}

const namedFormats = new Set(['date', 'url', 'id', 'relative-path'])

/**
 * Values quoted from data or from a server (an unknown key, a content type, a parser's excerpt)
 * are spelled out and shortened before they reach a message: no invisible character can reorder
 * the message around them, and a 1 MB key cannot flood the screen.
 */
function safeParams(params: DataIssue['params']): MessageParams {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? printable(value) : value,
    ]),
  )
}

/** "what is wrong", in the reader's language, for one data issue. */
export function describeProblem(issue: DataIssue, t: Translate): string {
  const params = safeParams(issue.params)
  const problem = problemText(issue.code, params, t)
  return params.repair === 'field-dropped'
    ? `${problem}${t('faults.repair.fieldDropped')}`
    : problem
}

function problemText(code: DataIssue['code'], params: MessageParams, t: Translate): string {
  switch (code) {
    case 'schema':
      return schemaProblem(params, t)
    case 'http-status': {
      const status = Number(params.status)
      if (status === 404) return t('faults.problem.http-404', params)
      if (status >= 500) return t('faults.problem.http-5xx', params)
      return t('problem.http-status', params)
    }
    case 'timeout':
      return params.seconds ? t('faults.problem.timeout', params) : t('problem.timeout')
    case 'truncated-response':
    case 'not-utf8':
    case 'circular-reference':
      return t(`faults.problem.${code}`, params)
    default:
      return t(`problem.${code}`, params)
  }
}

function schemaProblem(params: MessageParams, t: Translate): string {
  const kind = String(params.kind ?? '')
  if (kind === 'custom') {
    const rule = String(params.rule ?? '')
    const ruleKey = ruleKeys[rule]
    if (ruleKey) return t(ruleKey, params)
    return customRules.has(rule)
      ? t(`faults.schema.${rule}` as MessageKey, params)
      : t('problem.schema.other')
  }
  if (kind === 'invalid_type' && params.expected === 'int') return t('faults.schema.int')
  if (kind === 'invalid_format' && namedFormats.has(String(params.format))) {
    return t(`faults.format.${String(params.format)}` as MessageKey)
  }
  return schemaKinds.has(kind)
    ? t(`problem.schema.${kind}` as MessageKey, params)
    : t('problem.schema.other')
}

/** One line naming the file, the JSON path and the problem. */
export function describeIssue(issue: DataIssue, t: Translate): string {
  const problem = describeProblem(issue, t)
  const file = printable(issue.file)
  return issue.path
    ? t('error.issue', { file, path: printable(issue.path), problem })
    : t('error.issue.wholeFile', { file, problem })
}

/** Any thrown value, worded for a reader. Data errors name their file; others say what they can. */
export function describeError(error: unknown, t: Translate): string {
  if (isDataFileError(error)) return error.issues.map((issue) => describeIssue(issue, t)).join(';')
  if (error instanceof Error && error.message) return printable(error.message, 300)
  return t('problem.unknown')
}
