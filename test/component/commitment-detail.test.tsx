import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import { server } from '../../mocks/node'
import {
  niceAxis,
  valueSeries,
} from '../../src/features/commitments/components/detail/value-points'
import type {
  BaselineRelation,
  Commitment,
  CommitmentsFile,
} from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { renderApp } from '../support/render-app'
import { letterFiles } from '../support/real-data'

const GAP = 'km-153005-c-gap-5334'
const GAP_QUOTE = '确保市级第二批一体化项目缺口资金5334万元及时、足额拨付'
/** A hand edit the letter does not say: the words of a payment the letter only promises. */
const EDITED_QUOTE = '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付'

// recharts and the page are loaded lazily; load them once up front so their first import does not
// eat the first test's time.
beforeAll(async () => {
  await import('../../src/features/commitments/components/detail/value-chart')
  await import('../../src/features/commitments/components/commitment-detail-page')
})
afterEach(() => vi.restoreAllMocks())

const section = (name: string) => within(screen.getByRole('region', { name }))
/** The contract every surface keeps: the fields of one commitment's assessment. */
const field = (name: string) =>
  document.querySelector<HTMLElement>(`article[data-commitment-id] [data-field="${name}"]`)

/** The shipped data with one commitment's quote replaced, as a careless hand edit would. */
function withEditedQuote(id: string, quote: string): DataFiles {
  const files = letterFiles()
  const file = files['km-153005/commitments.json'] as CommitmentsFile
  file.commitments.find((c) => c.id === id)!.quote = quote
  return files
}

