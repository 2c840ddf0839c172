import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { letterFiles } from '../support/real-data'
import { renderApp } from '../support/render-app'

/**
 * Error boundaries per widget and per route: one part that throws shows its own error with a
 * retry, and the rest of the page keeps working. The failures are provoked by mocked modules
 * that throw while `failing` says so.
 */
const failing = vi.hoisted(() => ({ statusTotals: false, chart: false, fundingPage: false }))

vi.mock('../../src/features/overview/components/status-totals', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/features/overview/components/status-totals')>()
  return {
    StatusTotals: (props: Parameters<typeof original.StatusTotals>[0]) => {
      if (failing.statusTotals) throw new Error('status totals exploded')
      return <original.StatusTotals {...props} />
    },
  }
})

vi.mock('../../src/features/overview/components/target-progress-chart', async (importOriginal) => {
  const original =
    await importOriginal<
      typeof import('../../src/features/overview/components/target-progress-chart')
    >()
  return {
    ...original,
    default: (props: Parameters<typeof original.default>[0]) => {
      // A hostile value reaching the chart: the kind of input recharts would choke on.
      if (failing.chart) throw new RangeError('Invalid array length')
      return <original.default {...props} />
    },
  }
})

vi.mock('../../src/features/funding/components/funding-page', () => ({
  FundingPage: () => {
    if (failing.fundingPage) throw new Error('funding page exploded')
    return <h1>资金(测试替身)</h1>
  },
}))

const handlers = () => dataFileHandlers(letterFiles())

beforeEach(() => {
  failing.statusTotals = false
  failing.chart = false
  failing.fundingPage = false
  // React reports caught errors on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('a widget that throws', () => {
  it('shows its own error with a retry; the headline figures and other widgets stay', async () => {
    failing.statusTotals = true
    renderApp({ handlers: handlers() })
    const error = await screen.findByText('此部分无法显示:status totals exploded')
    const widget = error.closest('.widget-error') as HTMLElement
    expect(widget).toHaveAttribute('role', 'alert')

    // Everything else on the page works.
    expect(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')).not.toBeNull()
    expect(screen.getByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看资金详情' })).toBeInTheDocument()

    // The cause goes away; "retry" brings the widget back without reloading the page.
    failing.statusTotals = false
    await userEvent.click(within(widget).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(screen.queryByText(/status totals exploded/)).toBeNull())
  })

  it('a chart that throws on its data: the chart says so, the cards and the table of figures stay', async () => {
    failing.chart = true
    renderApp({ handlers: handlers() })
    expect(await screen.findByText('此部分无法显示:Invalid array length')).toBeInTheDocument()
    expect(document.querySelector('[data-commitment-id="km-153005-c-projects-20"]')).not.toBeNull()
    expect(
      screen.getAllByText(/不计入基数 12:3 \/ 20;计入基数 12:15 \/ 20/).length,
    ).toBeGreaterThan(0)
  })
})

describe('a route that throws', () => {
  it('shows the error in place of the page; navigation still works', async () => {
    failing.fundingPage = true
    renderApp({ route: '/funding', handlers: handlers() })
    expect(await screen.findByText('此部分无法显示:funding page exploded')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: '主导航' })
    await userEvent.click(within(nav).getByRole('link', { name: '总览' }))
    expect(await screen.findByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
    expect(screen.queryByText(/funding page exploded/)).toBeNull()
  })
})
