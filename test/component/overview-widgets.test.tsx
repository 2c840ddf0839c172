import { deadlineOf, isRated } from '../../src/domain/commitment-kinds'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import { renderApp } from '../support/render-app'
import { readShipped, letterFiles } from '../support/real-data'

const shipped = readShipped<CommitmentsFile>('km-153005/commitments.json').commitments
const trackable = shipped.filter(isRated)
const results = shipped.length - trackable.length
const noDeadline = trackable.filter((c) => deadlineOf(c)?.type === 'none')

/** A panel of the first screen: by its widget id, or by its panel name (`funding`). */
const widget = async (id: string) => {
  await screen.findByRole('heading', { name: '一览:目标进度、承诺状态、资金与期限' })
  const element = document.querySelector(`[data-widget-id="${id}"], [data-glance="${id}"]`)
  expect(element, id).not.toBeNull()
  return { element: element as HTMLElement, view: within(element as HTMLElement) }
}

describe('overview widgets on the shipped 153005 data', () => {
  const real = { handlers: dataFileHandlers(letterFiles()) }

  it('answers the four questions first: under the view dates, above the letters in detail', async () => {
    renderApp({ ...real, route: '/?asOf=2025-06-30' })
    const panels = ['targets', 'status', 'deadlines', 'funding']
    for (const id of panels) await widget(id)
    const order = [...document.querySelectorAll('[data-glance]')].map((el) =>
      el.getAttribute('data-glance'),
    )
    expect(order).toEqual(panels)
    const headline = screen.getByRole('heading', { name: '核心承诺' })
    const { element } = await widget('funding')
    expect(
      element.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(
      within(document.querySelector('.as-of-line') as HTMLElement).getByText(
        '查看日期 2025年6月30日',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
    // "As of" alone would pass the view date off as the data's date.
    expect(screen.queryByText(/^以下内容截至/)).toBeNull()
  })

  it('counts every non-result commitment once by status and names the reported results', async () => {
    renderApp(real)
    const { element, view } = await widget('status')
    const counts = [...element.querySelectorAll('li[data-status]')].map((li) =>
      Number(li.getAttribute('data-count')),
    )
    expect(counts).toHaveLength(6)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(trackable.length)
    expect(
      view.getByText(
        `${trackable.length} 项需要追踪的承诺按状态统计(不含答复函报告的已完成成果);点击状态可查看对应清单。`,
      ),
    ).toBeInTheDocument()
    expect(
      view.getByText(`另有 ${results} 项是答复函报告的已完成成果,不是承诺,未计入上述统计。`),
    ).toBeInTheDocument()
    // Shapes and words, not colour alone.
    expect(view.getAllByText('待评估').length).toBeGreaterThan(0)
  })

  it('links each status with commitments to the list filtered by it', async () => {
    renderApp(real)
    const { element, view } = await widget('status')
    const notRated = Number(
      element.querySelector('li[data-status="not-rated"]')!.getAttribute('data-count'),
    )
    expect(notRated).toBeGreaterThan(0)
    const link = view.getByRole('link', { name: `待评估 ${notRated} 项(在承诺清单中查看)` })
    expect(link).toHaveAttribute('href', '#/commitments?status=not-rated')
    // A status nobody has is not a link to an empty list.
    const empty = [...element.querySelectorAll('li[data-status]')].filter(
      (li) => li.getAttribute('data-count') === '0',
    )
    for (const li of empty) expect(li.querySelector('a')).toBeNull()
  })

  it('opens a list of exactly the count it shows (reported results are in no status)', async () => {
    renderApp(real)
    const { element, view } = await widget('status')
    const notRated = Number(
      element.querySelector('li[data-status="not-rated"]')!.getAttribute('data-count'),
    )
    await userEvent.click(view.getByRole('link', { name: /^待评估 \d+ 项/ }))
    expect(
      // The list page is loaded on demand: give it time on a busy machine.
      await screen.findByText(
        `显示 ${notRated} / ${shipped.length} 项承诺`,
        {},
        { timeout: 15000 },
      ),
    ).toBeInTheDocument()
    // Two pages load here, the second on demand.
  }, 20_000)

  it("shows each funding line's own stages, never a sum the letter does not state", async () => {
    renderApp(real)
    const { element, view } = await widget('funding')
    const lines = [...element.querySelectorAll('li[data-line-id]')]
    // Promised money first, the largest first; the rest are on the funding page.
    expect(lines.map((li) => li.getAttribute('data-line-id'))).toEqual([
      'km-153005-f-next-round',
      'km-153005-f-second-batch-gap',
      'km-153005-f-batch12-total',
    ])
    const stages = (id: string) =>
      [...element.querySelectorAll(`li[data-line-id="${id}"] [data-stage]`)].map(
        (el) => el.textContent,
      )
    expect(stages('km-153005-f-next-round')).toEqual([
      '承诺投入 不少于 3亿元',
      '已安排 暂无证据',
      '已拨付 暂无拨付证据',
    ])
    expect(stages('km-153005-f-second-batch-gap')).toEqual([
      '承诺投入 5334万元',
      '已安排 暂无证据',
      '已拨付 暂无拨付证据',
    ])
    expect(stages('km-153005-f-batch12-total')).toEqual([
      '承诺投入 暂无证据',
      '已安排 1.87亿元',
      '已拨付 暂无拨付证据',
    ])
    expect(view.getByText('另有 3 个资金条目,见资金页')).toBeInTheDocument()
    // Sums of figures the letter never adds are gone; no payment means no share worked out.
    expect(element.textContent).not.toMatch(/2\.18亿|21807|3\.53亿|35334|合计|推算/)
    expect(view.getByRole('link', { name: '查看资金详情' })).toHaveAttribute('href', '#/funding')
  })

  it('lists overdue deadlines and says how many commitments state none', async () => {
    renderApp({ ...real, route: '/?asOf=2024-03-01' })
    const { element, view } = await widget('deadlines')
    // 2023年 is the only dated deadline in the letter: by March 2024 it has passed.
    const item = element.querySelector('[data-deadline-for="km-153005-c-budget-2023"]')
    expect(item).not.toBeNull()
    expect(within(item as HTMLElement).getByText(/^逾期 \d+ 天$/)).toBeInTheDocument()
    expect(within(item as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '#/commitments/km-153005-c-budget-2023?asOf=2024-03-01',
    )
    expect(view.getByText('期限:2023年12月31日')).toBeInTheDocument()
    expect(view.getByText(`${noDeadline.length} 项承诺未写明期限`)).toBeInTheDocument()
    expect(
      within(document.querySelector('.as-of-line') as HTMLElement).getByText(
        '查看日期 2024年3月1日',
      ),
    ).toBeInTheDocument()
  })

  it('reads in English', async () => {
    renderApp({ ...real, lang: 'en' })
    await screen.findByRole('heading', {
      name: 'At a glance: targets, status, money and deadlines',
    })
    expect(
      screen.getByText(`${noDeadline.length} commitments state no deadline`),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'How far the money got' })).toBeInTheDocument()
    expect(screen.getAllByText('Disbursed: no evidence of payment').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Pledged: at least ¥300M').length).toBe(1)
  })
})

describe('overview widgets on illustrative data', () => {
  it('shows the 3000万元 paid of the ≥5000万元 pledge and counts both letters', async () => {
    renderApp()
    const { element } = await widget('funding')
    const line = element.querySelector('li[data-line-id="demo-transit-f-city"]') as HTMLElement
    // The share paid is worked out, not stated: marked as derived, with its arithmetic.
    const derived = line.querySelector('[data-derived="true"]')
    expect(derived).toHaveAttribute('data-gap-state', 'open')
    expect(derived).toHaveTextContent('推算:已拨付约 60%(3000万元 ÷ 5000万元),仅供参考')
    expect(within(line).getByText('承诺投入 不少于 5000万元')).toBeInTheDocument()
    expect(within(line).getByText('已拨付 3000万元')).toBeInTheDocument()
    const status = (await widget('status')).element
    const total = [...status.querySelectorAll('li[data-status]')].reduce(
      (sum, li) => sum + Number(li.getAttribute('data-count')),
      0,
    )
    // demo-transit: 3 promises/targets (1 result left out); demo-schools: 1 target.
    expect(total).toBe(4)
    expect(status.querySelector('li[data-status="kept"]')).toHaveAttribute('data-count', '1')
  })
})
