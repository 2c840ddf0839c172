import { DEFAULT_CONFIG, isOrigin, isSameOrigin } from '../../src/lib/config/config-schema'
import { describeConfigIssue } from '../../src/lib/config/describe-config-issue'
import { loadRuntimeConfig } from '../../src/lib/config/load-config'
import { parseRuntimeConfig } from '../../src/lib/config/parse-config'
import { startLanguage } from '../../src/lib/config/start-language'
import { dataBaseUrl, dataFileUrl, resolveDataPath } from '../../src/lib/data/data-location'
import { publishedSource } from '../../src/lib/data/data-source'
import { saveLanguage } from '../../src/lib/i18n/language-preference'
import { translate } from '../../src/lib/i18n/translate'

const PAGE = 'https://intranet.example.gov.cn/apps/commitments/'

describe('config.json schema', () => {
  it('accepts every field and fills in the rest', () => {
    const { config, issues } = parseRuntimeConfig(
      {
        $comment: 'edited by the web team',
        dataLocation: '/api/commitments',
        defaultLanguage: 'en',
        title: '承诺督办台账',
        titleEn: 'Commitments ledger',
        organisation: '某市人大常委会办公厅',
        embedAllowedOrigins: ['https://portal.example.gov.cn', '*'],
      },
      PAGE,
    )
    expect(issues).toEqual([])
    expect(config).toEqual({
      dataLocation: '/api/commitments',
      defaultLanguage: 'en',
      title: '承诺督办台账',
      titleEn: 'Commitments ledger',
      organisation: '某市人大常委会办公厅',
      embedAllowedOrigins: ['https://portal.example.gov.cn', '*'],
    })
  })

  it('an empty object means the defaults', () => {
    expect(parseRuntimeConfig({}, PAGE)).toEqual({ config: DEFAULT_CONFIG, issues: [] })
  })

  it('names each bad field, drops only those, keeps the good ones', () => {
    const { config, issues } = parseRuntimeConfig(
      {
        dataLocation: 42,
        defaultLanguage: 'fr',
        title: '台账',
        dataLoction: 'typo/',
        embedAllowedOrigins: ['https://ok.example', 'https://bad.example/path'],
      },
      PAGE,
    )
    expect(config).toEqual({ ...DEFAULT_CONFIG, title: '台账' })
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'dataLocation', code: 'type', params: { expected: 'string' } },
        { field: 'defaultLanguage', code: 'value', params: { options: 'zh-CN, en' } },
        { field: 'dataLoction', code: 'unknown-field', params: {} },
        { field: 'embedAllowedOrigins[1]', code: 'not-origin', params: {} },
      ]),
    )
    expect(issues).toHaveLength(4)
  })

  it('refuses a data location on another origin or with a query', () => {
    const other = parseRuntimeConfig({ dataLocation: 'https://cdn.example.com/data/' }, PAGE)
    expect(other.issues).toEqual([{ field: 'dataLocation', code: 'other-origin', params: {} }])
    expect(other.config.dataLocation).toBe('data/')
    expect(parseRuntimeConfig({ dataLocation: '//evil.example/x/' }, PAGE).issues[0]?.code).toBe(
      'other-origin',
    )
    expect(parseRuntimeConfig({ dataLocation: 'data/?v=2' }, PAGE).issues[0]?.code).toBe(
      'has-query',
    )
    expect(
      parseRuntimeConfig({ dataLocation: 'https://intranet.example.gov.cn/api/' }, PAGE).issues,
    ).toEqual([])
  })

  it('refuses a body that is not an object', () => {
    expect(parseRuntimeConfig([1, 2], PAGE).issues).toEqual([
      { field: '', code: 'not-object', params: {} },
    ])
  })

  it('knows origins and same-origin paths', () => {
    expect(isOrigin('https://a.example')).toBe(true)
    expect(isOrigin('http://10.0.0.5:8080')).toBe(true)
    expect(isOrigin('https://a.example/')).toBe(false)
    expect(isOrigin('javascript:alert(1)')).toBe(false)
    expect(isSameOrigin('../shared/', PAGE)).toBe(true)
    expect(isSameOrigin('javascript:alert(1)', PAGE)).toBe(false)
  })
})

