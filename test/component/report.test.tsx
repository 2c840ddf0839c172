import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import { renderApp } from '../support/render-app'
import { readShipped, letterFiles } from '../support/real-data'

const shipped = readShipped<CommitmentsFile>('km-153005/commitments.json').commitments
const real = { handlers: dataFileHandlers(letterFiles()) }
const EDITED_QUOTE = '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付'

afterEach(() => vi.restoreAllMocks())

function item(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.report-item[data-commitment-id="${id}"]`)
  if (!element) throw new Error(`no report item for ${id}`)
  return element
}

/** The cross-surface contract: `[data-field]` inside the commitment's element. */
function field(id: string, name: string): HTMLElement {
  const element = item(id).querySelector<HTMLElement>(`[data-field="${name}"]`)
  if (!element) throw new Error(`no ${name} for ${id}`)
  return element
}

/** The report once the letter's text is in and every quote has been checked against it. */
async function renderReport(route = '/report?asOf=2025-06-30', handlers = real.handlers) {
  renderApp({ handlers, route })
  await screen.findByRole('heading', { level: 1, name: '承诺兑现情况报告' })
  await vi.waitFor(() =>
    expect(document.querySelector('[data-quote-check="unchecked"]')).toBeNull(),
  )
}

function withEditedQuote(id: string, quote: string): DataFiles {
  const files = letterFiles()
  const file = files['km-153005/commitments.json'] as CommitmentsFile
  file.commitments.find((c) => c.id === id)!.quote = quote
  return files
}

describe('the printable report (#/report)', () => {
  it('states the view date and the newest evidence date, not "as of" the view date alone', async () => {
    await renderReport()
    const header = document.querySelector('.report-header') as HTMLElement
    expect(within(header).getByText('查看日期 2025年6月30日')).toBeInTheDocument()
    expect(within(header).getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
    expect(header.querySelector('[data-field="newest-evidence-date"]')).toHaveAttribute(
      'data-date',
      '2025-02-20',
    )
  })

  it('says when nothing was published by the view date', async () => {
    await renderReport('/report?asOf=2024-01-01')
    const header = document.querySelector('.report-header') as HTMLElement
    expect(within(header).getByText('查看日期 2024年1月1日')).toBeInTheDocument()
    expect(within(header).getByText('截至查看日期尚无公开证据')).toBeInTheDocument()
  })

  it('lists every commitment in the words of its one assessment', async () => {
    await renderReport()
    expect(document.querySelectorAll('.report-item')).toHaveLength(shipped.length)

    // No evidence, no deadline: not rated, how long it has been open, the silence as a fact.
    const gap = 'km-153005-c-gap-5334'
    expect(field(gap, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(field(gap, 'status')).toHaveTextContent('待评估')
    expect(field(gap, 'open-days')).toHaveTextContent('未写明期限 · 自答复函起已 742 天')
    expect(field(gap, 'freshness')).toHaveTextContent(
      '自答复函(2023年6月19日)以来 742 天,没有公开证据(已超过一年没有新消息)',
    )
    expect(field(gap, 'evidence-label')).toHaveTextContent('暂无公开进展证据')
    expect(item(gap)).toHaveTextContent('5334万元(原文:5334万元)')
    expect(item(gap)).not.toHaveTextContent('= 5334万元')
    expect(item(gap).querySelector('blockquote')).toHaveTextContent(
      '“确保市级第二批一体化项目缺口资金5334万元及时、足额拨付”',
    )

    // A related metric under a forecast: labelled, with its caveat, never as progress.
    const patents = 'km-153005-c-patents-60'
    expect(field(patents, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(field(patents, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(item(patents)).toHaveTextContent('申请各类知识产权231项')
    expect(field(patents, 'caveat')).toHaveTextContent(
      '这条证据的统计口径与承诺不同,只作参考,不计入进度。',
    )
    expect(field(patents, 'caveat')).toHaveTextContent('不等于答复预计的“发明专利60余项”')
    expect(field('km-153005-c-sales-5b', 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field('km-153005-c-sales-5b', 'caveat')).toHaveTextContent('营业收入不等于')

    // Two readings (the letter does not say whether the 12 earlier projects count), no percent,
    // the derived figure with its arithmetic, and the like-for-like evidence they come from.
    const projects = 'km-153005-c-projects-20'
    const progress = field(projects, 'progress')
    expect(progress).toHaveAttribute('data-readings', '2')
    expect(progress).toHaveTextContent('不计入基数 12:3 / 20')
    expect(progress).toHaveTextContent('计入基数 12:15 / 20(推算值,原文未写明:12加3)')
    expect(item(projects)).not.toHaveTextContent('完成目标的')
    expect(item(projects)).toHaveTextContent('原文未说明基数(12)是否计入目标')
    expect(field(projects, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field(projects, 'caveat')).toHaveTextContent('不作为“立项20个以上”的进度值')
    expect(field(projects, 'comparable-evidence')).toHaveTextContent(
      '同口径数据 2024年2月22日 · 2023年全市新增“工业与安防信息感知关键技术研发”等3个省市一体化重大项目。',
    )
    // The newest evidence, with its source written out in full for paper.
    expect(item(projects)).toHaveTextContent('2025年2月20日')
    expect(item(projects)).toHaveTextContent('https://yn.yunnan.cn/system/2025/02/20/033398581.s')

    // A money target: its figure in words, no evidence, no reading.
    const funds = 'km-153005-c-funds-300m'
    expect(item(funds)).toHaveTextContent('不少于 3亿元(原文:3亿元以上)')
    expect(field(funds, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
  })

  it('labels a reported result by its kind, with no status badge and outside the totals', async () => {
    await renderReport()
    const result = 'km-153005-c-funding-187m'
    expect(field(result, 'status')).toHaveAttribute('data-status', 'none')
    expect(field(result, 'status')).toHaveTextContent('已报告的成果')
    expect(item(result).querySelector('.status-badge')).toBeNull()
    expect(item(result).querySelector('.deadline-light')).toBeNull()

    const results = shipped.filter((c) => c.kind === 'result').length
    const counted = [...document.querySelectorAll('[data-field="status-totals"] li')].reduce(
      (sum, li) => sum + Number(li.getAttribute('data-count')),
      0,
    )
    expect(counted).toBe(shipped.length - results)
    expect(
      document.querySelectorAll('.report-item [data-field="status"]:not([data-status="none"])'),
    ).toHaveLength(counted)
    expect(
      screen.getByText(
        `${shipped.length - results} 项需要追踪的承诺,另有 ${results} 项答复函报告的已完成成果(不计入状态统计)。`,
      ),
    ).toBeInTheDocument()
  })

  it('warns when a quote is not in the letter instead of calling it the letter’s words', async () => {
    const gap = 'km-153005-c-gap-5334'
    await renderReport(
      '/report?asOf=2025-06-30',
      dataFileHandlers(withEditedQuote(gap, EDITED_QUOTE)),
    )
    const quote = item(gap).querySelector('[data-quote-check]') as HTMLElement
    expect(quote).toHaveAttribute('data-quote-check', 'not-found')
    expect(quote).toHaveTextContent('未能在答复函全文中找到这段原文,请核对数据')
    expect(within(quote).queryByText('答复函原文')).toBeNull()
    expect(quote).not.toHaveTextContent(`“${EDITED_QUOTE}”`)
    // The others still are the letter's words.
    expect(item('km-153005-c-projects-20').querySelector('[data-quote-check]')).toHaveAttribute(
      'data-quote-check',
      'found',
    )
  })

  it('names the letter and counts, and prints with the browser’s dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    renderApp({ ...real, route: '/report' })
    await screen.findByRole('heading', { level: 2, name: /第153005号建议/ })
    expect(screen.getByText(/昆明市科学技术局/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('is in the navigation and reads in English', async () => {
    renderApp({ ...real, route: '/report?asOf=2025-06-30', lang: 'en' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report on commitments kept' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Print report' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(screen.getByText('View date Jun 30, 2025')).toBeInTheDocument()
    expect(screen.getByText('newest evidence published Feb 20, 2025')).toBeInTheDocument()
    expect(
      item('km-153005-c-patents-60').querySelector('[data-field="evidence-label"]'),
    ).toHaveTextContent('related, not the same metric')
  })
})
