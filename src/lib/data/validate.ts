import { z } from '../../domain/schema/zod'
import { ID_PATTERN, RELATIVE_PATH_PATTERN } from '../../domain/schema/primitives'
import { printable } from '../../domain/schema/text-safety'
import { formatJsonPath, DataFileError, type DataIssue } from './data-error'

type ZodIssue = z.core.$ZodIssue
type Path = ReadonlyArray<PropertyKey>

/** Longest zod message kept as an issue's detail: an unknown 1 MB key must not flood a report. */
const DETAIL_MAX = 300

/** Turns zod issues into DataIssues for one file, with paths under `prefix`. */
export function zodIssuesToDataIssues(
  file: string,
  issues: ReadonlyArray<ZodIssue>,
  prefix: Path = [],
): DataIssue[] {
  return issues.map((issue) => ({
    file,
    path: formatJsonPath([...prefix, ...issue.path]),
    code: 'schema',
    severity: 'error',
    detail: printable(issue.message, DETAIL_MAX),
    params: issueParams(issue),
  }))
}

function issueParams(issue: ZodIssue): Record<string, string | number> {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'invalid_type', expected: issue.expected }
    case 'invalid_value':
      return { kind: 'invalid_value', options: issue.values.map(String).join(' | ') }
    case 'unrecognized_keys':
      return {
        kind: 'unrecognized_keys',
        keys: printable(issue.keys.map((key) => printable(key, 60)).join(', '), 200),
      }
    case 'too_small':
      return { kind: 'too_small', minimum: String(issue.minimum), origin: issue.origin }
    case 'too_big':
      return { kind: 'too_big', maximum: String(issue.maximum), origin: issue.origin }
    case 'invalid_format':
      return { kind: 'invalid_format', format: formatName(issue) }
    case 'not_multiple_of':
      return { kind: 'not_multiple_of', divisor: String(issue.divisor) }
    case 'invalid_union':
      return unionParams(issue)
    case 'custom':
      return { kind: 'custom', ...primitiveParams(issue.params) }
    default:
      return { kind: issue.code }
  }
}

/** Names the patterns of the contract, so a message can say "an id" instead of "a regex". */
function formatName(issue: Extract<ZodIssue, { code: 'invalid_format' }>): string {
  if (issue.format !== 'regex' || !('pattern' in issue)) return issue.format
  if (issue.pattern === String(ID_PATTERN)) return 'id'
  if (issue.pattern === String(RELATIVE_PATH_PATTERN)) return 'relative-path'
  return issue.format
}

/** A wrong `kind` / `type` of a discriminated union is an unknown value, and says which are known. */
function unionParams(
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
): Record<string, string | number> {
  const options = (issue as { options?: unknown }).options
  return Array.isArray(options)
    ? { kind: 'invalid_value', options: options.map(String).join(' | ') }
    : { kind: 'invalid_union' }
}

function primitiveParams(params: unknown): Record<string, string | number> {
  if (typeof params !== 'object' || params === null) return {}
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  )
}

type Checked<T> = { success: true; data: T } | { success: false; issues: ZodIssue[] }

/**
 * safeParse that cannot throw. The contract has no recursive types, so zod never descends into
 * deep nesting; should anything still overflow the stack, the value is rejected, not the page.
 */
function check<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  try {
    const result = schema.safeParse(value)
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: result.error.issues }
  } catch (error) {
    const message = `could not be checked: ${error instanceof Error ? error.name : 'error'} (too deeply nested or too large)`
    return {
      success: false,
      issues: [
        { code: 'custom', path: [], message, input: undefined, params: { rule: 'unchecked' } },
      ],
    }
  }
}

/**
 * Fields that only add to what a reader sees (links, notes, translations, a publisher). When only
 * such fields are wrong, they are dropped and the rest of the object is kept; everything else
 * (figures, dates, baselines, verdicts) is never guessed away, so a wrong one rejects the object.
 */
const DROPPABLE_FIELDS = new Set(['url', 'note', 'summary', 'publisher'])
const isDroppable = (key: PropertyKey | undefined): boolean =>
  typeof key === 'string' && (DROPPABLE_FIELDS.has(key) || /^[a-z][A-Za-z]*En$/.test(key))

