import { takeEarlyReader } from '../early-responses'
import { outcomeError, type FileContent, type ReadJob, type ReadOutcome } from './read-outcome'

/**
 * Where data files are parsed and validated: in a worker when the browser has them (zod and the
 * work stay off the main thread), on the page otherwise (jsdom, or a worker that could not
 * start). Either way the answer is the same: the value, or the same DataFileError.
 */
export interface DataReader {
  /**
   * `again` fetches the job's content anew. Given it, the job's bytes are moved to the worker,
   * not copied (at a thousand letters, copying 98 MB of files was most of a second of the page's
   * main thread), and a job the worker dies with is read on the page from a fresh copy.
   */
  read<T>(job: ReadJob, again?: () => Promise<FileContent>): Promise<T>
}

/** The page's reader, started on first use (or adopted from index.html's early script). */
export function pageDataReader(): DataReader {
  pageReader ??= createDataReader(startReaderWorker)
  return pageReader
}

/*
 * One per page, like the query client: it holds no data (each job carries its own text and the
 * answer goes back to the caller), only the worker it talks to.
 */
let pageReader: DataReader | undefined

function startReaderWorker(): Worker | null {
  const early = takeEarlyReader()
  if (early) return early
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./reader-worker.ts', import.meta.url), {
      type: 'module',
      name: 'data-reader',
    })
  } catch {
    return null
  }
}

/** Runs a job on the page: the fallback, loaded only when it is needed. */
async function readInPage<T>(job: ReadJob): Promise<T> {
  const { runReadJob } = await import('./read-job')
  return runReadJob(job) as T
}

interface Pending {
  job: ReadJob
  /** Set when the job's bytes went to the worker: how to get them again. */
  again: (() => Promise<FileContent>) | undefined
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * A reader over the worker `start` gives (null: read on the page). If the worker fails to load
 * (a missing file, a server that refuses it), the jobs it held and every later one are read on
 * the page instead: slower, never lost.
 */
export function createDataReader(start: () => Worker | null): DataReader {
  let worker: Worker | null | undefined
  const pending = new Map<number, Pending>()
  let nextId = 1

  const giveUp = () => {
    worker?.terminate()
    worker = null
    const held = [...pending.values()]
    pending.clear()
    for (const { job, again, resolve, reject } of held) {
      // Its bytes went to the worker with it: fetched again, never read as an empty file.
      const read =
        again && job.kind !== 'config'
          ? again().then((content) => readInPage({ ...job, content }))
          : readInPage(job)
      read.then(resolve, reject)
    }
  }

  const connect = (): Worker | null => {
    if (worker !== undefined) return worker
    worker = start()
    if (!worker) return null
    worker.addEventListener('message', (event: MessageEvent<{ id: number } & ReadOutcome>) => {
      const { id, ...outcome } = event.data
      const job = pending.get(id)
      if (!job) return
      pending.delete(id)
      if (outcome.ok) job.resolve(outcome.value)
      else job.reject(outcomeError(outcome.error))
    })
    worker.addEventListener('error', giveUp)
    worker.addEventListener('messageerror', giveUp)
    return worker
  }

  return {
    read<T>(job: ReadJob, again?: () => Promise<FileContent>): Promise<T> {
      const target = connect()
      if (!target) return readInPage<T>(job)
      return new Promise<T>((resolve, reject) => {
        const id = nextId++
        const moved =
          again && job.kind !== 'config' && typeof job.content !== 'string' ? job.content : null
        pending.set(id, {
          job,
          again: moved ? again : undefined,
          resolve: resolve as (value: unknown) => void,
          reject,
        })
        // Moved when the bytes can be fetched again; otherwise copied, so that if the worker dies
        // with the job the page reads the same bytes (a drafted file's text, say).
        target.postMessage({ id, job }, moved ? [moved] : [])
      })
    },
  }
}
