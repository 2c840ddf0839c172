import { createRequestSlots } from '../../src/lib/data/request-slots'

describe('request slots (data requests in flight at once)', () => {
  it('lets `limit` through at once and the rest in order as slots are released', async () => {
    const acquire = createRequestSlots(2)
    const started: string[] = []
    const take = (name: string) =>
      acquire().then((release) => {
        started.push(name)
        return release
      })
    const a = take('a')
    const b = take('b')
    const c = take('c')
    const d = take('d')
    await Promise.resolve()
    await Promise.resolve()
    expect(started).toEqual(['a', 'b'])
    ;(await a)()
    await c
    expect(started).toEqual(['a', 'b', 'c'])
    const releaseB = await b
    releaseB()
    releaseB() // a second release of the same slot frees nothing more
    await d
    expect(started).toEqual(['a', 'b', 'c', 'd'])
  })

  it('drops a waiting request whose signal aborts, and never gives it a slot', async () => {
    const acquire = createRequestSlots(1)
    const first = await acquire()
    const controller = new AbortController()
    const waiting = acquire(controller.signal)
    const after = acquire()
    controller.abort(new Error('left the page'))
    await expect(waiting).rejects.toThrow('left the page')
    first()
    const release = await after
    expect(typeof release).toBe('function')
  })

  it('refuses at once when the signal is already aborted', async () => {
    const acquire = createRequestSlots(1)
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(acquire(controller.signal)).rejects.toThrow('gone')
  })
})
