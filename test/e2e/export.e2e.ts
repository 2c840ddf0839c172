import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import {
  CSP_REPORTER,
  startStaticServer,
  STRICT_CSP,
  type StaticServer,
} from './support/static-server'

/*
 * Downloads and print, on the built app under the intranet's strict CSP: CSV (with BOM) and JSON
 * of the filtered list and of a chart's table, a PNG of a chart with its caption, and the A4
 * report.
 */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url))
const AS_OF = '2025-06-30'
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({
    root: DIST,
    basePath: '/a/b/c/',
    headers: { 'Content-Security-Policy': STRICT_CSP },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface Watched {
  context: BrowserContext
  page: Page
  violations: string[]
  errors: string[]
}

async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  })
  const violations: string[] = []
  await context.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text))
  await context.addInitScript(CSP_REPORTER)
  const page = await context.newPage()
  return { context, page, violations, errors: watchForErrors(page) }
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(await file.path()) }
}

/** CSV records, honouring quoted line breaks. */
function csvRecords(text: string): string[] {
  return text.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean)
}

describe('export on the built app under the strict CSP', () => {
  it('downloads the filtered list as CSV (UTF-8 with BOM) and JSON', async () => {
    const { context, page, violations, errors } = await watchedPage()
    // The 153005 letter's targets: the site carries letters of several bodies.
    await page.goto(`${server.url}#/commitments?kind=target&doc=km-153005&asOf=${AS_OF}`)
    const counted = page.getByText(/^显示 3 \/ \d+ 项承诺$/)
    await counted.waitFor()
    const total = Number(/\/ (\d+)/.exec((await counted.textContent()) ?? '')?.[1])
    const bar = page.locator('[data-export="commitments"]')

    const csv = await download(page, () => bar.getByRole('button', { name: '下载 CSV' }).click())
    expect(csv.name).toBe(`commitments-${AS_OF}.csv`)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = csvRecords(csv.bytes.toString('utf8').slice(1))
    expect(records).toHaveLength(1 + 3)
    expect(records[0]).toMatch(/^编号,文件,章节,承诺,/)
    expect(records.slice(1).every((r) => r.includes(',量化目标,'))).toBe(true)
    expect(csv.bytes.toString('utf8')).toContain('km-153005-c-gap-5334')

    const json = await download(page, () => bar.getByRole('button', { name: '下载 JSON' }).click())
    expect(json.name).toBe(`commitments-${AS_OF}.json`)
    const body = JSON.parse(json.bytes.toString('utf8'))
    expect(body).toMatchObject({ asOf: AS_OF, count: 3, total })
    expect(body.commitments.map((c: { kind: string }) => c.kind)).toEqual([
      'target',
      'target',
      'target',
    ])
    await page.getByText('已下载 3 项承诺').first().waitFor()

    // Another filter, another file: search narrows the export exactly as it narrows the list.
    await page.goto(`${server.url}#/commitments?q=5334&doc=km-153005&asOf=${AS_OF}`)
    const shown = Number(
      /显示 (\d+)/.exec(
        (await page.getByText(new RegExp(`^显示 \\d+ / ${total} 项承诺$`)).textContent()) ?? '',
      )![1],
    )
    const searched = await download(page, () =>
      bar.getByRole('button', { name: '下载 CSV' }).click(),
    )
    expect(csvRecords(searched.bytes.toString('utf8').slice(1))).toHaveLength(1 + shown)
    console.info(
      `export: list CSV ${csv.bytes.length} bytes, 3 rows; search "5334" → ${shown} rows`,
    )

    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('downloads a chart’s table as CSV and the chart as a PNG with its caption', async () => {
    const { context, page, violations, errors } = await watchedPage()
    await page.goto(`${server.url}#/?asOf=${AS_OF}`)
    // One targets chart for every letter shown (the first screen's), its table naming the letter.
    const frame = page.locator('[data-widget-id="targets"]').first()
    await frame.locator('.progress-bar').first().waitFor()

    const csv = await download(page, () => frame.getByRole('button', { name: '下载 CSV' }).click())
    expect(csv.name).toBe(`targets-${AS_OF}.csv`)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csvRecords(csv.bytes.toString('utf8').slice(1))[0]).toBe(
      '文件,目标,目标值,最新同口径数值,完成百分比',
    )

    const png = await download(page, () =>
      frame.getByRole('button', { name: '下载 PNG 图片' }).click(),
    )
    expect(png.name).toBe(`targets-${AS_OF}.png`)
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(png.bytes.length).toBeGreaterThan(10_000)
    const width = png.bytes.readUInt32BE(16)
    const height = png.bytes.readUInt32BE(20)
    expect(width).toBeGreaterThan(600)
    expect(height).toBeGreaterThan(200)
    writeFileSync(`${screenshots}export-targets.png`, png.bytes)
    console.info(`export: targets PNG ${png.bytes.length} bytes, ${width}×${height}`)

    // The file decodes as an image.
    const decoded = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      return { width: bitmap.width, height: bitmap.height }
    }, png.bytes.toString('base64'))
    expect(decoded).toEqual({ width, height })

    // A line chart too, on another page.
    // One body's funding (the 153005 letter's), as its own page shows it.
    await page.goto(`${server.url}#/funding?doc=km-153005&asOf=${AS_OF}`)
    const gap = page.locator('[data-widget-id="funding-gap-km-153005-f-second-batch-gap"]')
    // Charts draw when they come into view: scroll to it, as a reader would.
    await gap.scrollIntoViewIfNeeded()
    await gap.locator('svg.recharts-surface').waitFor()
    const gapPng = await download(page, () =>
      gap.getByRole('button', { name: '下载 PNG 图片' }).click(),
    )
    expect([...gapPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    writeFileSync(`${screenshots}export-funding-gap.png`, gapPng.bytes)

    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('prints the report on A4 in black and white, without navigation or controls', async () => {
    const { context, page, violations, errors } = await watchedPage()
    await page.goto(`${server.url}#/report?doc=km-153005&asOf=${AS_OF}`)
    await page.getByRole('heading', { level: 1, name: '承诺兑现情况报告' }).waitFor()
    expect(await page.locator('.report-item').count()).toBe(55)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-bar').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: '打印 / 另存为 PDF' }).isVisible()).toBe(false)
    expect(await page.locator('.language-switch').isVisible()).toBe(false)
    await page.screenshot({ path: `${screenshots}report-print.png`, fullPage: true })
    await page.screenshot({ path: `${screenshots}report-print-top.png` })
    await page
      .locator('.report-item[data-commitment-id="km-153005-c-projects-20"]')
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshots}report-print-item.png` })
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
    expect(pages).toBeGreaterThan(3)
    writeFileSync(`${screenshots}report.pdf`, pdf)
    console.info(`export: report PDF ${pdf.length} bytes, ${pages} A4 pages`)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
