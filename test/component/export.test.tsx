import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { letterFiles } from '../support/real-data'

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

const real = { handlers: dataFileHandlers(letterFiles()) }
const BOM = '\uFEFF'

/** One CSV record's cells (RFC 4180 quoting). */
function csvCells(record: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < record.length; i++) {
    const ch = record[i]!
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

/** The CSV as one object per row, keyed by the header's column names. */
function csvTable(text: string): Map<string, Record<string, string>> {
  const [header, ...rows] = csvRecords(text).map(csvCells)
  return new Map(
    rows.map((cells) => [
      cells[0]!,
      Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])),
    ]),
  )
}

const HEADER = [
  '编号',
  '文件',
  '章节',
  '承诺',
  '类型',
  '类别',
  '状态',
  '状态说明',
  '进度',
  '各种读法(依据与推算)',
  '为何有两种读法',
  '期限',
  '期限提示',
  '未写明期限时已开放的天数',
  '距上次消息',
  '数字(原文)',
  '答复函原文',
  '原文核对',
  '最新证据的口径',
  '最新证据发布日期',
  '最新证据',
  '口径说明',
  '证据来源',
  '来源链接',
  '查看日期',
  '全部证据中最新的发布日期',
].join(',')

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
    expect(records[0]).toBe(HEADER)
    expect(records).toHaveLength(1 + 3)
    expect(text).toContain('km-153005-c-gap-5334')
    expect(text).toContain('量化目标')
    expect(
      within(bar).getByText('已下载 3 项承诺:commitments-2025-06-30.csv。'),
    ).toBeInTheDocument()
  })

  it('says in its cells what the screen says: label, caveat, readings, freshness, both dates', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments?asOf=2025-06-30' })
    await screen.findByText('显示 55 / 55 项承诺')
    // The quote check needs the letter's text: wait until the list has it.
    await vi.waitFor(() =>
      expect(document.querySelector('[data-quote-check="unchecked"]')).toBeNull(),
    )
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 CSV' }))
    const text = await readBlob(downloads[0]!.blob)
    const table = csvTable(text)
    expect(table.size).toBe(55)

    const patents = table.get('km-153005-c-patents-60')!
    expect(patents).toMatchObject({
      类型: '预计成效',
      状态: '待评估',
      进度: '暂无同口径数值,不计算进度',
      最新证据的口径: '相关但不同口径',
      最新证据: '13个省市一体化重大科技项目申请各类知识产权231项。',
      距上次消息: '最近一条证据发布于 2025年2月20日,距查看日期 130 天',
      原文核对: '答复函原文',
      查看日期: '查看日期 2025年6月30日',
      全部证据中最新的发布日期: '最新证据发布于 2025年2月20日',
    })
    expect(patents['口径说明']).toMatch(/^这条证据的统计口径与承诺不同,只作参考,不计入进度。/)
    expect(patents['口径说明']).toContain('不等于答复预计的“发明专利60余项”')
    expect(patents['数字(原文)']).toBe('超过 60 项发明专利申请(60余项)')

    const sales = table.get('km-153005-c-sales-5b')!
    expect(sales['最新证据的口径']).toBe('相关但不同口径')
    expect(sales['口径说明']).toContain('营业收入不等于答复预计的“相关新产品销售规模”')

    // Two readings, each with its basis, the derived one with its arithmetic in words.
    const projects = table.get('km-153005-c-projects-20')!
    expect(projects['进度']).toBe(
      '两种读法:不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)',
    )
    expect(projects['各种读法(依据与推算)']).toBe(
      '不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)',
    )
    expect(projects['为何有两种读法']).toContain('原文未说明基数(12)是否计入目标')
    expect(projects['进度']).not.toContain('%')
    expect(projects['口径说明']).toContain('不作为“立项20个以上”的进度值')

    // The undated promise: how long it has been open; its figure in words, not "= 5334万元".
    const gap = table.get('km-153005-c-gap-5334')!
    expect(gap['未写明期限时已开放的天数']).toBe('未写明期限 · 自答复函起已 742 天')
    expect(gap['数字(原文)']).toBe('5334万元(5334万元)')
    expect(gap['最新证据的口径']).toBe('暂无公开进展证据')
    expect(gap['距上次消息']).toBe(
      '自答复函(2023年6月19日)以来 742 天,没有公开证据(已超过一年没有新消息)',
    )
    expect(table.get('km-153005-c-funds-300m')!['数字(原文)']).toBe('不少于 3亿元(3亿元以上)')
    // Figures in words, not notation, in every cell, the status reason's included.
    for (const row of table.values()) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/[=≥≤<>]\s?\d/)
    }

    // A reported result: its kind, and no status at all.
    const result = table.get('km-153005-c-funding-187m')!
    expect(result).toMatchObject({ 类型: '已报告的成果', 状态: '', 状态说明: '', 进度: '' })
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
    // The same words as the screen, beside the codes.
    expect(json).toMatchObject({
      newestEvidence: '2025-02-20',
      dates: { asOf: '查看日期 2025年6月30日', newestEvidence: '最新证据发布于 2025年2月20日' },
    })
    expect(projects).toMatchObject({
      status: 'in-progress',
      statusLabel: '推进中',
      percent: null,
      evidenceLabel: '相关但不同口径',
      latestEvidence: { comparability: 'related-metric', comparabilityLabel: '相关但不同口径' },
      comparableEvidence: { comparability: 'same-metric', value: 3, caveat: null },
      figure: { comparator: '>=', value: 20, text: '不少于 20 个省市一体化项目' },
    })
    expect(projects.latestEvidence.caveat).toMatch(/^这条证据的统计口径与承诺不同/)
    expect(projects.readings).toEqual([
      expect.objectContaining({ basis: 'excluding-baseline', value: 3, derived: null }),
      expect.objectContaining({
        basis: 'including-baseline',
        basisLabel: '计入基数',
        value: 15,
        derived: '推算值,原文未写明:12加3',
      }),
    ])
    expect(projects.freshness).toMatchObject({ basis: 'evidence', days: 130, quiet: false })
    const gap = json.commitments.find((c: { id: string }) => c.id === 'km-153005-c-gap-5334')
    expect(gap).toMatchObject({
      openDays: 742,
      openDaysText: '未写明期限 · 自答复函起已 742 天',
      evidenceLabel: '暂无公开进展证据',
      latestEvidence: null,
      progress: '暂无同口径数值,不计算进度',
    })
  })

  it('gives a reported result no status in JSON, only its kind', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    renderApp({ ...real, route: '/commitments?kind=result&asOf=2025-06-30' })
    await screen.findByText(/^显示 \d+ \/ 55 项承诺$/)
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 JSON' }))
    const json = JSON.parse(await readBlob(downloads[0]!.blob))
    expect(json.count).toBeGreaterThan(0)
    for (const c of json.commitments) {
      expect(c).toMatchObject({
        kind: 'result',
        kindLabel: '已报告的成果',
        status: null,
        statusLabel: null,
        statusReason: null,
        progress: null,
        freshness: null,
        openDays: null,
      })
    }
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
    // Both dates, as under the PNG (the same line is its caption).
    expect(json).toMatchObject({
      id: 'targets',
      asOf: '2025-06-30',
      newestEvidence: '2025-02-20',
      dates: '查看日期 2025年6月30日 · 最新证据发布于 2025年2月20日',
    })
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
    await screen.findByRole('heading', { name: '一览:目标进度、承诺状态、资金与期限' })
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
