import { readdirSync, readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

const dist = DIST
const distMock = `${DIST}-mock`

describe('production build', () => {
  it('carries no msw code and no service worker', () => {
    const files = readdirSync(dist, { recursive: true }).map(String)
    expect(files).not.toContain('mockServiceWorker.js')
    const js = files
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`${dist}/${f}`, 'utf8'))
    expect(js.length).toBeGreaterThan(0)
    for (const code of js) {
      expect(code).not.toContain('mockServiceWorker')
      expect(code).not.toContain('示例代表甲')
    }
  })
})

describe('mock mode, built on purpose', () => {
  let browser: Browser
  let server: StaticServer

  beforeAll(async () => {
    await build({ mode: 'mock', logLevel: 'warn', build: { outDir: distMock, emptyOutDir: true } })
    browser = await launchBrowser()
    server = await startStaticServer({ root: distMock, basePath: '/demo/' })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('serves the illustrative multi-document data through the msw worker, labelled as such', async () => {
    const page = await browser.newPage()
    const errors = watchForErrors(page)
    await page.goto(server.url)
    await page.getByText('示例数据:以下内容为演示用的虚构数据,并非真实来源。').waitFor()
    await page.getByText('示例代表甲').first().waitFor()
    await page.getByText('示例代表乙、示例代表丙').first().waitFor()
    // The data never came from the server: the worker answered.
    expect(server.requests.some((path) => path.includes('/data/'))).toBe(false)
    expect(errors).toEqual([])
    await page.close()
  })

  it('plays a fault scenario: a 503 shows a localized error with a retry', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}?scenario=server-error`)
    const alert = page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toContain('HTTP 503')
    await page.getByRole('button', { name: '重试' }).first().waitFor()
    await page.close()
  })
})
