import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import { server } from '../../mocks/node'
import {
  niceAxis,
  valueSeries,
} from '../../src/features/commitments/components/detail/value-points'
import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const GAP = 'km-153005-c-gap-5334'
const GAP_QUOTE = '确保市级第二批一体化项目缺口资金5334万元及时、足额拨付'

// recharts is loaded lazily; load it once up front so its first import does not eat a test's time.
beforeAll(async () => {
  await import('../../src/features/commitments/components/detail/value-chart')
})
afterEach(() => vi.restoreAllMocks())

const section = (name: string) => within(screen.getByRole('region', { name }))

describe('commitment detail on the shipped 153005 data', () => {
  it('shows the 5334万元 promise in its paragraph, with no evidence and no deadline', async () => {
    renderApp({ route: `/commitments/${GAP}`, handlers: dataFileHandlers(realDataFiles()) })
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

    const status = section('兑现情况')
    expect(status.getByText('待评估')).toBeInTheDocument()
    expect(status.getByText('按规则计算', { exact: false })).toBeInTheDocument()
    expect(status.getByText('暂无公开进展证据')).toBeInTheDocument()
    expect(status.getByText('未写明期限')).toBeInTheDocument()

    const promise = section('承诺的内容')
    expect(promise.getByText('= 5334万元')).toBeInTheDocument()
    expect(promise.getByText('5334万元', { selector: 'span' })).toBeInTheDocument()
    expect(promise.getByText('未写明期限', { exact: false })).toBeInTheDocument()

    const evidence = section('进展证据')
    expect(evidence.getByText('暂无公开进展证据')).toBeInTheDocument()
    expect(evidence.queryByRole('listitem')).toBeNull()
    // No like-for-like values: no chart, and nothing drawn as zero.
    expect(document.querySelector('.chart-frame')).toBeNull()
  })

  it('names the letter and links to the passage in the full text and back to the list', async () => {
    renderApp({ route: `/commitments/${GAP}`, handlers: dataFileHandlers(realDataFiles()) })
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
      handlers: dataFileHandlers(realDataFiles()),
    })
    const evidence = within(await screen.findByRole('region', { name: '进展证据' }))
    const items = evidence.getAllByRole('listitem')
    expect(items).toHaveLength(2)

    // Newest first: the 2025 related-metric report, then the 2024 Yunnan Daily report.
    const related = within(items[0]!)
    expect(related.getByText('发布于 2025年2月20日')).toBeInTheDocument()
    expect(related.getByText('相关但不同口径')).toBeInTheDocument()
    expect(related.getByText(/统计口径与承诺不同/)).toBeInTheDocument()
    expect(related.getByText(/不作为“立项20个以上”的进度值/)).toBeInTheDocument()
    expect(related.getByRole('link', { name: /云南网报道/ })).toHaveAttribute(
      'href',
      'https://yn.yunnan.cn/system/2025/02/20/033398581.shtml',
    )

    const daily = within(items[1]!)
    expect(daily.getByText('发布于 2024年2月22日')).toBeInTheDocument()
    expect(daily.getByText('所述情况截至 2023年12月31日')).toBeInTheDocument()
    expect(daily.getByText(/来源:.*云南日报/)).toBeInTheDocument()
    expect(daily.getByText('同口径数据')).toBeInTheDocument()
    expect(daily.getByText('报道的数值:3')).toBeInTheDocument()
    expect(
      daily.getByText(/全市新增“工业与安防信息感知关键技术研发”等3个/, { selector: 'blockquote' }),
    ).toBeInTheDocument()
  })

  it('charts the like-for-like value against the target, with the same figures as a table', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 640, height: 280 }),
    )
    renderApp({
      route: '/commitments/km-153005-c-projects-20?asOf=2025-06-01',
      handlers: dataFileHandlers(realDataFiles()),
    })
    await screen.findByRole('heading', { name: '数值随时间的变化' })
    const frame = document.querySelector(
      '[data-widget-id="commitment-value-km-153005-c-projects-20"]',
    ) as HTMLElement
    const chart = within(frame)
    expect(
      chart.getByText(/^1 个同口径数值,最新为 3.2023年12月31日.,目标为 ≥ 20 个/),
    ).toBeInTheDocument()
    const table = chart.getByRole('table')
    const rows = within(table).getAllByRole('row')
    // The header and one value: the baseline has no date and the related report is not charted.
    expect(rows).toHaveLength(2)
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2023年12月31日')
    expect(within(rows[1]!).getByText('3')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('昆明科技创新成绩亮眼')).toBeInTheDocument()
    // The chart itself arrives lazily and draws in jsdom at its initial size.
    // The chart itself arrives lazily. jsdom has no layout, so give the container a size.
    await vi.waitFor(() => expect(frame.querySelector('.recharts-wrapper')).not.toBeNull())
    await vi.waitFor(() =>
      expect(frame.querySelector('.chart-body')).toHaveTextContent('目标 ≥ 20 个省市一体化项目'),
    )
  })

  it('keeps the quote, status and evidence on screen when the letter text fails, and retries', async () => {
    const files = realDataFiles()
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
      handlers: dataFileHandlers(realDataFiles()),
    })
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Pay the CNY 53.34M')
    await screen.findByText(/The paragraph it stands in/)
    expect(screen.getByText(GAP_QUOTE, { selector: 'mark' })).toBeInTheDocument()
    expect(screen.getByText(/^Ensure that the CNY 53.34 million/)).toBeInTheDocument()
    expect(screen.getAllByText('No evidence published').length).toBeGreaterThan(0)
    expect(screen.getByText('= ¥53.34M')).toBeInTheDocument()
  })
})