describe('commitment detail on the shipped 153005 data', () => {
  it('shows the 5334万元 promise in its paragraph, with no evidence and no deadline', async () => {
    renderApp({ route: `/commitments/${GAP}`, handlers: dataFileHandlers(letterFiles()) })
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '第二批一体化项目缺口资金5334万元足额拨付',
      }),
    ).toBeInTheDocument()

    // The quote, marked, inside the paragraph of the letter it stands in (once the text is in).
    await screen.findByText(/原文所在段落.第 \d+ 段/)
    const mark = screen.getByText(GAP_QUOTE, { selector: 'mark' })
    const paragraph = mark.closest('p')!
    expect(paragraph.textContent!.startsWith('(二)强化投入保障')).toBe(true)
    expect(paragraph.textContent).toContain('纳入资金预算管理。')

    // The quote is the letter's: no warning.
    expect(document.querySelector('.detail-quote')).toHaveAttribute('data-quote-check', 'found')
    expect(screen.queryByText(/未能在答复函全文中找到/)).toBeNull()
    expect(screen.queryByRole('region', { name: /引文核对/ })).toBeNull()

    const status = section('兑现情况')
    expect(status.getByText('待评估')).toBeInTheDocument()
    expect(status.getByText('按规则计算', { exact: false })).toBeInTheDocument()
    expect(status.getByText('暂无公开进展证据', { selector: '.detail-reason' })).toBeInTheDocument()
    expect(status.getByText('暂无同口径数值,不计算进度')).toBeInTheDocument()
    // Silence is a fact beside the status, not a status: still 待评估, never 停滞.
    expect(status.queryByText('停滞')).toBeNull()
    expect(
      status.getByText(/自答复函.2023年6月19日.以来 \d+ 天,没有公开证据.已超过一年没有新消息/),
    ).toBeInTheDocument()
    // "No deadline" is not "no hurry": how long it has been open since the letter.
    expect(status.getByText(/^未写明期限 · 自答复函起已 \d+ 天$/)).toBeInTheDocument()
    expect(field('status')).toHaveAttribute('data-status', 'not-rated')
    expect(field('evidence-label')).toHaveAttribute('data-comparability', 'none')

    const promise = section('承诺的内容')
    expect(promise.getByText('5334万元', { selector: '.figure-main' })).toBeInTheDocument()
    expect(promise.getByText('5334万元', { selector: 'span[lang]' })).toBeInTheDocument()
    expect(promise.getByText('未写明期限', { exact: false })).toBeInTheDocument()

    const evidence = section('进展证据')
    expect(evidence.getByText('暂无公开进展证据')).toBeInTheDocument()
    expect(evidence.queryByRole('listitem')).toBeNull()
    // No like-for-like values: no chart, and nothing drawn as zero.
    expect(document.querySelector('.chart-frame')).toBeNull()
  })

  it('names the letter and links to the passage in the full text and back to the list', async () => {
    renderApp({ route: `/commitments/${GAP}`, handlers: dataFileHandlers(letterFiles()) })
    const source = within(await screen.findByRole('region', { name: '出处' }))
    expect(source.getByText(/第153005号建议/)).toBeInTheDocument()
    expect(source.getByText('昆明市科学技术局')).toBeInTheDocument()
    expect(source.getByText('2023年6月19日')).toBeInTheDocument()
    expect(source.getByRole('link', { name: '在答复函全文中查看这段原文' })).toHaveAttribute(
      'href',
      `#/documents/km-153005?highlight=${GAP}`,
    )
    expect(screen.getByRole('link', { name: '← 返回承诺清单' })).toHaveAttribute(
      'href',
      '#/commitments',
    )
  })

  it('shows the evidence for 20+ projects newest first, with the related report and its caveat', async () => {
    renderApp({
      route: '/commitments/km-153005-c-projects-20?asOf=2025-06-01',
      handlers: dataFileHandlers(letterFiles()),
    })
    const evidence = within(await screen.findByRole('region', { name: '进展证据' }))
    const items = evidence.getAllByRole('listitem')
    expect(items).toHaveLength(2)

    // Newest first: the 2025 related-metric report, then the 2024 Yunnan Daily report.
    const related = within(items[0]!)
    expect(items[0]).toHaveAttribute('data-comparability', 'related-metric')
    expect(related.getByText('发布于 2025年2月20日')).toBeInTheDocument()
    expect(related.getByText('相关但不同口径')).toBeInTheDocument()
    const caveat = related.getByText(/统计口径与承诺不同/)
    expect(caveat).toHaveAttribute('data-field', 'caveat')
    expect(caveat).toHaveTextContent(/不作为“立项20个以上”的进度值/)
    expect(related.getByRole('link', { name: /云南网报道/ })).toHaveAttribute(
      'href',
      'https://yn.yunnan.cn/system/2025/02/20/033398581.shtml',
    )

    const daily = within(items[1]!)
    expect(daily.getByText('发布于 2024年2月22日')).toBeInTheDocument()
    expect(daily.getByText('所述情况截至 2023年12月31日')).toBeInTheDocument()
    expect(daily.getByText(/来源:.*云南日报/)).toBeInTheDocument()
    expect(daily.getByText('同口径数据')).toBeInTheDocument()
    // Only what 2023 added: the reading of it follows from the data, not from a guess.
    expect(daily.getByText('报道的数值:3(只计该期间新增)')).toBeInTheDocument()
    expect(daily.queryByText(/注意:/)).toBeNull()
    expect(
      daily.getByText(/全市新增“工业与安防信息感知关键技术研发”等3个/, { selector: 'blockquote' }),
    ).toBeInTheDocument()
  })

  it('gives 20+ projects in both readings, with no single percent anywhere on the page', async () => {
    renderApp({
      route: '/commitments/km-153005-c-projects-20?asOf=2025-06-01',
      handlers: dataFileHandlers(letterFiles()),
    })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('推进中')).toBeInTheDocument()
    expect(
      status.getByText('最新数值按两种读法为 3 或 15,目标 不少于 20(2024年2月22日)'),
    ).toBeInTheDocument()
    const progress = field('progress')!
    expect(progress).toHaveAttribute('data-readings', '2')
    expect(progress).toHaveTextContent(
      '两种读法:不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)',
    )
    expect(status.getByText(/原文未说明基数.12.是否计入目标/)).toBeInTheDocument()
    const article = document.querySelector('article')!
    expect(article).not.toHaveTextContent('完成目标的')
    expect(article.textContent).not.toMatch(/\d+%/)

    // The newest evidence is the related report, shown with its label and caveat; the progress
    // above is read from the like-for-like figure, which the facts name.
    expect(field('evidence-label')).toHaveAttribute('data-comparability', 'related-metric')
    expect(field('evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field('caveat')).toHaveTextContent(/统计口径与承诺不同.*不作为“立项20个以上”的进度值/)
    const facts = section('承诺的内容')
    expect(facts.getByText('原文未说明,因此进度按两种读法列出')).toBeInTheDocument()
    expect(facts.getByText(/^新增 3\(截至 2023年12月31日/)).toBeInTheDocument()
    expect(
      status.getByText('最近一条证据发布于 2025年2月20日,距查看日期 101 天'),
    ).toBeInTheDocument()
    expect(status.getAllByText(/^未写明期限 · 自答复函起已 713 天$/).length).toBeGreaterThan(0)
  })

  it('labels the 231 IP applications as a related metric with its caveat, not as patents', async () => {
    renderApp({
      route: '/commitments/km-153005-c-patents-60?asOf=2025-06-01',
      handlers: dataFileHandlers(letterFiles()),
    })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('待评估')).toBeInTheDocument()
    expect(status.getByText(/^暂无同口径数值;有 1 条相关或背景证据/)).toBeInTheDocument()
    expect(field('progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(field('evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field('caveat')).toHaveTextContent(/“各类知识产权”包括发明专利以外的类型/)

    const item = within(section('进展证据').getByRole('listitem'))
    expect(item.getByText('相关但不同口径')).toBeInTheDocument()
    expect(item.getByText('报道的数值:231')).toBeInTheDocument()
    expect(item.getByText(/统计口径与承诺不同/)).toHaveTextContent(
      /不等于答复预计的“发明专利60余项”/,
    )
    // A related figure is never drawn as the target's value.
    expect(document.querySelector('.chart-frame')).toBeNull()
    expect(
      section('数值随时间的变化').getByText('暂无同口径数值,因此不绘制图表。'),
    ).toBeInTheDocument()
  })

  it('shows a reported result with its kind and no status badge, and its context evidence', async () => {
    renderApp({
      route: '/commitments/km-153005-c-key-labs-9?asOf=2025-06-01',
      handlers: dataFileHandlers(letterFiles()),
    })
    const about = within(await screen.findByRole('region', { name: '成果说明' }))
    expect(screen.queryByRole('region', { name: '兑现情况' })).toBeNull()
    const article = document.querySelector('article')!
    expect(article.querySelector('.status-badge')).toBeNull()
    expect(article).not.toHaveTextContent('待评估')
    expect(article.querySelector('.deadline-light')).toBeNull()
    expect(field('status')).toHaveAttribute('data-status', 'none')
    expect(field('status')).toHaveTextContent('已报告的成果')
    expect(about.getByText(/不是承诺,因此没有兑现状态/)).toBeInTheDocument()
    expect(field('evidence-label')).toHaveTextContent('背景信息')
    expect(field('caveat')).toHaveTextContent(/不能看作这9项的结果/)
    const items = section('进展证据').getAllByRole('listitem')
    expect(items).toHaveLength(2)
    for (const item of items) {
      expect(within(item).getByText('背景信息')).toBeInTheDocument()
      expect(item.querySelector('[data-field="caveat"]')).toHaveTextContent('这是背景信息')
    }
  })

  it('warns when the recorded quote is not in the letter, and lists it among the data problems', async () => {
    renderApp({
      route: `/commitments/${GAP}`,
      handlers: dataFileHandlers(withEditedQuote(GAP, EDITED_QUOTE)),
    })
    const quote = await screen.findByRole('region', { name: '数据中记录的引文(不在答复函中)' })
    await vi.waitFor(() => expect(quote).toHaveAttribute('data-quote-check', 'not-found'))
    expect(within(quote).getByRole('note')).toHaveTextContent('未能在答复函全文中找到这段原文')
    // Shown as the data's words, never marked or titled as the letter's.
    expect(within(quote).getByText(EDITED_QUOTE).tagName).not.toBe('MARK')
    expect(screen.queryByRole('heading', { name: '答复函原文' })).toBeNull()

    const problems = within(await screen.findByRole('region', { name: /^引文核对\(1 处\)/ }))
    const item = problems.getByRole('listitem')
    expect(item).toHaveTextContent(
      `第153005号建议的答复函(km-153005)中的承诺 ${GAP}(“第二批一体化项目缺口资金5334万元足额拨付”):数据中记录的引文“${EDITED_QUOTE}”不在这封答复函的全文中`,
    )
    expect(problems.getByRole('link', { name: '查看这项承诺' })).toHaveAttribute(
      'href',
      `#/commitments/${GAP}`,
    )
  })

  it('lists the quote problem on every page, in English too', async () => {
    renderApp({
      route: '/documents',
      lang: 'en',
      handlers: dataFileHandlers(withEditedQuote(GAP, EDITED_QUOTE)),
    })
    const problems = within(
      await screen.findByRole('region', { name: /^Quote check \(1 problem\)/ }),
    )
    expect(problems.getByRole('listitem')).toHaveTextContent(
      `The reply to Suggestion No. 153005 (km-153005), commitment ${GAP}`,
    )
    expect(problems.getByRole('listitem')).toHaveTextContent(
      'is not in the full text of that letter',
    )
    expect(problems.getByRole('link', { name: 'Open this commitment' })).toHaveAttribute(
      'href',
      `#/commitments/${GAP}`,
    )
  })

  it('charts the like-for-like value against the target, with the same figures as a table', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 640, height: 280 }),
    )
    renderApp({
      route: '/commitments/km-153005-c-projects-20?asOf=2025-06-01',
      handlers: dataFileHandlers(letterFiles()),
    })
    await screen.findByRole('heading', { name: '数值随时间的变化' })
    const frame = document.querySelector(
      '[data-widget-id="commitment-value-km-153005-c-projects-20"]',
    ) as HTMLElement
    const chart = within(frame)
    // Both readings, and the derived one says so: never "3 of 20" alone, never one percent.
    const summary = chart.getByText(/^1 个同口径数值,最新一个截至 2023年12月31日/)
    expect(summary).toHaveTextContent('不计入基数 12:3 / 20;计入基数 12:15 / 20')
    expect(summary).toHaveTextContent('推算值,原文未写明:12加3')
    expect(summary).not.toHaveTextContent('%')
    const table = chart.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['日期', '不计入基数 12', '计入基数 12', '来源'])
    // The header and one value: the baseline has no date and the related report is not charted.
    expect(rows).toHaveLength(2)
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2023年12月31日')
    expect(within(rows[1]!).getByText('3')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('15(推算值,原文未写明:12加3)')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('昆明科技创新成绩亮眼')).toBeInTheDocument()
    // The chart itself arrives lazily. jsdom has no layout, so give the container a size.
    await vi.waitFor(() => expect(frame.querySelector('.recharts-wrapper')).not.toBeNull())
    await vi.waitFor(() =>
      expect(frame.querySelector('.chart-body')).toHaveTextContent(
        '目标 不少于 20 个省市一体化项目',
      ),
    )
    // One line per reading, named in the legend.
    expect(
      [...frame.querySelectorAll('.recharts-legend-item-text')].map((e) => e.textContent),
    ).toEqual(['不计入基数 12', '计入基数 12'])
  })

  it('keeps the quote, status and evidence on screen when the letter text fails, and retries', async () => {
    const files = letterFiles()
    renderApp({
      route: `/commitments/${GAP}`,
      handlers: [
        http.get('*/data/km-153005/source.txt', () => new HttpResponse('fail', { status: 500 })),
        ...dataFileHandlers(files),
      ],
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('答复函全文无法加载')
    expect(alert).toHaveTextContent('HTTP 500')
    expect(screen.getByText(GAP_QUOTE, { selector: 'mark' })).toBeInTheDocument()
    expect(section('兑现情况').getByText('待评估')).toBeInTheDocument()
    expect(section('进展证据').getByText('暂无公开进展证据')).toBeInTheDocument()

    // The server recovers. (`server.use` prepends; `resetHandlers(...)` would replace the
    // defaults for every later test.)
    server.use(...dataFileHandlers(files))
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    const mark = await screen.findByText(GAP_QUOTE, { selector: 'mark' })
    await vi.waitFor(() =>
      expect(mark.closest('p')!.textContent!.startsWith('(二)强化投入保障')).toBe(true),
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows the English translation beside the Chinese quote', async () => {
    renderApp({
      route: `/commitments/${GAP}`,
      lang: 'en',
      handlers: dataFileHandlers(letterFiles()),
    })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Pay the CNY 53.34M')
    await screen.findByText(/The paragraph it stands in/)
    expect(screen.getByText(GAP_QUOTE, { selector: 'mark' })).toBeInTheDocument()
    expect(screen.getByText(/^Ensure that the CNY 53.34 million/)).toBeInTheDocument()
    expect(screen.getAllByText('No evidence published').length).toBeGreaterThan(0)
    expect(screen.getByText('¥53.34M')).toBeInTheDocument()
  })
})

/** The illustrative data with the letter's word on whether the 8 earlier lines count. */
function transitWith(relation: BaselineRelation): DataFiles {
  const files = structuredClone(illustrativeFiles) as DataFiles
  const file = files['demo-transit/commitments.json'] as CommitmentsFile
  const lines = file.commitments.find((c) => c.id === 'demo-transit-c-lines-20')!
  if (lines.kind === 'target' && lines.baseline) lines.baseline.relation = relation
  return files
}

describe('commitment detail on illustrative data', () => {
  it('shows the verdict 已兑现 with its date and rationale', async () => {
    renderApp({
      route: '/commitments/demo-transit-c-lines-20',
      handlers: dataFileHandlers(transitWith('counts')),
    })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('已兑现')).toBeInTheDocument()
    expect(status.getByText('(评定结论)')).toBeInTheDocument()
    expect(status.getByText('2025年1月18日 的评定结论')).toBeInTheDocument()
    expect(status.getByText(/21条,达到20条以上的目标/)).toBeInTheDocument()
    expect(status.getAllByText('已完成', { exact: false }).length).toBeGreaterThan(0)
    // The baseline counts, so there is one reading and its percent.
    expect(status.getByText('21 / 目标 20 · 完成目标的 105%')).toBeInTheDocument()
    // Verdict and rules agree here, so there is no disagreement note.
    expect(screen.queryByText(/按规则计算为/)).toBeNull()
    // The verdict also appears on the report it came with.
    const evidence = within(screen.getByRole('region', { name: '进展证据' }))
    expect(evidence.getAllByRole('listitem')).toHaveLength(2)
    expect(evidence.getByText('发布于 2025年1月18日')).toBeInTheDocument()
  })

  it('shows the computed status beside a verdict that differs from it', async () => {
    const files = transitWith('counts')
    const updates = files['demo-transit/updates.json'] as {
      updates: Array<{ id: string; verdict?: { status: string } }>
    }
    updates.updates.find((u) => u.id === 'demo-transit-u-2024')!.verdict!.status = 'partly-kept'
    renderApp({ route: '/commitments/demo-transit-c-lines-20', handlers: dataFileHandlers(files) })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('部分兑现')).toBeInTheDocument()
    expect(status.getByText(/数据中的评定为“部分兑现”,按规则计算为“已兑现”。/)).toBeInTheDocument()
    expect(status.getByText(/最新数值 21,达到目标 不少于 20/)).toBeInTheDocument()
  })

  it('keeps a verdict beside rules that cannot rate two readings that disagree', async () => {
    renderApp({
      route: '/commitments/demo-transit-c-lines-20',
      handlers: dataFileHandlers(transitWith('not-stated')),
    })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('已兑现')).toBeInTheDocument()
    // 21 - 8 = 13 does not meet 20, 21 does: the rules do not pick one.
    expect(status.getByText(/数据中的评定为“已兑现”,按规则计算为“待评估”。/)).toBeInTheDocument()
    expect(
      status.getByText(/按两种读法为 13 或 21:一种达到目标 不少于 20,一种未达到/),
    ).toBeInTheDocument()
    const progress = status.getByText(/^两种读法:/)
    expect(progress).toHaveTextContent(
      '两种读法:不计入基数 8:13 / 20(推算值,原文未写明:21减8);计入基数 8:21 / 20',
    )
    expect(progress).not.toHaveTextContent('%')
  })

  it('charts the dated baseline and both values when the baseline counts', async () => {
    renderApp({
      route: '/commitments/demo-transit-c-lines-20',
      handlers: dataFileHandlers(transitWith('counts')),
    })
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('2023年7月1日8'),
      expect.stringContaining('2023年12月31日11'),
      expect.stringContaining('2024年12月31日21'),
    ])
  })

  it('charts both readings, the derived one with its arithmetic, when the letter does not say', async () => {
    renderApp({
      route: '/commitments/demo-transit-c-lines-20',
      handlers: dataFileHandlers(transitWith('not-stated')),
    })
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['日期', '不计入基数 8', '计入基数 8', '来源'])
    // The baseline is where the counting line starts; on the other line it is not a point.
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      expect.stringContaining('2023年7月1日—8基数'),
      expect.stringContaining('2023年12月31日3(推算值,原文未写明:11减8)11'),
      expect.stringContaining('2024年12月31日13(推算值,原文未写明:21减8)21'),
    ])
  })
})

