import { parseRuntimeConfig } from '../config/parse-config'
import { decodeDataText, parseJsonText } from './parse-json'
import { failedOutcome, type FileContent, type ReadJob, type ReadOutcome } from './read-outcome'
import {
  INDEX_FILE,
  readChangeLog,
  readCommitments,
  readDocument,
  readFunding,
  readIndex,
  readUpdates,
} from './readers'

const READERS = {
  document: readDocument,
  commitments: readCommitments,
  updates: readUpdates,
  funding: readFunding,
  changes: readChangeLog,
} as const

/** Runs a job where it is: in the worker, or on the page where workers are missing. */
export function runReadJob(job: ReadJob): unknown {
  switch (job.kind) {
    case 'config':
      return parseRuntimeConfig(job.body, job.pageUrl)
    case 'index': {
      const fetched = parseJsonText(text(job.content), INDEX_FILE)
      return { index: readIndex(fetched), issues: fetched.warnings }
    }
    default:
      return READERS[job.kind](job.entry, parseJsonText(text(job.content), job.file))
  }
}

export function runToOutcome(job: ReadJob): ReadOutcome {
  try {
    return { ok: true, value: runReadJob(job) }
  } catch (error) {
    return failedOutcome(error)
  }
}

function text(content: FileContent): string {
  return typeof content === 'string' ? content : decodeDataText(content)
}
