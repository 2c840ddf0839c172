import { afterEach, describe, expect, it, vi } from 'vitest'
import { startEarlyReader, EARLY_READER_META } from '../../src/app/early-requests/early-reader'
import type { DatasetEntry } from '../../src/domain/schema/data-index'
import { DataFileError } from '../../src/lib/data/data-error'
import { createDataReader } from '../../src/lib/data/data-reader'
import { runReadJob, runToOutcome } from '../../src/lib/data/read-job'
import type { ReadJob } from '../../src/lib/data/read-outcome'
import { takeEarlyReader } from '../../src/lib/early-responses'
import { readShipped, readShippedText } from '../support/real-data'

const index = readShipped<{ datasets: DatasetEntry[] }>('index.json')
const entry = index.datasets.find((d) => d.id === 'km-153005')!
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

const commitmentsJob: ReadJob = {
  kind: 'commitments',
  entry,
  file: entry.commitments,
  content: bytes(readShippedText(entry.commitments)),
}
const brokenJob: ReadJob = {
  kind: 'funding',
  entry,
  file: entry.funding!,
  content: bytes('{ "documentId": "km-153005", "lines": [ { "id": 3 } ] }'),
}
const notJsonJob: ReadJob = { kind: 'index', content: '\uFEFF<html>proxy error</html>' }

/**
 * A dedicated worker as the browser runs one: messages are structured-cloned both ways and
 * answered on a later task, by the same runToOutcome the real worker calls. `hold` keeps the
 * jobs unanswered, for a worker whose script never arrives.
 */
