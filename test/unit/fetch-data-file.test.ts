import { delay, http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { DataFileError } from '../../src/lib/data/data-error'
import { fetchDataFile } from '../../src/lib/data/fetch-data-file'

const URL_ = 'http://localhost:3000/data/x/commitments.json'
const FILE = 'x/commitments.json'

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DataFileError)
  return error as DataFileError
}

const respond = (body: string | null, init: ResponseInit) =>
  server.use(http.get(URL_, () => new HttpResponse(body, init)))

describe('fetchDataFile', () => {
  it('parses JSON served as JSON', async () => {
    server.use(http.get(URL_, () => HttpResponse.json({ a: 1 })))
    await expect(fetchDataFile(URL_, FILE, 'json')).resolves.toEqual({
      body: { a: 1 },
      warnings: [],
    })
  })

  it.each([
    [404, false],
    [500, true],
    [503, true],
  ])('reports HTTP %i naming the file (retryable: %s)', async (status, retryable) => {
    respond('x', { status })
    const error = await failure(fetchDataFile(URL_, FILE, 'json'))
    expect(error.issues[0]).toMatchObject({ file: FILE, code: 'http-status', params: { status } })
    expect(error.retryable).toBe(retryable)
  })

  it('recognises an HTML error page sent with status 200', async () => {
    respond('<html><body>Gateway error</body></html>', { headers: { 'Content-Type': 'text/html' } })
    const error = await failure(fetchDataFile(URL_, FILE, 'json'))
    expect(error.issues[0]?.code).toBe('html-instead-of-json')
  })

  it('rejects the wrong content type', async () => {
    respond('{}', { headers: { 'Content-Type': 'application/octet-stream' } })
    expect((await failure(fetchDataFile(URL_, FILE, 'json'))).issues[0]?.code).toBe('content-type')
  })

  it('reports an empty file and broken JSON with the parser message', async () => {
    respond('  ', { headers: { 'Content-Type': 'application/json' } })
    expect((await failure(fetchDataFile(URL_, FILE, 'json'))).issues[0]?.code).toBe('empty-file')
    respond('{"a": [1, 2,', { headers: { 'Content-Type': 'application/json' } })
    const error = await failure(fetchDataFile(URL_, FILE, 'json'))
    expect(error.issues[0]).toMatchObject({ code: 'invalid-json', file: FILE })
    expect(error.issues[0]?.detail).not.toBe('')
  })

  it('reads a file saved with a UTF-8 BOM (the fetch decoder drops it)', async () => {
    respond('\uFEFF{"a":1}', { headers: { 'Content-Type': 'application/json' } })
    await expect(fetchDataFile(URL_, FILE, 'json')).resolves.toMatchObject({ body: { a: 1 } })
  })

  it('turns a network failure and a timeout into retryable errors', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()))
    const network = await failure(fetchDataFile(URL_, FILE, 'json'))
    expect(network).toMatchObject({ retryable: true })
    expect(network.issues[0]?.code).toBe('network')

    server.use(
      http.get(URL_, async () => {
        await delay(500)
        return HttpResponse.json({})
      }),
    )
    const timeout = await failure(fetchDataFile(URL_, FILE, 'json', { timeoutMs: 50 }))
    expect(timeout.issues[0]?.code).toBe('timeout')
  })

  it('reads source texts as plain text', async () => {
    respond('关于…的函', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    await expect(fetchDataFile(URL_, 'x/source.txt', 'text')).resolves.toEqual({
      body: '关于…的函',
      warnings: [],
    })
  })
})
