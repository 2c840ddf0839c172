import type { MessageKey, Translate } from '../i18n/translate'
import type { ConfigIssue, ConfigIssueCode } from './config-issue'
import { CONFIG_FILE } from './load-config'

const PROBLEM_KEYS: Record<ConfigIssueCode, MessageKey> = {
  type: 'config.problem.type',
  value: 'config.problem.value',
  'unknown-field': 'config.problem.unknownField',
  length: 'config.problem.length',
  'other-origin': 'config.problem.otherOrigin',
  'has-query': 'config.problem.hasQuery',
  'not-origin': 'config.problem.notOrigin',
  invalid: 'config.problem.invalid',
  'http-status': 'config.problem.httpStatus',
  html: 'config.problem.html',
  'not-json': 'config.problem.notJson',
  'not-object': 'config.problem.notObject',
  network: 'config.problem.network',
  timeout: 'config.problem.timeout',
}

/** "字段 “dataLocation”:…" or "config.json:…": the field named first, then what is wrong. */
export function describeConfigIssue(issue: ConfigIssue, t: Translate): string {
  const problem = t(PROBLEM_KEYS[issue.code], issue.params)
  return issue.field
    ? t('config.issue.field', { field: issue.field, problem })
    : t('config.issue.file', { file: CONFIG_FILE, problem })
}
