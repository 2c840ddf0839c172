import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { recordPublish } from './support/desk-steps'
import {
  CSP_REPORTER,
  startStaticServer,
  STRICT_CSP,
  type StaticServer,
  type VirtualFile,
} from './support/static-server'

/*
 * A letter from any body, end to end on the built app: a real reply in Traditional characters
 * (a township's, test/fixtures/letters/huidong-pingshan-2020-s20202009: no heading, no session,
 * filers written "卓秀梅等", a promise with only a deadline, an estimated cost) goes through the
 * desk: its details read from the text and confirmed, "not stated" chosen where the letter
 * states nothing, the scanner's deadline-only promise and the cost accepted, the cost made a
 * funding line. Published over the shipped data on a plain static server, the letter shows on the
 * overview, the list, its detail page, the letter view and the funding page.
 */

const BASE = '/apps/commitments/'
const AS_OF = '2026-06-30'
const FIXTURE = 'test/fixtures/letters/huidong-pingshan-2020-s20202009'
const LETTER = readFileSync(`${FIXTURE}/letter.txt`, 'utf8')
const SOURCE = JSON.parse(readFileSync(`${FIXTURE}/source.json`, 'utf8')) as { script: string }

const DATASET = 'hd-pingshan-2020-20202009'
const PROMISE = `${DATASET}-c-due-2021-01-31`
const COST = `${DATASET}-c-cost-0-12m`
const LINE = `${DATASET}-f-cost-0-12m`
const RESPONDENT = '惠東縣人民政府平山街道辦事處'
const PROMISE_WORDS = '計劃于2021年1月組織實施'
/** Days from the promise's deadline (end of January 2021) to the view date: it is overdue. */
const DAYS_OVERDUE = (Date.UTC(2026, 5, 30) - Date.UTC(2021, 0, 31)) / 86_400_000

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

/** Confirms, one by one, every detail the desk read from the text. */
async function confirmGuesses(page: Page) {
  const next = page.getByRole('button', { name: /^确认/ })
  while ((await next.count()) > 0) await next.first().click()
}