describe('config problems, localized and naming the field', () => {
  it('in Chinese and English', () => {
    const issue = {
      field: 'defaultLanguage',
      code: 'value' as const,
      params: { options: 'zh-CN, en' },
    }
    expect(describeConfigIssue(issue, (k, p) => translate('zh-CN', k, p))).toBe(
      '字段 “defaultLanguage”:取值无效,可选值为 zh-CN, en',
    )
    expect(describeConfigIssue(issue, (k, p) => translate('en', k, p))).toBe(
      'Field “defaultLanguage”: invalid value, allowed: zh-CN, en',
    )
    expect(
      describeConfigIssue({ field: '', code: 'http-status', params: { status: 500 } }, (k, p) =>
        translate('zh-CN', k, p),
      ),
    ).toBe('config.json:服务器返回错误 HTTP 500')
  })
})

describe('loading config.json', () => {
  const respond =
    (body: string, init: ResponseInit = {}): typeof fetch =>
    async () =>
      new Response(body, { headers: { 'Content-Type': 'application/json' }, ...init })

  it('reads it next to index.html', async () => {
    const seen: string[] = []
    const fetchImpl: typeof fetch = async (input) => {
      seen.push(String(input))
      return new Response('{"defaultLanguage":"en"}', {
        headers: { 'Content-Type': 'application/json' },
      })
    }
    const loaded = await loadRuntimeConfig({ baseUrl: `${PAGE}index.html`, fetchImpl })
    expect(seen).toEqual([`${PAGE}config.json`])
    expect(loaded.config.defaultLanguage).toBe('en')
    expect(loaded.issues).toEqual([])
  })

  it('uses the defaults silently when there is no config.json (404)', async () => {
    const loaded = await loadRuntimeConfig({
      baseUrl: PAGE,
      fetchImpl: respond('Not Found', { status: 404 }),
    })
    expect(loaded).toEqual({ config: DEFAULT_CONFIG, issues: [] })
  })

  it.each([
    ['a server error', respond('oops', { status: 500 }), 'http-status'],
    [
      'an HTML page',
      async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      'html',
    ],
    ['broken JSON', respond('{"title": '), 'not-json'],
    [
      'a network failure',
      async () => {
        throw new TypeError('Failed to fetch')
      },
      'network',
    ],
  ] as Array<[string, typeof fetch, string]>)(
    'reports %s and uses the defaults',
    async (_, fetchImpl, code) => {
      const loaded = await loadRuntimeConfig({ baseUrl: PAGE, fetchImpl })
      expect(loaded.config).toEqual(DEFAULT_CONFIG)
      expect(loaded.issues).toEqual([expect.objectContaining({ field: '', code })])
    },
  )

  it('ignores a byte-order mark some editors write', async () => {
    const loaded = await loadRuntimeConfig({
      baseUrl: PAGE,
      fetchImpl: respond('\uFEFF{"title":"台账"}'),
    })
    expect(loaded.config.title).toBe('台账')
  })
})

describe('the data location', () => {
  it('is data/ beside the page by default', () => {
    expect(dataBaseUrl()).toBe(new URL('data/', document.baseURI).href)
    expect(dataFileUrl('index.json')).toBe(new URL('data/index.json', document.baseURI).href)
    expect(publishedSource(null)).toMatchObject({ key: 'published', location: 'data/' })
  })

  it('follows the configured folder or API base, adding the trailing slash', () => {
    const api = publishedSource('/api/commitments')
    expect(api.location).toBe('/api/commitments/')
    expect(dataFileUrl('km-153005/commitments.json', api.location)).toBe(
      new URL('/api/commitments/km-153005/commitments.json', document.baseURI).href,
    )
    expect(dataBaseUrl('../shared/data-2024/')).toBe(
      new URL('../shared/data-2024/', document.baseURI).href,
    )
    // Another location is another cache: its files never answer for the default folder's.
    expect(api.key).not.toBe(publishedSource(null).key)
    expect(publishedSource('/api/commitments/').key).toBe(api.key)
  })

  it('keeps resolving paths listed inside data files', () => {
    expect(resolveDataPath('source.txt', 'km-153005/document.json')).toBe('km-153005/source.txt')
  })
})

describe('the start language', () => {
  const at = (search = '', hash = '') => ({ search, hash })
  afterEach(() => window.localStorage.clear())

  it('is the configured default when the reader has not chosen', () => {
    expect(startLanguage('en', at())).toBe('en')
    expect(startLanguage('zh-CN', at())).toBe('zh-CN')
  })

  it('gives way to ?lang= and to a saved choice, even a saved Chinese', () => {
    expect(startLanguage('en', at('?lang=zh-CN'))).toBe('zh-CN')
    expect(startLanguage('zh-CN', at('', '#/?lang=en'))).toBe('en')
    saveLanguage('zh-CN')
    expect(startLanguage('en', at())).toBe('zh-CN')
  })
})
