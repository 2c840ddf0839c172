import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { addUpdate, recordPublish } from './support/desk-steps'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { referenceShot } from './support/reference-shot'
import {
  CSP_REPORTER,
  startStaticServer,
  STRICT_CSP,
  type StaticServer,
  type VirtualFile,
} from './support/static-server'

/*
 * The data desk on the built app, under the intranet's strict CSP: an official pastes a letter
 * (invented for this test: illustrative, never shipped), accepts the scanner's proposals, records
 * progress on the new target and a payment of the real 5334万元 gap (the payment is invented
 * too), previews, downloads the zip, and the files, served next to the shipped data, show the
 * new letter and statuses on the dashboard.
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const BASE = '/apps/commitments/'
const AS_OF = '2026-06-30'

const LETTER = [
  '关于市第十六届人大一次会议第160001号建议答复的函',
  '王明代表:',
  '您提出的《关于加快科技成果转化的建议》收悉,现答复如下:',
  '一、下一步工作计划',
  '(一)加强项目储备。下一步,我局将力争2026年底前新增项目20个以上,投入资金5000万元。',
  '(二)完善工作机制。对重点任务实行季度通报。',
  '感谢您对科技工作的关心和支持。',
  '2025年6月30日',
].join('\n')

const TARGET = 'km-160001-c-count-20'
const GAP = 'km-153005-c-gap-5334'

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({
    root: DIST,
    basePath: BASE,
    headers: { 'Content-Security-Policy': STRICT_CSP },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function watchedPage(): Promise<{
  context: BrowserContext
  page: Page
  violations: string[]
  errors: string[]
}> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  })
  const violations: string[] = []
  await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text))
  await context.addInitScript(CSP_REPORTER)
  const page = await context.newPage()
  return { context, page, violations, errors: watchForErrors(page) }
}

/** Fills the progress-update form of the commitment open on the evidence page. */
describe('data desk, end to end on the built app', () => {
  it('pasted letter → proposals → evidence → preview → zip → the dashboard shows it', async () => {
    const { context, page, violations, errors } = await watchedPage()

    // 1. Add the letter: paste, check the details read from the text (correcting the session,
    // confirming the rest), add the one the letter does not state.
    await page.goto(`${server.url}#/desk/letter`)
    await page.getByLabel('答复函全文').fill(LETTER)
    await expectValue(page, '数据编号', 'km-160001')
    await expectValue(page, '答复日期', '2025-06-30')
    await page.getByLabel('会议', { exact: true }).fill('市第十六届人民代表大会第一次会议')
    await page.getByLabel('答复单位', { exact: true }).fill('市科学技术局')
    const guess = page.getByRole('button', { name: /^确认/ })
    while ((await guess.count()) > 0) await guess.first().click()
    await page.getByRole('button', { name: '加入草稿,下一步:确定承诺' }).click()

    // 2. The scanner's proposals, for a person to decide.
    await page.getByRole('heading', { name: '系统找到的数字承诺(2 项,待处理 2 项)' }).waitFor()
    await page.getByText('草稿已自动保存在本浏览器中。').waitFor()
    await referenceShot(page, 'desk-letter-zh-1440')
    await page.getByRole('button', { name: '采纳 20个以上', exact: true }).click()
    await page.getByRole('button', { name: '采纳 5000万元', exact: true }).click()
    await page.getByText(`已采纳为 ${TARGET}`).waitFor()
    await page.getByText('已采纳为 km-160001-c-funds-50m').waitFor()

    // A selection in the text (the real Selection API) becomes a commitment quoting it verbatim.
    await page.evaluate(() => {
      const node = [...document.querySelectorAll('.desk-letter-text [data-start]')].find((el) =>
        el.textContent?.includes('对重点任务实行季度通报'),
      )!.firstChild!
      const range = document.createRange()
      const start = node.textContent!.indexOf('对重点任务')
      range.setStart(node, start)
      range.setEnd(node, start + '对重点任务实行季度通报'.length)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    })
    await page.getByRole('button', { name: '用所选文字新建承诺:“对重点任务实行季度通报”' }).click()
    const form = page.getByRole('form', { name: '用原文新建承诺' })
    await expectValue(page, '原文引文', '对重点任务实行季度通报')
    await form.getByRole('button', { name: '加入草稿' }).click()
    await page.getByRole('heading', { name: '本函的承诺(3 项)' }).waitFor()

    // 3. Evidence on the new target: 25 projects by the end of 2025 (invented).
    await page.goto(`${server.url}#/desk/evidence?c=${TARGET}`)
    await addUpdate(page, {
      进展截至日期: '2025-12-31',
      '达到的数值(个/项)': '25',
      发生了什么: '2025年新增项目25个(示例数据)。',
      来源标题: '示例:2025年工作总结',
      来源网址: 'https://example.gov.cn/report-2025',
      来源发布日期: '2026-01-15',
    })
    await page.getByText('进展记录 km-160001-u-2025-12-31 已加入草稿。').waitFor()

    // …and the 5334万元 gap "paid on 2023-09-30" (invented), with its disbursement.
    await page.goto(`${server.url}#/desk/evidence?c=${GAP}`)
    await addUpdate(page, {
      进展截至日期: '2023-09-30',
      '达到的数值(元)': '5334万元',
      发生了什么: '第二批一体化项目缺口资金已足额拨付(示例数据)。',
      来源标题: '示例:资金拨付通知',
      来源发布日期: '2023-10-08',
    })
    await page.getByText('进展记录 km-153005-u-2023-09-30 已加入草稿。').waitFor()
    const money = page.getByRole('form', { name: '记录资金拨付' })
    await money.getByLabel('金额').fill('5334万元')
    await money.getByLabel('日期', { exact: true }).fill('2023-09-30')
    await money.getByRole('button', { name: '加入草稿' }).click()
    await page.getByText('资金记录已加入草稿:市级第二批一体化项目缺口资金。').waitFor()

    // 4. Preview: the whole dashboard on the draft, with the banner.
    await page.goto(`${server.url}#/commitments/${TARGET}?preview=draft&asOf=${AS_OF}`)
    await page.getByText('预览:草稿尚未发布').waitFor()
    await page.getByRole('heading', { level: 1, name: '力争2026年底前新增项目20个以上' }).waitFor()
    await page.locator('.status-badge', { hasText: '已兑现' }).first().waitFor()
    await page.goto(`${server.url}#/funding?preview=draft&asOf=${AS_OF}`)
    const gap = page.locator(`.funding-gap[data-line-id="km-153005-f-second-batch-gap"]`)
    await gap.waitFor()
    expect(await gap.textContent()).not.toContain('暂无公开的拨付证据')
    await page.screenshot({ path: `${screenshots}desk-preview-funding.png`, fullPage: true })

    // 5. Review and download.
    await page.goto(`${server.url}#/desk/review`)
    await page.locator(`[data-commitment-id="${TARGET}"]`).waitFor()
    // No verdict is set (the status comes from the figure), so only who records it is asked.
    expect(await recordPublish(page, '示例记录人甲')).toBe(0)
    await page.getByText(/检查通过/).waitFor()
    await page.screenshot({ path: `${screenshots}desk-review.png`, fullPage: true })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载全部要发布的文件(zip)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^data-\d{4}-\d{2}-\d{2}\.zip$/)
    const unzipped = unzipSync(readFileSync(await download.path()))
    const files = Object.fromEntries(
      Object.entries(unzipped).map(([path, bytes]) => [path, strFromU8(bytes)]),
    )
    expect(Object.keys(files).sort()).toEqual([
      'data/index.json',
      'data/km-153005/changes.json',
      'data/km-153005/funding.json',
      'data/km-153005/updates.json',
      'data/km-160001/changes.json',
      'data/km-160001/commitments.json',
      'data/km-160001/document.json',
      'data/km-160001/funding.json',
      'data/km-160001/source.txt',
      'data/km-160001/updates.json',
    ])
    expect(files['data/km-160001/source.txt']).toBe(LETTER)
    // The new letter after every shipped one, which keep their order.
    const ids = (index: string) =>
      (JSON.parse(index) as { datasets: Array<{ id: string }> }).datasets.map((d) => d.id)
    expect(ids(files['data/index.json']!)).toEqual([
      ...ids(readFileSync('public/data/index.json', 'utf8')),
      'km-160001',
    ])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()

    // 6. Publish: the downloaded files over the shipped data, on a plain static server.
    const published: Record<string, VirtualFile> = Object.fromEntries(
      Object.entries(files).map(([path, body]) => [`${BASE}${path}`, { body }]),
    )
    const site = await startStaticServer({
      root: DIST,
      basePath: BASE,
      headers: { 'Content-Security-Policy': STRICT_CSP },
      files: published,
    })
    try {
      const fresh = await watchedPage()
      await fresh.page.goto(`${site.url}#/documents?asOf=${AS_OF}`)
      await fresh.page.getByRole('link', { name: '关于加快科技成果转化的建议' }).waitFor()
      await fresh.page.goto(`${site.url}#/commitments/${TARGET}?asOf=${AS_OF}`)
      await fresh.page
        .getByRole('heading', { level: 1, name: '力争2026年底前新增项目20个以上' })
        .waitFor()
      await fresh.page.locator('.status-badge', { hasText: '已兑现' }).first().waitFor()
      expect(await fresh.page.getByText('预览:草稿尚未发布').count()).toBe(0)
      // The publish's public record on the commitment's page: what was added, and by whom.
      await fresh.page
        .getByRole('region', { name: '记录' })
        .getByText('新增一条进展证据 · 记录人 示例记录人甲')
        .waitFor()
      await fresh.page.goto(`${site.url}#/funding?asOf=${AS_OF}`)
      const paid = fresh.page.locator(`.funding-gap[data-line-id="km-153005-f-second-batch-gap"]`)
      await paid.waitFor()
      expect(await paid.textContent()).not.toContain('暂无公开的拨付证据')
      expect(fresh.violations).toEqual([])
      expect(fresh.errors).toEqual([])
      await fresh.context.close()
    } finally {
      await site.close()
    }
  })

  it('works at 360 px in English without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    const errors = watchForErrors(page)
    for (const task of ['', '/evidence?c=km-153005-c-gap-5334', '/letter', '/review']) {
      await page.goto(`${server.url}#/desk${task}${task.includes('?') ? '&' : '?'}lang=en`)
      await page.getByRole('navigation', { name: 'Data desk steps' }).waitFor()
      await page.getByText(/saved in this browser|Saving the draft/).waitFor()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `#/desk${task}`).toBeLessThanOrEqual(0)
    }
    await page.screenshot({ path: `${screenshots}desk-review-en-360.png`, fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})

async function expectValue(page: Page, label: string, value: string) {
  await page.waitForFunction(
    ([name, expected]) =>
      [...document.querySelectorAll('label')].some(
        (el) =>
          el.textContent === name &&
          (document.getElementById(el.htmlFor) as HTMLInputElement | null)?.value === expected,
      ),
    [label, value] as const,
  )
}
