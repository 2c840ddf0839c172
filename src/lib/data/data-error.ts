/**
 * Everything that can go wrong between a data file on a server and a validated object.
 * Errors carry structure (file, JSON path, code, params), not prose: the UI words them in the
 * reader's language and the CLI prints them for data authors.
 */
export type DataIssueCode =
  | 'network'
  | 'timeout'
  /** The connection broke while the body was arriving: only part of the file came. */
  | 'truncated-response'
  | 'http-status'
  | 'html-instead-of-json'
  | 'content-type'
  | 'empty-file'
  | 'byte-order-mark'
  /** Saved in another encoding (GBK, Big5…): the text would show garbled. */
  | 'not-utf8'
  | 'invalid-json'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-reference'
  /** A funding line that is, through its `partOf` chain, part of itself. */
  | 'circular-reference'
  | 'document-mismatch'

export interface DataIssue {
  /** The file as listed (relative to the data folder), e.g. "km-153005/commitments.json". */
  file: string
  /** JSON path inside the file, e.g. "commitments[3].figure.value"; "" for the whole file. */
  path: string
  code: DataIssueCode
  /** Warnings are repaired or tolerated; errors hide the part they name. */
  severity: 'error' | 'warning'
  /** Short technical detail in English (zod's message, the HTTP status text, …). */
  detail: string
  params?: Record<string, string | number>
}

/** A file-level failure: the file could not be used at all. */
export class DataFileError extends Error {
  readonly issues: DataIssue[]
  readonly file: string
  /** Worth trying again (network faults, 5xx); not for a 404 or a schema error. */
  readonly retryable: boolean

  constructor(issue: DataIssue, options: { retryable?: boolean; moreIssues?: DataIssue[] } = {}) {
    super(`${issue.file}${issue.path ? ` ${issue.path}` : ''}: ${issue.detail}`)
    this.name = 'DataFileError'
    this.file = issue.file
    this.issues = [issue, ...(options.moreIssues ?? [])]
    this.retryable = options.retryable ?? false
  }
}

export function isDataFileError(error: unknown): error is DataFileError {
  return error instanceof DataFileError
}

/** Formats a zod path ["commitments", 3, "figure"] as commitments[3].figure. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return out ? `${out}.${name}` : name
  }, '')
}
