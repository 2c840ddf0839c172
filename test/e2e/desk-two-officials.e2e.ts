import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { addUpdate, recordPublish } from './support/desk-steps'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer, type VirtualFile } from './support/static-server'

/*
 * Two officials keep the tracker, each in their own browser, drafting against the same published
 * files. A publishes first (the zip's files copied onto the server); B's review then replays B's
 * draft onto the server's files as they are now: A's update stays, B's joins it, and the review
 * says what a colleague published. The updates recorded are invented (illustrative, never
 * shipped).
 */

const BASE = '/apps/commitments/'
const GAP = 'km-153005-c-gap-5334'
const UPDATES = 'data/km-153005/updates.json'
const CHANGES = 'data/km-153005/changes.json'

let browser: Browser
let server: StaticServer
/** The server's data files that were replaced by a publish (path under the site → file). */
const publishedFiles: Record<string, VirtualFile> = {}

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST, basePath: BASE, files: publishedFiles })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function official() {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  })
  const page = await context.newPage()
  return { context, page, errors: watchForErrors(page) }
}

async function recordUpdate(page: Page, asOf: string, summary: string, id: string) {
  await page.goto(`${server.url}#/desk/evidence?c=${GAP}`)
  await addUpdate(page, {
    进展截至日期: asOf,
    '达到的数值(元)': '1000万元',
    发生了什么: summary,
    来源标题: '示例:资金拨付通知',
    来源发布日期: asOf,
  })
  await page.getByText(`进展记录 ${id} 已加入草稿。`).waitFor()
}

/** Reviews and downloads the zip; returns its files by path ("data/…"). */
async function downloadFiles(page: Page, name: string): Promise<Record<string, string>> {
  await page.goto(`${server.url}#/desk/review`)
  await recordPublish(page, name)
  await page.getByText(/检查通过/).waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载全部要发布的文件(zip)' }).click(),
  ])
  const unzipped = unzipSync(readFileSync(await download.path()))
  return Object.fromEntries(
    Object.entries(unzipped).map(([path, bytes]) => [path, strFromU8(bytes)]),
  )
}

/** What the intranet team does with the zip: its files replace the ones on the server. */
function copyToServer(files: Record<string, string>) {
  for (const [path, body] of Object.entries(files)) {
    publishedFiles[`${BASE}${path}`] = { body }
  }
}

const updateIds = (text: string) =>
  (JSON.parse(text) as { updates: Array<{ id: string }> }).updates.map((update) => update.id)

describe('two officials, one after the other', () => {
  it('keeps both officials’ updates when the second publishes after the first', async () => {
    const a = await official()
    const b = await official()
    // Both begin from the shipped files.
    await recordUpdate(
      a.page,
      '2023-09-30',
      '第一笔缺口资金已拨付(示例,A 记录)。',
      'km-153005-u-2023-09-30',
    )
    await recordUpdate(
      b.page,
      '2023-12-31',
      '第二笔缺口资金已拨付(示例,B 记录)。',
      'km-153005-u-2023-12-31',
    )

    const fromA = await downloadFiles(a.page, '示例记录人甲')
    expect(updateIds(fromA[UPDATES]!)).toContain('km-153005-u-2023-09-30')
    copyToServer(fromA)

    // B's review reads the server again: A's update is reported as a colleague's, and kept.
    await b.page.goto(`${server.url}#/desk/review`)
    const merge = b.page.locator('section', {
      has: b.page.getByRole('heading', { name: '与已发布数据合并' }),
    })
    await merge.getByText(/^另一位同事已发布了 .*153005.* 的 1 条新进展。$/).waitFor()
    expect(await merge.locator('[data-conflict-key]').count()).toBe(0)
    // Only B's own change is listed as B's; nothing of A's shows as removed.
    const item = b.page.locator(`[data-commitment-id="${GAP}"]`)
    await item.getByText('第二笔缺口资金已拨付(示例,B 记录)。').waitFor()
    expect(await item.getByText('第一笔缺口资金已拨付(示例,A 记录)。').count()).toBe(0)
    expect(await b.page.getByText('删除', { exact: true }).count()).toBe(0)

    const fromB = await downloadFiles(b.page, '示例记录人乙')
    const ids = updateIds(fromB[UPDATES]!)
    expect(ids).toContain('km-153005-u-2023-09-30')
    expect(ids).toContain('km-153005-u-2023-12-31')
    // The letter's public record keeps A's publish and adds B's after it.
    const log = JSON.parse(fromB[CHANGES]!) as {
      entries: Array<{ recordedBy: string; changes: Array<{ itemId: string; action: string }> }>
    }
    expect(log.entries.map((entry) => entry.recordedBy)).toEqual(['示例记录人甲', '示例记录人乙'])
    expect(log.entries.map((entry) => entry.changes.map((c) => [c.itemId, c.action]))).toEqual([
      [['km-153005-u-2023-09-30', 'added']],
      [['km-153005-u-2023-12-31', 'added']],
    ])
    copyToServer(fromB)

    // On the dashboard, both updates are now published (in the commitment's evidence).
    const reader = await official()
    await reader.page.goto(`${server.url}#/commitments/${GAP}`)
    for (const summary of [
      '第一笔缺口资金已拨付(示例,A 记录)。',
      '第二笔缺口资金已拨付(示例,B 记录)。',
    ]) {
      await reader.page.getByText(summary).first().waitFor({ state: 'attached' })
    }
    // The commitment's history names who recorded each, newest first.
    const history = reader.page.getByRole('region', { name: '记录' })
    await history.getByText(/新增一条进展证据 · 记录人 示例记录人乙/).waitFor()
    expect(await history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('记录人 示例记录人乙'),
      expect.stringContaining('记录人 示例记录人甲'),
    ])
    expect(reader.errors).toEqual([])
    await reader.context.close()
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
    await a.context.close()
    await b.context.close()
  })

  it('two tabs of one browser both adding an update before either saved keep both', async () => {
    const { context, page, errors } = await official()
    const second = await context.newPage()
    const fill = async (tab: Page, asOf: string, summary: string) => {
      await tab.goto(`${server.url}#/desk/evidence?c=${GAP}`)
      const form = tab.getByRole('form', { name: '添加进展记录' })
      await form.getByLabel('进展截至日期', { exact: true }).fill(asOf)
      await form.getByLabel('达到的数值(元)', { exact: true }).fill('1000万元')
      await form.getByLabel('发生了什么', { exact: true }).fill(summary)
      await form.getByLabel('来源标题', { exact: true }).fill('示例:资金拨付通知')
      await form.getByLabel('来源发布日期', { exact: true }).fill(asOf)
      return form.getByRole('button', { name: '加入草稿' })
    }
    const addFirst = await fill(page, '2024-03-31', '第一个标签页记录的进展(示例)。')
    const addSecond = await fill(second, '2024-06-30', '第二个标签页记录的进展(示例)。')
    // Both within the save delay: each tab holds an edit the other has not seen.
    await Promise.all([addFirst.click(), addSecond.click()])
    await page.getByText('进展记录 km-153005-u-2024-03-31 已加入草稿。').waitFor()
    await second.getByText('进展记录 km-153005-u-2024-06-30 已加入草稿。').waitFor()
    await second.close()

    await page.reload()
    await page.goto(`${server.url}#/desk/review`)
    const item = page.locator(`[data-commitment-id="${GAP}"]`)
    await item.getByText('第一个标签页记录的进展(示例)。').waitFor()
    await item.getByText('第二个标签页记录的进展(示例)。').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
