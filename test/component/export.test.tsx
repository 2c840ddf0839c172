import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

interface Download {
  name: string
  blob: Blob
}

/** jsdom has no blob: URLs and no downloads: record what would have been saved. */
function captureDownloads(): Download[] {
  const downloads: Download[] = []
  const blobs = new Map<string, Blob>()
  let next = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) downloads.push({ name: this.download, blob })
  })
  return downloads
}

afterEach(() => vi.restoreAllMocks())

/** The blob's text with its byte-order mark kept (jsdom's Blob has no text()). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

const real = { handlers: dataFileHandlers(realDataFiles()) }
const BOM = '\uFEFF'

/** Splits CSV text into records, honouring quoted newlines. */
function csvRecords(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .filter(Boolean)
}

describe('exporting the filtered commitments list', () => {
  it('downloads exactly the rows the list shows, as CSV with a BOM', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments?kind=target&asOf=2025-06-30' })
    await screen.findByText('显示 3 / 55 项承诺')
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 CSV' }))

    expect(downloads).toHaveLength(1)
    const { name, blob } = downloads[0]!
    expect(name).toBe('commitments-2025-06-30.csv')
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const text = await readBlob(blob)
    expect(text.startsWith(BOM)).toBe(true)
    const records = csvRecords(text)
    expect(records[0]).toBe(
      '编号,文件,章节,承诺,类型,类别,状态,状态说明,期限,期限提示,数字(原文),答复函原文,最新证据发布日期,最新证据,证据来源,来源链接',
    )
    expect(records).toHaveLength(1 + 3)
    expect(text).toContain('km-153005-c-gap-5334')
    expect(text).toContain('量化目标')
    expect(
      within(bar).getByText('已下载 3 项承诺:commitments-2025-06-30.csv。'),
    ).toBeInTheDocument()
  })

  it('follows the search box and the sort, like the list', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments?q=5334&asOf=2025-06-30' })
    const summary = await screen.findByText(/^显示 \d+ \/ 55 项承诺$/)
    const shown = Number(/显示 (\d+)/.exec(summary.textContent ?? '')![1])
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 CSV' }))
    const records = csvRecords(await readBlob(downloads[0]!.blob))
    expect(records).toHaveLength(1 + shown)
    for (const record of records.slice(1)) expect(record).toContain('5334')
  })

  it('downloads the same rows as JSON, with the filters and the evidence', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments?kind=target&asOf=2025-06-30' })
    await screen.findByText('显示 3 / 55 项承诺')
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 JSON' }))
    const { name, blob } = downloads[0]!
    expect(name).toBe('commitments-2025-06-30.json')
    const json = JSON.parse(await readBlob(blob))
    expect(json).toMatchObject({ asOf: '2025-06-30', count: 3, total: 55 })
    expect(json.filters.kind).toEqual(['target'])
    const projects = json.commitments.find(
      (c: { id: string }) => c.id === 'km-153005-c-projects-20',
    )
    expect(projects.latestEvidence.source.date).toBe('2025-02-20')
    expect(projects.quote).toContain('20个以上')
  })
})

describe('exporting a chart', () => {
  it('downloads the chart’s table as CSV and JSON', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/?asOf=2025-06-30' })
    const frame = await screen.findByRole('figure', { name: '各项目标的完成进度' })
    await user.click(within(frame).getByRole('button', { name: '下载 CSV' }))
    await user.click(within(frame).getByRole('button', { name: '下载 JSON' }))
    expect(downloads.map((d) => d.name)).toEqual([
      'targets-2025-06-30.csv',
      'targets-2025-06-30.json',
    ])
    const records = csvRecords(await readBlob(downloads[0]!.blob))
    expect(records[0]).toBe('目标,目标值,最新同口径数值,完成百分比')
    expect(records).toHaveLength(1 + 3)
    const json = JSON.parse(await readBlob(downloads[1]!.blob))
    expect(json).toMatchObject({ id: 'targets', asOf: '2025-06-30' })
    expect(json.source).toBe('来源:第153005号建议 · 昆明市科学技术局 · 2023年6月19日')
    expect(json.rows).toHaveLength(3)
  })
})

describe('copy embed code', () => {
  it('copies the iframe and script tag for this sub-path, and says so', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/?asOf=2025-06-30' })
    const frame = await screen.findByRole('figure', { name: '各项目标的完成进度' })
    await user.click(within(frame).getByRole('button', { name: '复制嵌入代码' }))
    const copied = await navigator.clipboard.readText()
    const page = `${window.location.origin}${window.location.pathname}`
    expect(copied).toContain(
      `<iframe data-commitment-tracker src="${page}?embed=targets&amp;lang=zh-CN#/?asOf=2025-06-30"`,
    )
    expect(copied).toContain(`<script src="${new URL('embed.js', page).href}" defer></script>`)
    expect(
      within(frame).getByText('已复制“各项目标的完成进度”的嵌入代码,可粘贴到其他网页。'),
    ).toBeInTheDocument()
  })

  it('is on the non-chart widgets too', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/' })
    await screen.findByRole('heading', { name: '总体情况' })
    for (const id of ['status', 'funding-summary', 'deadlines']) {
      const widget = document.querySelector(`[data-widget-id="${id}"]`) as HTMLElement
      await user.click(within(widget).getByRole('button', { name: '复制嵌入代码' }))
      expect(await navigator.clipboard.readText()).toContain(`?embed=${id}&`)
    }
  })

  it('falls back to a selected read-only box when the clipboard refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    renderApp({ ...real, route: '/' })
    const widget = await screen.findByRole('figure', { name: '各项承诺的状态' })
    await user.click(within(widget).getByRole('button', { name: '复制嵌入代码' }))
    const box = within(widget).getByRole('textbox', { name: '“各项承诺的状态”的嵌入代码' })
    expect(box).toHaveAttribute('readonly')
    expect((box as HTMLTextAreaElement).value).toContain('?embed=status')
    expect(box).toHaveFocus()
    expect(within(widget).getByText(/无法自动复制/)).toBeInTheDocument()
  })

  it('is offered for a commitment on its detail page', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments/km-153005-c-gap-5334' })
    await screen.findByRole('heading', {
      level: 1,
      name: '第二批一体化项目缺口资金5334万元足额拨付',
    })
    await user.click(await screen.findByRole('button', { name: '复制嵌入代码' }))
    expect(await navigator.clipboard.readText()).toContain(
      '?embed=commitment-km-153005-c-gap-5334&',
    )
  })
})