class FakeWorker extends EventTarget {
  posted = 0
  transferred = 0
  terminated = false
  constructor(private readonly hold = false) {
    super()
  }
  postMessage(message: { id: number; job: ReadJob }, transfer: Transferable[] = []) {
    this.posted += 1
    this.transferred += transfer.length
    // What the browser does with a transfer list: the page's buffers are detached.
    const { id, job } = structuredClone(message, { transfer })
    if (this.hold) return
    setTimeout(() => {
      const data = structuredClone({ id, ...runToOutcome(job) })
      this.dispatchEvent(new MessageEvent('message', { data }))
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
  failToLoad() {
    this.dispatchEvent(new Event('error'))
  }
}

async function outcomeOf(promise: Promise<unknown>) {
  try {
    return { value: await promise }
  } catch (error) {
    return { error }
  }
}

function inPage(job: ReadJob) {
  try {
    return { value: runReadJob(job) }
  } catch (error) {
    return { error }
  }
}

describe('the data reader', () => {
  it('answers through a worker exactly as on the page: the same values, the same DataFileErrors', async () => {
    const worker = new FakeWorker()
    const reader = createDataReader(() => worker as unknown as Worker)
    for (const job of [commitmentsJob, brokenJob, notJsonJob]) {
      const viaWorker = await outcomeOf(reader.read(job))
      const onPage = inPage(job)
      if ('error' in onPage) {
        expect(viaWorker.error).toBeInstanceOf(DataFileError)
        const [got, want] = [viaWorker.error as DataFileError, onPage.error as DataFileError]
        expect(got.issues).toEqual(want.issues)
        expect(got.retryable).toBe(want.retryable)
        expect(got.message).toBe(want.message)
      } else {
        expect(viaWorker).toEqual(onPage)
      }
    }
    expect(worker.posted).toBe(3)
    // The three outcomes differ: a letter's commitments, a rejected line, a file that is not JSON.
    expect(inPage(commitmentsJob).value).toMatchObject({ items: expect.any(Array) })
    expect((inPage(notJsonJob).error as DataFileError).issues[0]!.code).toBe('html-instead-of-json')
  })

  it('reads on the page, jobs held and later ones, when the worker’s script fails to load', async () => {
    const worker = new FakeWorker(true)
    const reader = createDataReader(() => worker as unknown as Worker)
    const held = reader.read(commitmentsJob)
    worker.failToLoad()
    expect(worker.terminated).toBe(true)
    expect(await held).toEqual(inPage(commitmentsJob).value)
    expect(await outcomeOf(reader.read(brokenJob))).toEqual(inPage(brokenJob))
    expect(worker.posted).toBe(1)
  })

  it('moves a fetched file’s bytes to the worker instead of copying them, and answers the same', async () => {
    const worker = new FakeWorker()
    const reader = createDataReader(() => worker as unknown as Worker)
    const job = { ...commitmentsJob, content: commitmentsJob.content.slice(0) as ArrayBuffer }
    const again = vi.fn(async () => commitmentsJob.content)
    const value = await reader.read(job, again)
    expect(value).toEqual(inPage(commitmentsJob).value)
    expect(worker.transferred).toBe(1)
    expect(job.content.byteLength).toBe(0)
    expect(again).not.toHaveBeenCalled()
    // Without a way to fetch them again (a drafted file), the bytes are copied, not moved.
    const kept = { ...commitmentsJob, content: commitmentsJob.content.slice(0) as ArrayBuffer }
    await reader.read(kept)
    expect(kept.content.byteLength).toBe((commitmentsJob.content as ArrayBuffer).byteLength)
    expect(worker.transferred).toBe(1)
  })

  it('fetches the bytes again for a moved job the worker dies with, never reading an empty file', async () => {
    const worker = new FakeWorker(true)
    const reader = createDataReader(() => worker as unknown as Worker)
    const job = { ...commitmentsJob, content: commitmentsJob.content.slice(0) as ArrayBuffer }
    const again = vi.fn(async () => commitmentsJob.content.slice(0) as ArrayBuffer)
    const held = reader.read(job, again)
    expect(job.content.byteLength).toBe(0)
    worker.failToLoad()
    expect(await held).toEqual(inPage(commitmentsJob).value)
    expect(again).toHaveBeenCalledTimes(1)
  })

  it('reports a failed second fetch of a moved job as that failure', async () => {
    const worker = new FakeWorker(true)
    const reader = createDataReader(() => worker as unknown as Worker)
    const job = { ...commitmentsJob, content: commitmentsJob.content.slice(0) as ArrayBuffer }
    const offline = new Error('offline')
    const held = outcomeOf(reader.read(job, () => Promise.reject(offline)))
    worker.failToLoad()
    expect(await held).toEqual({ error: offline })
  })

  it('reads on the page where there are no workers', async () => {
    const start = vi.fn(() => null)
    const reader = createDataReader(start)
    expect(await reader.read(commitmentsJob)).toEqual(inPage(commitmentsJob).value)
    await reader.read(commitmentsJob)
    expect(start).toHaveBeenCalledTimes(1)
  })
})

describe('the early script starts the reader’s worker', () => {
  afterEach(() => {
    document.head.querySelector(`meta[name="${EARLY_READER_META}"]`)?.remove()
    delete window.__commitmentTrackerEarly
  })

  function withMeta(content: string) {
    const meta = document.createElement('meta')
    meta.name = EARLY_READER_META
    meta.content = content
    document.head.append(meta)
  }

  const made: Array<{ url: string; options: WorkerOptions | undefined; worker: FakeWorker }> = []
  const WorkerImpl = function (this: unknown, url: URL, options?: WorkerOptions) {
    const worker = new FakeWorker()
    made.push({ url: String(url), options, worker })
    return worker
  } as unknown as typeof Worker

  it('from the file the build named, beside the page, as a module; the app takes it once', () => {
    withMeta('./assets/reader-worker-abc.js')
    const reader = startEarlyReader(document, WorkerImpl)!
    expect(made.at(-1)!.url).toBe(new URL('./assets/reader-worker-abc.js', document.baseURI).href)
    expect(made.at(-1)!.options).toMatchObject({ type: 'module' })
    window.__commitmentTrackerEarly = { responses: new Map(), asked: new Set(), reader }
    expect(takeEarlyReader()).toBe(made.at(-1)!.worker)
    expect(takeEarlyReader()).toBeNull()
  })

  it('not when the build named none or there are no workers; a worker that failed is not taken', () => {
    expect(startEarlyReader(document, WorkerImpl)).toBeUndefined()
    withMeta('./assets/reader-worker-abc.js')
    expect(startEarlyReader(document, undefined)).toBeUndefined()
    const reader = startEarlyReader(document, WorkerImpl)!
    made.at(-1)!.worker.failToLoad()
    expect(reader.failed).toBe(true)
    window.__commitmentTrackerEarly = { responses: new Map(), asked: new Set(), reader }
    expect(takeEarlyReader()).toBeNull()
    expect(made.at(-1)!.worker.terminated).toBe(true)
  })
})
