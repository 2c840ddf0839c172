import type { z } from 'zod'
import type { ConfigIssue, ConfigIssueCode } from './config-issue'
import { DEFAULT_CONFIG, runtimeConfigSchema, type RuntimeConfig } from './config-schema'

export interface ParsedConfig {
  config: RuntimeConfig
  issues: ConfigIssue[]
}

/**
 * Validates config.json's parsed body. A bad field is reported and replaced by its default; the
 * good fields still apply, so one typo never takes the whole configuration (or the page) down.
 */
export function parseRuntimeConfig(raw: unknown, pageUrl: string): ParsedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: DEFAULT_CONFIG, issues: [{ field: '', code: 'not-object', params: {} }] }
  }
  const schema = runtimeConfigSchema(pageUrl)
  const first = schema.safeParse(raw)
  if (first.success) return { config: withDefaults(first.data), issues: [] }

  const issues = first.error.issues.flatMap(toConfigIssues)
  const badFields = new Set(issues.map((issue) => topField(issue.field)))
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !badFields.has(key)))
  const second = schema.safeParse(kept)
  return { config: second.success ? withDefaults(second.data) : DEFAULT_CONFIG, issues }
}

function withDefaults(input: z.infer<ReturnType<typeof runtimeConfigSchema>>): RuntimeConfig {
  const { $comment: _comment, ...fields } = input
  return {
    ...DEFAULT_CONFIG,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  }
}

function toConfigIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  const field = formatPath(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: formatPath([...issue.path, key]),
        code: 'unknown-field',
        params: {},
      }))
    case 'invalid_type':
      return [{ field, code: 'type', params: { expected: issue.expected } }]
    case 'invalid_value':
      return [{ field, code: 'value', params: { options: issue.values.map(String).join(', ') } }]
    case 'too_small':
    case 'too_big':
      return [{ field, code: 'length', params: {} }]
    case 'custom':
      return [{ field, code: refusalCode(issue.params?.reason), params: {} }]
    default:
      return [{ field, code: 'invalid', params: {} }]
  }
}

function refusalCode(reason: unknown): ConfigIssueCode {
  return reason === 'other-origin' || reason === 'has-query' || reason === 'not-origin'
    ? reason
    : 'invalid'
}

/** ["embedAllowedOrigins", 1] → "embedAllowedOrigins[1]". */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}

function topField(field: string): string {
  return field.split(/[.[]/, 1)[0] ?? field
}
