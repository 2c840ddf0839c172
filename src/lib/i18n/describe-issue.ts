import type { DataIssue } from '../data/data-error'
import { isDataFileError } from '../data/data-error'
import type { MessageKey, Translate } from './translate'

const schemaKinds = new Set([
  'invalid_type',
  'invalid_value',
  'unrecognized_keys',
  'too_small',
  'too_big',
  'invalid_format',
])

/** "what is wrong", in the reader's language, for one data issue. */
export function describeProblem(issue: DataIssue, t: Translate): string {
  const params = issue.params ?? {}
  if (issue.code === 'schema') {
    const kind = String(params.kind ?? '')
    return schemaKinds.has(kind)
      ? t(`problem.schema.${kind}` as MessageKey, params)
      : t('problem.schema.other')
  }
  return t(`problem.${issue.code}` as MessageKey, params)
}

/** One line naming the file, the JSON path and the problem. */
export function describeIssue(issue: DataIssue, t: Translate): string {
  const problem = describeProblem(issue, t)
  return issue.path
    ? t('error.issue', { file: issue.file, path: issue.path, problem })
    : t('error.issue.wholeFile', { file: issue.file, problem })
}

/** Any thrown value, worded for a reader. Data errors name their file; others say what they can. */
export function describeError(error: unknown, t: Translate): string {
  if (isDataFileError(error)) return error.issues.map((issue) => describeIssue(issue, t)).join(';')
  if (error instanceof Error && error.message) return error.message
  return t('problem.unknown')
}
