import { z } from 'zod'
import { formatJsonPath, DataFileError, type DataIssue } from './data-error'

/** Turns zod issues into DataIssues for one file, with paths under `prefix`. */
export function zodIssuesToDataIssues(
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<PropertyKey> = [],
): DataIssue[] {
  return issues.map((issue) => ({
    file,
    path: formatJsonPath([...prefix, ...issue.path]),
    code: 'schema',
    severity: 'error',
    detail: issue.message,
    params: issueParams(issue),
  }))
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'invalid_type', expected: issue.expected }
    case 'invalid_value':
      return { kind: 'invalid_value', options: issue.values.map(String).join(' | ') }
    case 'unrecognized_keys':
      return { kind: 'unrecognized_keys', keys: issue.keys.join(', ') }
    case 'too_small':
      return { kind: 'too_small', minimum: String(issue.minimum), origin: issue.origin }
    case 'too_big':
      return { kind: 'too_big', maximum: String(issue.maximum), origin: issue.origin }
    case 'invalid_format':
      return { kind: 'invalid_format', format: issue.format }
    case 'not_multiple_of':
      return { kind: 'not_multiple_of', divisor: String(issue.divisor) }
    case 'invalid_union':
      return { kind: 'invalid_union' }
    default:
      return { kind: issue.code }
  }
}

/** Validates a single-object file (a document, the index). Any issue rejects the whole file. */
export function validateFile<T>(file: string, body: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const [first, ...rest] = zodIssuesToDataIssues(file, result.error.issues)
  throw new DataFileError(first!, { moreIssues: rest })
}

export interface CollectionResult<T> {
  items: T[]
  issues: DataIssue[]
}

/**
 * Validates a file holding a list (commitments, updates, funding lines) item by item, so one bad
 * item hides only itself. The envelope (documentId, the array) must be right or the file fails.
 */
export function validateCollection<E extends z.ZodRawShape, T>(
  file: string,
  body: unknown,
  envelope: z.ZodObject<E>,
  listKey: string,
  itemSchema: z.ZodType<T>,
): CollectionResult<T> & { envelope: z.infer<z.ZodObject<E>> } {
  const looseEnvelope = envelope.extend({ [listKey]: z.array(z.unknown()) })
  const head = looseEnvelope.safeParse(body)
  if (!head.success) {
    const [first, ...rest] = zodIssuesToDataIssues(file, head.error.issues)
    throw new DataFileError(first!, { moreIssues: rest })
  }
  const rawItems = (head.data as Record<string, unknown[]>)[listKey] ?? []
  const items: T[] = []
  const issues: DataIssue[] = []
  rawItems.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw)
    if (parsed.success) items.push(parsed.data)
    else issues.push(...zodIssuesToDataIssues(file, parsed.error.issues, [listKey, index]))
  })
  return { envelope: head.data as z.infer<z.ZodObject<E>>, items, issues }
}
