import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

/**
 * Servers that fail and networks that drop, end to end: the production build (real query client:
 * retries with backoff, offlineFirst) on a plain static server whose `intercept` plays the fault.
 */
const BASE = '/apps/commitments/'
const INDEX = `${BASE}data/index.json`
const COMMITMENTS = `${BASE}data/km-153005/commitments.json`
const GAP = '[data-commitment-id="km-153005-c-gap-5334"]'

type Fault = (req: IncomingMessage, res: ServerResponse, path: string) => boolean
let fault: Fault = () => false
const requests = new Map<string, number>()

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({
    root: DIST,
    basePath: BASE,
    intercept: (req, res, path) => {
      requests.set(path, (requests.get(path) ?? 0) + 1)
      return fault(req, res, path)
    },
  })
})
afterEach(() => {
  fault = () => false
  requests.clear()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Console errors other than the browser's own note that a request failed (the point here). */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !error.startsWith('Failed to load resource'))

const shipped = (file: string) => readFileSync(join(DIST, 'data', file))

describe('network faults in Chromium', () => {
  it('503, retried by itself, then "try again" recovers once the server does', async () => {
    let down = true
    fault = (_req, res, path) => {
      if (path !== INDEX || !down) return false
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable')
      return true
    }
    const page = await browser.newPage()
    const errors = watchForErrors(page)
    await page.goto(server.url)
    // The query client retries a 503 twice with backoff, and the page says so meanwhile.
    await page.getByText('正在第 1 次重试…', { exact: false }).waitFor()
    const alert = page.getByRole('alert').filter({ hasText: 'index.json' })
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.textContent()).toContain('服务器暂时出错(HTTP 503)')
    expect(requests.get(INDEX)).toBeGreaterThanOrEqual(3)

    down = false
    await alert.getByRole('button', { name: '重试' }).click()
    await page.locator(GAP).waitFor()
    expect(await page.getByRole('alert').filter({ hasText: 'index.json' }).count()).toBe(0)
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('a 10-second response: after ~2 s the page names the file it is waiting for', async () => {
    fault = (_req, res, path) => {
      if (path !== COMMITMENTS) return false
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
        res.end(shipped('km-153005/commitments.json'))
      }, 10_000)
      return true
    }
    const page = await browser.newPage()
    const errors = watchForErrors(page)
    const started = Date.now()
    await page.goto(server.url)
    await page.getByText('仍在等待服务器发送:km-153005/commitments.json').waitFor()
    const shownAfter = Date.now() - started
    expect(shownAfter).toBeGreaterThanOrEqual(1_500)
    expect(shownAfter).toBeLessThan(6_000)
    // Not frozen: the counter moves and the navigation answers.
    await page.getByText(/已等待 [4-9] 秒/).waitFor()
    expect(await page.getByRole('link', { name: '资金' }).isEnabled()).toBe(true)
    await page.locator(GAP).waitFor({ timeout: 15_000 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000)
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('a response cut off in the middle: says so, retries, and recovers', async () => {
    let cutting = true
    fault = (_req, res, path) => {
      if (path !== COMMITMENTS || !cutting) return false
      const body = shipped('km-153005/commitments.json')
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(body.length),
      })
      // Half the bytes, then the connection drops.
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
      return true
    }
    const page = await browser.newPage()
    const errors = watchForErrors(page)
    await page.goto(server.url)
    const item = page
      .locator('.data-problems li')
      .filter({ hasText: 'km-153005/commitments.json:传输中断:只收到了文件的一部分' })
    await item.waitFor({ timeout: 20_000 })
    // The rest of the letter is there; the commitments are not, and say why.
    await page.getByText('陈力').first().waitFor()
    expect(await page.locator(GAP).count()).toBe(0)

    cutting = false
    await item.getByRole('button', { name: '重试' }).click()
    await page.locator(GAP).waitFor()
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('offline after a first load: the data stays, marked with the time it was fetched', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(server.url)
    await page.locator(GAP).waitFor()
    // "After a first load": the page has finished loading, including the other views' code that
    // it fetches in the background once the first view is on screen.
    await page.waitForLoadState('networkidle')

    await context.setOffline(true)
    const notice = page.getByText(/^离线:显示的是 \d{2}:\d{2} 获取的数据$/)
    await notice.waitFor()
    // Fetching again while offline fails; nothing is taken off the screen.
    await page.getByRole('button', { name: '重新获取数据' }).click()
    await page.waitForTimeout(1_000)
    expect(await page.locator(GAP).count()).toBe(1)
    expect(await notice.count()).toBe(1)
    // Other views still work from the data in memory. Chart code not yet downloaded cannot
    // arrive: each chart says so in its own place, the figures and tables are all there.
    const nav = page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('link', { name: '资金' }).click()
    await page.getByText('18700万元').first().waitFor()
    await page.getByText('这部分的程序代码未能下载', { exact: false }).first().waitFor()
    expect(await page.getByRole('button', { name: '重新加载页面' }).count()).toBe(0)
    expect(await notice.count()).toBe(1)
    await nav.getByRole('link', { name: '答复函' }).click()
    await page.getByText('陈力').first().waitFor()

    await context.setOffline(false)
    await notice.waitFor({ state: 'detached', timeout: 15_000 })
    // React reports the contained chunk failures on the console; nothing else may appear.
    const chunkFailure = /dynamically imported module/
    expect(unexpected(errors).filter((error) => !chunkFailure.test(error))).toEqual([])
    await context.close()
  })
})
