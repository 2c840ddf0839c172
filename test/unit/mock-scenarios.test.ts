import { scenarios } from '../../mocks/data-handlers'
import { handlersForScenario, scenarioUrlNames } from '../../mocks/browser'
import { server } from '../../mocks/node'

/** What mock mode's worker would answer for one data file, through the chosen handlers. */
async function fetchWith(scenario: string | null, file: string, warn = vi.fn()) {
  server.use(...handlersForScenario(scenario, warn))
  const response = await fetch(new URL(`data/${file}`, document.baseURI)).catch(() => null)
  // Decoded keeping a byte-order mark, as the app's fetch does: response.text() would drop it.
  const bytes = (await response?.arrayBuffer()) ?? new ArrayBuffer(0)
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  return { status: response?.status ?? 'network error', text }
}

describe('mock mode scenarios (?scenario=)', () => {
  it('offers every scenario mocks/data-handlers.ts defines, by its kebab-case name', () => {
    const expected = Object.keys(scenarios).map((name) =>
      name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
    )
    expect(expected.length).toBeGreaterThanOrEqual(11)
    for (const name of expected) expect(scenarioUrlNames).toContain(name)
  })

  it('keeps the documented names working', () => {
    for (const name of ['slow', 'server-error', 'malformed', 'html', 'offline']) {
      expect(scenarioUrlNames).toContain(name)
    }
  })

  it('serves the illustrative dataset without a scenario, saying nothing', async () => {
    const warn = vi.fn()
    const { status, text } = await fetchWith(null, 'index.json', warn)
    expect(status).toBe(200)
    expect(JSON.parse(text)).toMatchObject({ illustrative: true })
    expect(warn).not.toHaveBeenCalled()
  })

  it('plays the newer scenarios too', async () => {
    expect((await fetchWith('missing-file', 'demo-transit/commitments.json')).status).toBe(404)
    expect((await fetchWith('missing-file', 'index.json')).status).toBe(200)
    server.resetHandlers()
    const raw = await fetchWith('raw-file', 'demo-transit/commitments.json')
    expect(raw.text.charCodeAt(0)).toBe(0xfeff)
    server.resetHandlers()
    expect((await fetchWith('server-error', 'index.json')).status).toBe(503)
    server.resetHandlers()
    expect((await fetchWith('html', 'index.json')).text).toContain('<!doctype html>')
    server.resetHandlers()
    expect((await fetchWith('offline', 'index.json')).status).toBe('network error')
  })

  it('names the valid scenarios on the console for an unknown one, and still serves the data', async () => {
    const warn = vi.fn()
    const { status, text } = await fetchWith('server-eror', 'index.json', warn)
    expect(status).toBe(200)
    expect(JSON.parse(text)).toMatchObject({ illustrative: true })
    expect(warn).toHaveBeenCalledTimes(1)
    const message = String(warn.mock.calls[0]![0])
    expect(message).toContain('"server-eror"')
    for (const name of scenarioUrlNames) expect(message).toContain(name)
  })
})
