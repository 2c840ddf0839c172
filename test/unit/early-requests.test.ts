import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CATALOGS_META,
  EARLY_LANGUAGE_KEY,
  earlyLanguage,
  preloadCatalog,
} from '../../src/app/early-requests/early-catalog'
import {
  EARLY_CONFIG_FILE,
  EARLY_DEFAULT_FOLDER,
  EARLY_INDEX_FILE,
  EARLY_LETTERS_MAX,
  EARLY_PATH_PATTERN,
  sendEarlyRequests,
} from '../../src/app/early-requests/early-requests'
import { RELATIVE_PATH_PATTERN } from '../../src/domain/schema/primitives'
import { CONFIG_FILE } from '../../src/lib/config/load-config'
import { DEFAULT_DATA_LOCATION, dataFileUrl } from '../../src/lib/data/data-location'
import { INDEX_FILE } from '../../src/lib/data/loaders'
import { fetchPreferringEarly } from '../../src/lib/early-responses'
import { initialLanguage, saveLanguage } from '../../src/lib/i18n/language-preference'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })

const letter = (id: string) => ({
  id,
  document: `${id}/document.json`,
  commitments: `${id}/commitments.json`,
  updates: `${id}/updates.json`,
})

/** A server answering config.json and the index as given; every other file with `{}`. */
function server(config: () => Response, index: unknown = { datasets: [letter('km-153005')] }) {
  const asked: string[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input)
    asked.push(url)
    if (url === new URL(CONFIG_FILE, document.baseURI).href) return config()
    if (url === dataFileUrl(INDEX_FILE)) return json(index)
    return json({})
  })
  return { fetchImpl: fetchImpl as unknown as typeof fetch, asked }
}

/** Lets every early request that is going to be sent go out. */
async function settled(early: ReturnType<typeof sendEarlyRequests>) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(early.responses.values())
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

const files = (id: string) =>
  ['document', 'commitments', 'updates'].map((name) => dataFileUrl(`${id}/${name}.json`))

describe('the early script speaks of the app’s own files', () => {
  it('names config.json, the default data folder, the index and the path rule as the app does', () => {
    expect(EARLY_CONFIG_FILE).toBe(CONFIG_FILE)
    expect(EARLY_DEFAULT_FOLDER).toBe(DEFAULT_DATA_LOCATION)
    expect(EARLY_INDEX_FILE).toBe(INDEX_FILE)
    expect(String(EARLY_PATH_PATTERN)).toBe(String(RELATIVE_PATH_PATTERN))
  })

  it('opens in the language the app opens in', () => {
    const cases = [
      { search: '', hash: '#/' },
      { search: '?lang=en', hash: '#/' },
      { search: '', hash: '#/commitments?lang=en' },
      { search: '?lang=xx', hash: '#/?lang=zh-CN' },
    ]
    for (const saved of [null, 'en', 'zh-CN', 'fr']) {
      window.localStorage.clear()
      if (saved === 'en' || saved === 'zh-CN') saveLanguage(saved)
      else if (saved) window.localStorage.setItem(EARLY_LANGUAGE_KEY, saved)
      for (const location of cases) {
        expect(earlyLanguage(location, () => window.localStorage.getItem(EARLY_LANGUAGE_KEY))).toBe(
          initialLanguage(location),
        )
      }
    }
    window.localStorage.clear()
  })
})

