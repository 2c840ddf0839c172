import { screen, waitFor, within } from '@testing-library/react'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const part = (selector: string) => {
  const element = document.querySelector(selector)
  expect(element, selector).not.toBeNull()
  return within(element as HTMLElement)
}

const chartTable = (id: string) =>
  within(part(`[data-widget-id="${id}"]`).getByRole('table', { hidden: true }))

const openFundingPage = async (options: Parameters<typeof renderApp>[0] = {}) => {
  renderApp({ route: '/funding', ...options })
  await screen.findByRole('heading', { level: 1, name: options.lang === 'en' ? 'Funding' : '资金' })
}

describe('funding view on the shipped 153005 data', () => {
  const real = () => ({ handlers: dataFileHandlers(realDataFiles()) })

  it('shows the 18700万元 both rounded and as written, with the as-of date', async () => {
    await openFundingPage(real())
    // The view date and the newest evidence date, each named for what it is.
    expect(screen.getByText(/^查看日期 \d{4}年\d{1,2}月\d{1,2}日$/)).toBeInTheDocument()
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
    expect(screen.getAllByText(/1\.87亿元/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/18700万元/).length).toBeGreaterThan(0)
    const stages = chartTable('funding-stages')
    expect(stages.getByText('1.87亿元(原文:18700万元)')).toBeInTheDocument()
    expect(stages.getByText('≥ 3亿元(原文:3亿元以上)')).toBeInTheDocument()
    // Six lines, none with a payment: every disbursed cell says so instead of showing 0.
    expect(stages.getAllByRole('row', { hidden: true })).toHaveLength(7)
    expect(stages.queryByText(/^0/)).not.toBeInTheDocument()
  })

  it('states the provincial 9350万元 and labels the municipal rest as computed', async () => {
    await openFundingPage(real())
    const split = part('.funding-split-statement[data-line-id="km-153005-f-batch12-total"]')
    expect(split.getByText('省级(原文列明)', { exact: false })).toBeInTheDocument()
    expect(split.getByText('(原文:9350万元)')).toBeInTheDocument()
    const derived = part('.split-derived[data-derived="true"]')
    expect(derived.getByText('其余 9350万元(按差额计算,原文未分列)')).toBeInTheDocument()
    expect(derived.getByText('市级(按差额推算)', { exact: false })).toBeInTheDocument()

    const table = chartTable('funding-split')
    expect(table.getByText('按差额计算:18700万元 − 9350万元')).toBeInTheDocument()
    expect(table.getByText('原文:9350万元')).toBeInTheDocument()
    expect(table.getByText('原文:18700万元')).toBeInTheDocument()
  })

  it('says the 5334万元 gap has no payment evidence, never that 0 was paid', async () => {
    await openFundingPage(real())
    const gap = part('.funding-gap[data-line-id="km-153005-f-second-batch-gap"]')
    expect(gap.getByText(/暂无公开的拨付证据/, { selector: '.no-payment' })).toBeInTheDocument()
    expect(
      gap.getByText('承诺 5334万元(2023年6月19日);暂无公开的拨付证据,不按零计算。'),
    ).toBeInTheDocument()
    const table = chartTable('funding-gap-km-153005-f-second-batch-gap')
    expect(table.getByText('暂无公开的拨付证据')).toBeInTheDocument()
    expect(table.getByText('原文:5334万元')).toBeInTheDocument()
    expect(gap.queryByText(/0元|¥0/)).not.toBeInTheDocument()
  })

  it('shows the ≥3亿元 target from its assessment, the 1.87亿 apart as an earlier figure', async () => {
    await openFundingPage({ ...real(), route: '/funding?asOf=2025-06-30' })
    const element = document.querySelector(
      '.funding-target[data-commitment-id="km-153005-c-funds-300m"]',
    ) as HTMLElement
    const target = within(element)
    expect(target.getAllByText('≥ 3亿元').length).toBeGreaterThan(0)
    // The row's assessment, in the words every surface uses.
    expect(element.querySelector('[data-field="status"]')).toHaveAttribute(
      'data-status',
      'not-rated',
    )
    expect(element.querySelector('[data-field="progress"]')).toHaveTextContent(
      '暂无同口径数值,不计算进度',
    )
    expect(element.querySelector('[data-field="evidence-label"]')).toHaveTextContent(
      '暂无公开进展证据',
    )
    expect(target.getByText('未写明期限 · 自答复函起已 742 天')).toBeInTheDocument()
    // The 18700万元 is the letter's earlier figure: whether it counts toward the 3亿 is not stated.
    expect(target.getAllByText('答复函此前所列').length).toBeGreaterThan(0)
    expect(element.querySelector('[data-baseline-relation="not-stated"]')).toHaveTextContent(
      '1.87亿元(18700万元)· 日期不明 · 原文未说明是否计入目标',
    )
    expect(
      target.getByText(
        '答复函此前所列的 1.87亿元(18700万元)· 日期不明:原文未说明是否计入目标,因此图中不把它画向目标线,只在这里列出。',
      ),
    ).toBeInTheDocument()
    const table = chartTable('funding-target-km-153005-c-funds-300m')
    expect(table.getByText('1.87亿元')).toBeInTheDocument()
    expect(table.getByText('原文未说明是否计入目标')).toBeInTheDocument()
    expect(table.getByText('≥ 3亿元')).toBeInTheDocument()
  })

  it('draws two readings of a money target, the derived one marked, and no single percent', async () => {
    const files = structuredClone(realDataFiles()) as Record<
      string,
      { updates: Array<Record<string, unknown>> }
    >
    // A made-up report of new money, so the target has a like-for-like value to read.
    files['km-153005/updates.json']!.updates.push({
      id: 'test-u-new-funds',
      commitmentId: 'km-153005-c-funds-300m',
      asOf: '2024-12-31',
      value: 50000000,
      counting: 'new',
      comparability: 'same-metric',
      summary: '新增投入省市资金5000万元(测试)。',
      source: { title: '测试报道', date: '2025-01-10' },
    })
    await openFundingPage({
      handlers: dataFileHandlers(files),
      route: '/funding?asOf=2025-06-30',
    })
    const element = document.querySelector(
      '.funding-target[data-commitment-id="km-153005-c-funds-300m"]',
    ) as HTMLElement
    expect(element.querySelector('[data-field="progress"]')).toHaveAttribute('data-readings', '2')
    expect(element.querySelector('[data-field="progress"]')).toHaveTextContent(
      '两种读法:不计入基数 1.87亿元:5000万元 / 3亿元;计入基数 1.87亿元:2.37亿元 / 3亿元(推算值,原文未写明:1.87亿元加5000万元)',
    )
    expect(element.textContent).not.toMatch(/%/)
    const table = chartTable('funding-target-km-153005-c-funds-300m')
    expect(table.getByText('不计入此前数字')).toBeInTheDocument()
    expect(table.getByText('计入此前数字')).toBeInTheDocument()
    expect(table.getByText('推算值,原文未写明:1.87亿元加5000万元')).toBeInTheDocument()
    expect(
      within(element).getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
  })

  it('lists every line and entry with the quote, the unclear date and linked commitments', async () => {
    await openFundingPage(real())
    const total = part('.funding-lines tbody[data-line-id="km-153005-f-batch12-total"]')
    expect(total.getByText('18700万元', { selector: '.as-written-cell' })).toBeInTheDocument()
    expect(total.getByText('1.87亿元', { selector: '.amount' })).toBeInTheDocument()
    expect(total.getByText('日期不明')).toBeInTheDocument()
    expect(total.getByText('“获得省市财政科技经费投入18700万元”')).toBeInTheDocument()
    expect(total.getByText('资金来源:省市合计(未分列)')).toBeInTheDocument()
    expect(
      total.getByText('其中 省级 9350万元;其余 9350万元(按差额计算,原文未分列)'),
    ).toBeInTheDocument()
    const link = total.getAllByRole('link').find((a) => a.getAttribute('href')?.includes('c-'))
    expect(link).toHaveAttribute('href', '#/commitments/km-153005-c-funding-187m')

    const provincial = part('.funding-lines tbody[data-line-id="km-153005-f-batch12-provincial"]')
    expect(provincial.getByText('资金来源:省级')).toBeInTheDocument()
    expect(provincial.getByText(/^属于:/)).toBeInTheDocument()

    const grant = part('.funding-lines tbody[data-line-id="km-153005-f-lab-team-grant"]')
    expect(grant.getByText('资金来源:原文未说明来源')).toBeInTheDocument()
    expect(grant.getByText('3000万元', { selector: '.as-written-cell' })).toBeInTheDocument()
    expect(
      part('.funding-lines tbody[data-line-id="km-153005-f-foreign-experts"]').getByText(
        '107万元',
        {
          selector: '.as-written-cell',
        },
      ),
    ).toBeInTheDocument()
  })

  it('lists the amounts by source without adding up figures the letter never adds', async () => {
    await openFundingPage(real())
    const table = document.querySelector('.funding-totals') as HTMLElement
    expect(table.querySelector('tfoot')).toBeNull()
    expect(table.textContent).not.toMatch(/2\.18亿|21807|3\.53亿|35334|3107/)
    const row = (source: string) =>
      [...table.querySelectorAll('tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent === source,
      ) as HTMLElement
    const unspecified = row('原文未说明来源')
    expect(
      [...unspecified.querySelectorAll('.stage-items li')].map((li) => li.textContent),
    ).toEqual(['3000万元 原文:3000万元', '107万元 原文:107万元'])
    // The provincial 9350万元 is inside the 18700万元: listed once, under the joint total.
    expect(row('省市合计(未分列)')).toHaveTextContent('1.87亿元 原文:18700万元')
    expect(table.textContent).not.toMatch(/9350万元/)
    expect(
      screen.getByText(
        '每格列出原文所写的各笔金额,不相加:原文没有把它们相加,各笔的截至日期也不同。“其中”部分已包含在所属总数中,不另列。',
      ),
    ).toBeInTheDocument()
  })

  it('marks the derived municipal rest and says derived figures are for reference only', async () => {
    await openFundingPage(real())
    const section = document.querySelector('.funding-split-statement')!.closest('section')!
    expect(
      within(section).getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
  })

  it('reads in English with ¥M and the source figures kept', async () => {
    await openFundingPage({ ...real(), lang: 'en' })
    expect(screen.getAllByText(/No evidence of payment published/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/¥187M/).length).toBeGreaterThan(0)
    expect(
      screen.getByText(
        'The rest, ¥93.5M (computed as the difference; not stated separately in the source)',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/^View date /)).toBeInTheDocument()
  })
})

describe('funding view on illustrative data', () => {
  it('shows the 3000万元 paid against the ≥5000万元 pledge', async () => {
    await openFundingPage()
    const gap = part('.funding-gap[data-line-id="demo-transit-f-city"]')
    expect(
      gap.getByText(/^承诺 ≥ 5000万元;截至 2024年6月30日 累计拨付 3000万元/),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-line-id="demo-transit-f-city"]')).toHaveAttribute(
      'data-gap-state',
      'open',
    )
    // The share and the rest are worked out, not stated: marked so, with their arithmetic.
    expect(
      gap.getByText(
        '承诺 ≥ 5000万元;截至 2024年6月30日 累计拨付 3000万元(推算:3000万元 ÷ ≥ 5000万元,约占承诺的 60%),尚差 ≥ 2000万元(推算:≥ 5000万元 减 3000万元)。',
      ),
    ).toBeInTheDocument()
    expect(
      gap.getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
    const table = chartTable('funding-gap-demo-transit-f-city')
    expect(table.getByText('3000万元')).toBeInTheDocument()
    expect(table.getByText('≥ 5000万元')).toBeInTheDocument()
    const stages = chartTable('funding-stages')
    expect(stages.getByText('3000万元(原文:3000万元)')).toBeInTheDocument()
    const lines = part('.funding-lines tbody[data-line-id="demo-transit-f-city"]')
    expect(lines.getByText('后续报道:示例市财政局公告(示例)(2024年7月5日)')).toBeInTheDocument()
    expect(lines.getByText('已拨付3000万元(示例)。')).toBeInTheDocument()
  })

  it('travels back in time: before the payment report, payment is unknown again', async () => {
    await openFundingPage({ route: '/funding?asOf=2024-07-01' })
    expect(document.querySelector('[data-line-id="demo-transit-f-city"]')).toHaveAttribute(
      'data-gap-state',
      'unknown',
    )
    expect(screen.getByText('查看日期 2024年7月1日')).toBeInTheDocument()
  })
})

describe('funding charts as drawn', () => {
  // jsdom has no layout: give recharts' container a real size so the SVG is drawn and checkable.
  // Reduced motion also takes the no-animation path, so labels are drawn at once.
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    const original = HTMLElement.prototype.getBoundingClientRect
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('recharts-responsive-container')
        ? ({ width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400 } as DOMRect)
        : original.call(this)
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const svgTexts = async (id: string) => {
    const body = await waitFor(() => {
      const svg = document.querySelector(`[data-widget-id="${id}"] .chart-body svg`)
      expect(svg, id).not.toBeNull()
      return svg as SVGElement
    })
    return [...body.querySelectorAll('text')].map((text) => text.textContent ?? '')
  }

  it('labels every bar and every missing stage, with money on the axes, never raw yuan', async () => {
    await openFundingPage({ handlers: dataFileHandlers(realDataFiles()) })
    const stages = await svgTexts('funding-stages')
    expect(stages).toContain('已安排 1.87亿元')
    expect(stages).toContain('承诺投入 ≥ 3亿元')
    expect(stages).toContain('已拨付 · 暂无证据')
    expect(stages.some((text) => /亿$/.test(text))).toBe(true)
    expect(stages.filter((text) => /^\d{5,}$/.test(text))).toEqual([])

    const split = await svgTexts('funding-split')
    expect(split).toContain('省级 9350万元')
    expect(split).toContain('市级(推算) 9350万元')

    const gap = await svgTexts('funding-gap-km-153005-f-second-batch-gap')
    expect(gap).toContain('承诺金额 5334万元')
    expect(gap).toContain('暂无公开的拨付证据')
    // No payment evidence: the series has no points, so no line (and no point at 0) is drawn.
    const gapFrame = document.querySelector(
      '[data-widget-id="funding-gap-km-153005-f-second-batch-gap"]',
    ) as HTMLElement
    expect(gapFrame.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '').toBe('')
    expect(gapFrame.querySelectorAll('.recharts-line-dot')).toHaveLength(0)

    const target = await svgTexts('funding-target-km-153005-c-funds-300m')
    expect(target).toContain('目标 ≥ 3亿元')
    expect(target).toContain('暂无公开进展证据')
    // The earlier 1.87亿元 is not drawn toward the target line: it may not count toward it.
    expect(target.filter((text) => text.includes('1.87亿'))).toEqual([])
  })

  it('draws the illustrative payment as a point against the pledge', async () => {
    await openFundingPage()
    const gap = await svgTexts('funding-gap-demo-transit-f-city')
    expect(gap).toContain('承诺金额 ≥ 5000万元')
    expect(gap).toContain('3000万元')
  })
})