function droppablePath(issue: ZodIssue): Path | null {
  for (let i = issue.path.length - 1; i >= 0; i -= 1) {
    if (isDroppable(issue.path[i])) return issue.path.slice(0, i + 1)
  }
  return null
}

/** A copy of `value` without the field at `path`; objects off the path are shared, not copied. */
function withoutField(value: unknown, path: Path): unknown {
  const [head, ...rest] = path
  if (head === undefined || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    if (typeof head !== 'number') return value
    const copy = value.slice()
    copy[head] = withoutField(copy[head], rest)
    return copy
  }
  // Spreading copies own keys as data properties: a "__proto__" key stays a plain key.
  const copy: Record<PropertyKey, unknown> = { ...(value as Record<PropertyKey, unknown>) }
  // `head` is a key of the contract (url, note, …), never "__proto__": see isDroppable.
  if (rest.length === 0) delete copy[head]
  else copy[head] = withoutField(copy[head], rest)
  return copy
}

export type Repaired<T> =
  { ok: true; data: T; repairs: ZodIssue[] } | { ok: false; issues: ZodIssue[] }

/**
 * Validates one object; when the only problems are in droppable fields, drops them and accepts
 * the rest. Whatever is accepted has passed the schema as it stands.
 */
export function checkRepairing<T>(schema: z.ZodType<T>, value: unknown): Repaired<T> {
  const first = check(schema, value)
  if (first.success) return { ok: true, data: first.data, repairs: [] }
  const paths = first.issues.map(droppablePath)
  if (paths.some((path) => path === null)) return { ok: false, issues: first.issues }
  const repaired = (paths as Path[]).reduce<unknown>((out, path) => withoutField(out, path), value)
  const second = check(schema, repaired)
  return second.success
    ? { ok: true, data: second.data, repairs: first.issues }
    : { ok: false, issues: first.issues }
}

function repairIssues(file: string, repairs: ZodIssue[], prefix: Path = []): DataIssue[] {
  return zodIssuesToDataIssues(file, repairs, prefix).map((issue) => ({
    ...issue,
    params: { ...issue.params, repair: 'field-dropped' },
  }))
}

function fileError(file: string, issues: ZodIssue[]): DataFileError {
  const [first, ...rest] = zodIssuesToDataIssues(file, issues)
  return new DataFileError(first!, { moreIssues: rest })
}

/** Validates a single-object file (a document, the index). Any issue rejects the whole file. */
export function validateFile<T>(file: string, body: unknown, schema: z.ZodType<T>): T {
  const result = check(schema, body)
  if (result.success) return result.data
  throw fileError(file, result.issues)
}

/**
 * What the app uses for single-object files: like validateFile, but a bad link, note or
 * translation is dropped and reported (an error, so `npm run validate` still fails) instead of
 * hiding the whole letter.
 */
export function validateFileRepairing<T>(
  file: string,
  body: unknown,
  schema: z.ZodType<T>,
): { value: T; issues: DataIssue[] } {
  const result = checkRepairing(schema, body)
  if (!result.ok) throw fileError(file, result.issues)
  return { value: result.data, issues: repairIssues(file, result.repairs) }
}

export interface CollectionResult<T> {
  items: T[]
  issues: DataIssue[]
  /** Ids of the items rejected, where readable: what cites them need not be reported again. */
  rejectedIds?: string[]
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
  const head = check(looseEnvelope, body)
  if (!head.success) throw fileError(file, head.issues)
  const rawItems = (head.data as Record<string, unknown[]>)[listKey] ?? []
  const items: T[] = []
  const issues: DataIssue[] = []
  const rejectedIds: string[] = []
  rawItems.forEach((raw, index) => {
    const prefix = [listKey, index]
    const result = checkRepairing(itemSchema, raw)
    if (!result.ok) {
      issues.push(...zodIssuesToDataIssues(file, result.issues, prefix))
      const id = (raw as { id?: unknown } | null)?.id
      if (typeof id === 'string') rejectedIds.push(id)
      return
    }
    items.push(result.data)
    issues.push(...repairIssues(file, result.repairs, prefix))
  })
  return { envelope: head.data as z.infer<z.ZodObject<E>>, items, issues, rejectedIds }
}