describe('commitment detail on illustrative data', () => {
  it('shows the verdict 已兑现 with its date and rationale', async () => {
    renderApp({ route: '/commitments/demo-transit-c-lines-20' })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('已兑现')).toBeInTheDocument()
    expect(status.getByText('(评定结论)')).toBeInTheDocument()
    expect(status.getByText('2025年1月18日 的评定结论')).toBeInTheDocument()
    expect(status.getByText(/21条,达到20条以上的目标/)).toBeInTheDocument()
    expect(status.getByText('已完成', { exact: false })).toBeInTheDocument()
    // Verdict and rules agree here, so there is no disagreement note.
    expect(screen.queryByText(/按规则计算为/)).toBeNull()
    // The verdict also appears on the report it came with.
    const evidence = within(screen.getByRole('region', { name: '进展证据' }))
    expect(evidence.getAllByRole('listitem')).toHaveLength(2)
    expect(evidence.getByText('发布于 2025年1月18日')).toBeInTheDocument()
  })

  it('shows the computed status beside a verdict that differs from it', async () => {
    const files = structuredClone(illustrativeFiles) as Record<string, unknown>
    const updates = files['demo-transit/updates.json'] as {
      updates: Array<{ id: string; verdict?: { status: string } }>
    }
    updates.updates.find((u) => u.id === 'demo-transit-u-2024')!.verdict!.status = 'partly-kept'
    renderApp({ route: '/commitments/demo-transit-c-lines-20', handlers: dataFileHandlers(files) })
    const status = within(await screen.findByRole('region', { name: '兑现情况' }))
    expect(status.getByText('部分兑现')).toBeInTheDocument()
    expect(status.getByText(/数据中的评定为“部分兑现”,按规则计算为“已兑现”。/)).toBeInTheDocument()
    expect(status.getByText(/最新数值 21,达到目标 ≥ 20/)).toBeInTheDocument()
  })

  it('charts the dated baseline and both values', async () => {
    renderApp({ route: '/commitments/demo-transit-c-lines-20' })
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('2023年7月1日8'),
      expect.stringContaining('2023年12月31日11'),
      expect.stringContaining('2024年12月31日21'),
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
    expect(series!.points.map((p) => [p.date, p.value, p.from.kind])).toEqual([
      ['2023-01-01', 12, 'baseline'],
      ['2023-12-31', 15, 'update'],
      ['2024-12-31', 18, 'update'],
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
