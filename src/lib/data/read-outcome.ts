import type { DatasetEntry } from '../../domain/schema/data-index'
import { DataFileError, type DataIssue } from './data-error'

/**
 * What the data reader is asked to do: a data file's text through parsing and every check of the
 * contract, or config.json's parsed body through its schema. Plain data both ways, so a job can
 * cross to a worker and its answer back (structured clone). No zod here: the page imports this.
 */
export type ReadJob =
  | { kind: 'index'; content: FileContent }
  | {
      kind: 'document' | 'commitments' | 'updates' | 'funding' | 'changes'
      entry: DatasetEntry
      file: string
      content: FileContent
    }
  | { kind: 'config'; body: unknown; pageUrl: string }

/** A file as the server sent it (its bytes, decoded by the reader) or as the desk drafted it. */
export type FileContent = ArrayBuffer | string

/** A job's answer as it crosses the boundary: the value, or the error's structure. */
export type ReadOutcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { issues: DataIssue[]; retryable: boolean } | { message: string } }

export function failedOutcome(error: unknown): ReadOutcome {
  if (error instanceof DataFileError) {
    return { ok: false, error: { issues: error.issues, retryable: error.retryable } }
  }
  return { ok: false, error: { message: error instanceof Error ? error.message : String(error) } }
}

/** The error a job failed with, rebuilt on the page: the same DataFileError, issue for issue. */
export function outcomeError(error: Extract<ReadOutcome, { ok: false }>['error']): Error {
  if ('issues' in error) {
    const [first, ...more] = error.issues
    if (first) return new DataFileError(first, { retryable: error.retryable, moreIssues: more })
  }
  return new Error('message' in error ? error.message : 'the data reader failed')
}