describe('commitment detail for an id that is not there', () => {
  it('says so and links back to the list', async () => {
    renderApp({ route: '/commitments/no-such-commitment' })
    expect(
      await screen.findByRole('heading', { level: 1, name: '找不到这项承诺' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/“no-such-commitment”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看全部承诺' })).toHaveAttribute(
      'href',
      '#/commitments',
    )
  })

  it('explains a commitment whose letter was not yet sent on the as-of date', async () => {
    renderApp({ route: '/commitments/demo-transit-c-lines-20?asOf=2023-06-01' })
    expect(
      await screen.findByRole('heading', { level: 1, name: '找不到这项承诺' }),
    ).toBeInTheDocument()
    expect(screen.getByText('出自 2023年7月1日 的答复函', { exact: false })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看今天的情况' })).toHaveAttribute(
      'href',
      '#/commitments/demo-transit-c-lines-20',
    )
    expect(screen.getByRole('link', { name: '查看全部承诺' })).toHaveAttribute(
      'href',
      '#/commitments?asOf=2023-06-01',
    )
  })
})

describe('the figures behind the value chart', () => {
  const target = {
    id: 't',
    documentId: 'd',
    kind: 'target',
    section: '三',
    category: 'projects',
    title: '立项20个以上',
    quote: '立项20个以上',
    figure: { comparator: '>=', value: 20, unit: 'count', label: '个', asWritten: '20个以上' },
    baseline: { value: 12, asOf: '2023-01-01' },
    deadline: { type: 'none' },
  } satisfies Commitment
  const update = (id: string, asOf: string, extra: Partial<ProgressUpdate>): ProgressUpdate => ({
    id,
    commitmentId: 't',
    asOf,
    comparability: 'same-metric',
    summary: id,
    source: { title: id, date: asOf },
    ...extra,
  })

  it('charts the dated baseline and same-metric values only, oldest first', () => {
    const series = valueSeries(target, [
      update('b', '2024-12-31', { value: 18 }),
      update('related', '2024-06-30', { value: 99, comparability: 'related-metric' }),
      update('words', '2024-03-31', {}),
      update('a', '2023-12-31', { value: 15 }),
    ])
    // The letter does not say whether the 12 count: a line for each reading.
    expect(series!.lines.map((l) => l.basis)).toEqual(['excluding-baseline', 'including-baseline'])
    const [excluding, including] = series!.lines
    expect(including!.points.map((p) => [p.date, p.value, p.from.kind])).toEqual([
      ['2023-01-01', 12, 'baseline'],
      ['2023-12-31', 15, 'update'],
      ['2024-12-31', 18, 'update'],
    ])
    expect(excluding!.points.map((p) => [p.date, p.value, p.reading?.derived])).toEqual([
      ['2023-12-31', 3, { op: '-', left: 15, right: 12 }],
      ['2024-12-31', 6, { op: '-', left: 18, right: 12 }],
    ])
  })

  it('draws one line that starts at the baseline when the data says it counts', () => {
    const counts = { ...target, baseline: { ...target.baseline, relation: 'counts' as const } }
    const series = valueSeries(counts, [
      update('a', '2023-12-31', { value: 15 }),
      update('n', '2024-12-31', { value: 4, counting: 'new' }),
    ])
    expect(series!.lines).toHaveLength(1)
    // "4 added" on top of the 12 is 16: a derived figure, and marked as one.
    expect(series!.lines[0]!.points.map((p) => [p.value, p.reading?.derived ?? null])).toEqual([
      [12, null],
      [15, null],
      [16, { op: '+', left: 12, right: 4 }],
    ])
  })

  it('draws no baseline point when the target is on top of the baseline', () => {
    const extra = {
      ...target,
      baseline: { ...target.baseline, relation: 'does-not-count' as const },
    }
    const series = valueSeries(extra, [update('a', '2023-12-31', { value: 5, counting: 'new' })])
    expect(series!.lines).toEqual([
      { basis: 'excluding-baseline', points: [expect.objectContaining({ value: 5 })] },
    ])
  })

  it('draws nothing without a published value: a baseline alone is not progress', () => {
    expect(valueSeries(target, [])).toBeNull()
    expect(
      valueSeries(target, [update('c', '2024-01-01', { comparability: 'context' })]),
    ).toBeNull()
    expect(valueSeries({ ...target, kind: 'promise' } as Commitment, [])).toBeNull()
  })

  it('rounds the value axis to even steps above the target', () => {
    expect(niceAxis(20)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] })
    expect(niceAxis(300_000_000).ticks).toEqual([0, 1e8, 2e8, 3e8, 4e8])
    expect(niceAxis(0)).toEqual({ top: 1, ticks: [0, 1] })
  })
})