describe('a Traditional-character letter from a township, through the desk to the dashboard', () => {
  it('is a real Traditional letter', () => {
    expect(SOURCE.script).toBe('traditional')
    expect(LETTER).toContain('預算費用約12萬元')
  })

  it('intake → deadline-only promise and money line → zip → every surface shows it', async () => {
    const { context, page, violations, errors } = await watchedPage()

    // 1. The text, and the details read from it (in the letter's own characters), checked.
    await page.goto(`${server.url}#/desk/letter`)
    await page.getByLabel('答复函全文').fill(LETTER)
    await expectValue(page, '建议或提案题目', '關于平山黃排小學周邊道路硬底化的建議')
    await expectValue(page, '提出人', '卓秀梅')
    await expectValue(page, '答复单位', RESPONDENT)
    await expectValue(page, '答复日期', '2020-10-15')
    await expectValue(page, '建议或提案编号', '20202009')
    const incomplete = page.getByRole('checkbox', { name: '原文在姓名后写了“等”(名单不完整)' })
    expect(await incomplete.isChecked()).toBe(true)
    expect(await page.getByRole('combobox', { name: '答复单位层级' }).inputValue()).toBe('township')
    // The letter has no heading and names no session: "not stated" is chosen, not typed.
    await page.getByRole('checkbox', { name: '标题:原文未写明' }).check()
    await page.getByRole('checkbox', { name: '会议:原文未写明' }).check()
    await page.getByRole('textbox', { name: '数据编号' }).fill(DATASET)
    await confirmGuesses(page)
    await page.getByRole('button', { name: '加入草稿,下一步:确定承诺' }).click()

    // 2. The scanner read the Traditional text: accept the deadline-only promise and the cost.
    await page
      .getByRole('heading', { name: '系统找到的期限承诺(没有数字;1 项,待处理 1 项)' })
      .waitFor()
    await page.getByRole('button', { name: `采纳 ${PROMISE_WORDS}`, exact: true }).click()
    await page.getByText(`已采纳为 ${PROMISE}`).waitFor()
    await page.getByRole('button', { name: '采纳 約12萬元', exact: true }).click()
    await page.getByText(`已采纳为 ${COST}`).waitFor()
    await page.getByRole('button', { name: `为 ${COST} 建立资金项` }).click()
    const fund = page.getByRole('form', { name: /^资金项:/ })
    expect(await fund.getByLabel('阶段').inputValue()).toBe('needed')
    await fund.getByLabel('资金项名称').fill('黃排小學周邊道路硬底化')
    await fund.getByRole('button', { name: '加入草稿' }).click()
    await page.getByText('资金项“黃排小學周邊道路硬底化”已加入草稿。').waitFor()

    // 3. Review shows the new letter with its funding line; the zip holds its files.
    await page.goto(`${server.url}#/desk/review`)
    const review = page.locator(`[data-commitment-id="${COST}"]`)
    await review.getByText('黃排小學周邊道路硬底化(资金来源:原文未写明)').waitFor()
    await recordPublish(page, '示例记录人')
    await page.getByText(/检查通过/).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载全部要发布的文件(zip)' }).click(),
    ])
    const files = Object.fromEntries(
      Object.entries(unzipSync(readFileSync(await download.path()))).map(([path, bytes]) => [
        path,
        strFromU8(bytes),
      ]),
    )
    expect(Object.keys(files).sort()).toEqual(
      [
        'data/index.json',
        `data/${DATASET}/changes.json`,
        `data/${DATASET}/commitments.json`,
        `data/${DATASET}/document.json`,
        `data/${DATASET}/funding.json`,
        `data/${DATASET}/source.txt`,
        `data/${DATASET}/updates.json`,
      ].sort(),
    )
    expect(files[`data/${DATASET}/source.txt`]).toBe(LETTER)
    const document = JSON.parse(files[`data/${DATASET}/document.json`]!)
    expect(document).not.toHaveProperty('title')
    expect(document).not.toHaveProperty('session')
    expect(document).toMatchObject({
      number: '20202009',
      filingKind: 'suggestion',
      filersComplete: false,
      respondent: { name: RESPONDENT, level: 'township' },
      date: '2020-10-15',
    })
    expect(JSON.parse(files[`data/${DATASET}/funding.json`]!).lines).toEqual([
      expect.objectContaining({
        id: LINE,
        commitmentIds: [COST],
        entries: [expect.objectContaining({ stage: 'needed', amount: 120_000 })],
      }),
    ])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()

    // 4. Publish: the files over the shipped data, on a plain static server.
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
      const view = fresh.page

      // Overview: the letter's section, and the overdue promise among the deadlines.
      await view.goto(`${site.url}#/?asOf=${AS_OF}`)
      const section = view.locator(`section.dataset[data-dataset-id="${DATASET}"]`)
      await section.getByText(RESPONDENT).first().waitFor()
      const overdue = view.locator('.upcoming-deadlines li', { hasText: PROMISE_WORDS })
      await overdue.locator('[data-light="red"]').waitFor()

      // List: found by its Traditional words, not rated yet, overdue.
      await view.goto(
        `${site.url}#/commitments?q=${encodeURIComponent(PROMISE_WORDS)}&asOf=${AS_OF}`,
      )
      const row = view.locator(`[data-commitment-id="${PROMISE}"]`)
      await row.locator('.status-badge', { hasText: '待评估' }).waitFor()
      await row.locator('[data-light="red"]').waitFor()

      // Detail: its words, its status, its light with the days overdue.
      await view.goto(`${site.url}#/commitments/${PROMISE}?asOf=${AS_OF}`)
      const detail = view.locator(`article.commitment-detail[data-commitment-id="${PROMISE}"]`)
      await detail.getByRole('heading', { level: 1 }).waitFor()
      expect(await detail.textContent()).toContain(PROMISE_WORDS)
      await detail.locator('.status-badge', { hasText: '待评估' }).first().waitFor()
      const light = detail.locator('[data-light="red"]').first()
      await light.waitFor()
      expect(await light.textContent()).toContain(`逾期 ${DAYS_OVERDUE} 天`)

      // Letter view: the verbatim text with the promise marked, what is not stated said so.
      await view.goto(`${site.url}#/documents/${DATASET}?asOf=${AS_OF}`)
      const letter = view.locator(`article.source-letter[data-dataset-id="${DATASET}"]`)
      await letter.locator(`[data-commitment-id="${PROMISE}"]`).first().waitFor()
      expect(await letter.textContent()).toContain('原文未写明')
      expect(await letter.textContent()).toContain('預算費用約12萬元')

      // Funding page: the estimated cost as a line of its own, under the body that replied.
      await view.goto(`${site.url}#/funding?asOf=${AS_OF}`)
      const line = view.locator(`[data-line-id="${LINE}"]`).first()
      await line.waitFor()
      expect(await line.textContent()).toContain('12万元')
      const body = view.locator('section.funding-body', {
        has: view.locator(`[data-line-id="${LINE}"]`),
      })
      await body.locator('.funding-body-title', { hasText: RESPONDENT }).waitFor()

      expect(fresh.violations).toEqual([])
      expect(fresh.errors).toEqual([])
      await fresh.context.close()
    } finally {
      await site.close()
    }
  })
})