describe('sendEarlyRequests', () => {
  it('asks for config.json, the index and its letters’ files when config.json is absent', async () => {
    const { fetchImpl, asked } = server(() => new Response('Not Found', { status: 404 }))
    const early = sendEarlyRequests(document.baseURI, fetchImpl)
    await settled(early)
    expect(asked).toEqual([
      new URL(CONFIG_FILE, document.baseURI).href,
      dataFileUrl(INDEX_FILE),
      ...files('km-153005'),
    ])
    // Each is there for the app, at the URL the app will ask for.
    for (const url of asked) expect(early.responses.has(url)).toBe(true)
  })

  it('asks for the data when config.json names the default folder, in any spelling', async () => {
    for (const dataLocation of ['data/', 'data', ' ./data/ ']) {
      const { fetchImpl, asked } = server(() => json({ dataLocation, defaultLanguage: 'en' }))
      await settled(sendEarlyRequests(document.baseURI, fetchImpl))
      expect(asked).toContain(dataFileUrl(INDEX_FILE))
    }
  })

  it('asks for nothing but config.json when the data is elsewhere or config.json is not JSON', async () => {
    const configs = [
      () => json({ dataLocation: '/shared/tracker-data/' }),
      () => json({ dataLocation: 'https://cdn.example.com/data/' }),
      () => json({ dataLocation: 42 }),
      () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
      () => new Response('{ not json', { headers: { 'content-type': 'application/json' } }),
      () => json({}, 500),
    ]
    for (const config of configs) {
      const { fetchImpl, asked } = server(config)
      await settled(sendEarlyRequests(document.baseURI, fetchImpl))
      expect(asked).toEqual([new URL(CONFIG_FILE, document.baseURI).href])
    }
  })

  it('leaves a province’s index and paths the contract refuses to the app', async () => {
    const many = {
      datasets: Array.from({ length: EARLY_LETTERS_MAX + 1 }, (_, i) => letter(`l-${i}`)),
    }
    const big = server(() => new Response('', { status: 404 }), many)
    await settled(sendEarlyRequests(document.baseURI, big.fetchImpl))
    expect(big.asked).toHaveLength(2)

    const unsafe = {
      datasets: [
        { id: 'x', document: '../secret.json', commitments: 'https://evil.example/c.json' },
      ],
    }
    const refused = server(() => new Response('', { status: 404 }), unsafe)
    await settled(sendEarlyRequests(document.baseURI, refused.fetchImpl))
    expect(refused.asked).toHaveLength(2)
  })

  it('never asks again for a file the app has already asked for', async () => {
    const { fetchImpl, asked } = server(() => new Response('', { status: 404 }))
    const early = sendEarlyRequests(document.baseURI, fetchImpl)
    early.asked.add(files('km-153005')[1]!)
    await settled(early)
    expect(asked).not.toContain(files('km-153005')[1])
    expect(asked).toContain(files('km-153005')[0])
  })

  it('hands the app a config.json it can still read', async () => {
    const { fetchImpl } = server(() => json({ dataLocation: 'data/', title: '承诺督办台账' }))
    const early = sendEarlyRequests(document.baseURI, fetchImpl)
    await settled(early)
    const copy = await early.responses.get(new URL(CONFIG_FILE, document.baseURI).href)
    expect(await copy!.json()).toEqual({ dataLocation: 'data/', title: '承诺督办台账' })
  })
})

describe('fetchPreferringEarly', () => {
  afterEach(() => {
    delete window.__commitmentTrackerEarly
    vi.unstubAllGlobals()
  })

  const network = () => {
    const fetchMock = vi.fn(async () => json({ from: 'network' }))
    vi.stubGlobal('fetch', fetchMock)
    return fetchMock
  }

  it('answers the first request with the early response, later ones from the network', async () => {
    const fetchMock = network()
    const url = dataFileUrl(INDEX_FILE)
    window.__commitmentTrackerEarly = {
      responses: new Map([[url, Promise.resolve(json({ from: 'early' }))]]),
      asked: new Set(),
    }
    expect(await (await fetchPreferringEarly(url)).json()).toEqual({ from: 'early' })
    expect(fetchMock).not.toHaveBeenCalled()
    expect(await (await fetchPreferringEarly(url)).json()).toEqual({ from: 'network' })
    expect(window.__commitmentTrackerEarly.asked.has(url)).toBe(true)
  })

  it('asks the network when the early script did not ask, or its request failed', async () => {
    const fetchMock = network()
    const [a, b] = [dataFileUrl('a.json'), dataFileUrl('b.json')]
    window.__commitmentTrackerEarly = {
      responses: new Map([
        [a, Promise.resolve(null)],
        [b, Promise.reject(new TypeError('Failed to fetch'))],
      ]),
      asked: new Set(),
    }
    expect(await (await fetchPreferringEarly(a)).json()).toEqual({ from: 'network' })
    expect(await (await fetchPreferringEarly(b)).json()).toEqual({ from: 'network' })
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('gives up waiting for an early answer when the caller’s signal ends', async () => {
    network()
    const url = dataFileUrl(INDEX_FILE)
    window.__commitmentTrackerEarly = {
      responses: new Map([[url, new Promise<Response | null>(() => undefined)]]),
      asked: new Set(),
    }
    const controller = new AbortController()
    const answer = fetchPreferringEarly(url, { signal: controller.signal })
    controller.abort(new DOMException('too slow', 'TimeoutError'))
    await expect(answer).rejects.toMatchObject({ name: 'TimeoutError' })
  })
})

describe('preloadCatalog', () => {
  afterEach(() => {
    document.head.innerHTML = ''
  })

  it('preloads the catalogue the build named for the language', () => {
    document.head.innerHTML = `<meta name="${CATALOGS_META}" content='{"zh-CN":"./assets/zh.js","en":"./assets/en.js"}' />`
    preloadCatalog(document, 'en')
    const link = document.head.querySelector('link[rel="modulepreload"]')
    expect(link?.getAttribute('href')).toBe('./assets/en.js')
  })

  it('does nothing where the build named none (the dev server, a hand-made page)', () => {
    preloadCatalog(document, 'zh-CN')
    document.head.innerHTML = `<meta name="${CATALOGS_META}" content="not json" />`
    preloadCatalog(document, 'zh-CN')
    expect(document.head.querySelector('link')).toBeNull()
  })
})
