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
    expect(screen.getByText(/^以下内容截至 \d{4}年\d{1,2}月\d{1,2}日$/)).toBeInTheDocument()
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

  it('shows the ≥3亿元 target against its 1.87亿 baseline of unclear date, with no evidence', async () => {
    await openFundingPage(real())
    const target = part('.funding-target[data-commitment-id="km-153005-c-funds-300m"]')
    expect(target.getAllByText('≥ 3亿元').length).toBeGreaterThan(0)
    expect(target.getAllByText('1.87亿元(18700万元)· 日期不明').length).toBeGreaterThan(0)
    expect(target.getAllByText('暂无公开进展证据').length).toBeGreaterThan(0)
    const table = chartTable('funding-target-km-153005-c-funds-300m')
    expect(table.getByText('1.87亿元')).toBeInTheDocument()
    expect(table.getByText('≥ 3亿元')).toBeInTheDocument()
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

  it('adds up totals without counting the provincial share twice', async () => {
    await openFundingPage(real())
    const totals = within(document.querySelector('.funding-totals tfoot') as HTMLElement)
    expect(
      totals.getByText('合计 21807万元,由原文数字相加:18700万元 + 3000万元 + 107万元'),
    ).toBeInTheDocument()
    expect(totals.getByText('2.18亿元')).toBeInTheDocument()
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
    expect(screen.getByText(/^Everything below is as of /)).toBeInTheDocument()
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
    expect(screen.getByText('以下内容截至 2024年7月1日')).toBeInTheDocument()
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
  })

  it('draws the illustrative payment as a point against the pledge', async () => {
    await openFundingPage()
    const gap = await svgTexts('funding-gap-demo-transit-f-city')
    expect(gap).toContain('承诺金额 ≥ 5000万元')
    expect(gap).toContain('3000万元')
  })
})
