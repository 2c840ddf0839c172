import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { letterFiles } from '../support/real-data'

/**
 * The commitments list through the whole app and msw. The as-of date is pinned where statuses
 * or deadline lights matter, so the tests do not change meaning as the calendar moves on.
 */
const real = () => dataFileHandlers(letterFiles())
const AS_OF = '2025-08-15'

// The first render also loads the page's code: allow for a busy machine.
const SLOW = { timeout: 15_000 }
const table = async () => screen.findByRole('table', { name: /承诺清单|Commitments/ }, SLOW)
const rowIds = () =>
  [...document.querySelectorAll('tbody tr[data-commitment-id]')].map((row) =>
    row.getAttribute('data-commitment-id'),
  )
const hashParams = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

// 55 rows of real data through the whole app: several seconds each on a busy machine.
describe('commitments list on the shipped 153005 data', { timeout: 30_000 }, () => {
  it('lists every commitment of every kind with its status, deadline, kind, category and section', async () => {
    renderApp({ route: '/commitments', handlers: real() })
    expect(
      await screen.findByRole('heading', { level: 1, name: '承诺清单' }, SLOW),
    ).toBeInTheDocument()
    // The 29 promises, targets and forecasts with their header; the 26 reported results below,
    // in their own (folded) group with its own table.
    const rows = within(await table()).getAllByRole('row')
    expect(rows).toHaveLength(30)
    expect(document.querySelectorAll('.list-results tbody tr[data-commitment-id]')).toHaveLength(26)
    expect(rowIds()).toHaveLength(55)
    expect(screen.getByText('显示 55 / 55 项承诺')).toHaveAttribute('role', 'status')

    const gap = within(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')!)
    expect(
      gap.getByRole('link', { name: '第二批一体化项目缺口资金5334万元足额拨付' }),
    ).toBeInTheDocument()
    expect(gap.getByText('待评估')).toBeInTheDocument()
    expect(gap.getByText('暂无公开进展证据')).toBeInTheDocument()
    expect(gap.getAllByText('未写明期限').length).toBeGreaterThan(0)
    expect(gap.getByText('量化目标')).toBeInTheDocument()
    expect(gap.getByText('资金')).toBeInTheDocument()
    expect(gap.getByText('三(二)')).toBeInTheDocument()

    // A reported result has no deadline light, and no deadline cell to say "not applicable" in.
    const result = document.querySelector('[data-commitment-id="km-153005-c-projects-12"]')!
    expect(result.querySelector('.deadline-light')).toBeNull()
    expect(result.querySelector('.list-cell-deadline')).toBeNull()
    expect(within(result as HTMLElement).getByText('已报告的成果')).toBeInTheDocument()

    // One document: no document column and no document filter.
    expect(screen.queryByRole('columnheader', { name: '文件' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: '所属文件' })).not.toBeInTheDocument()
  })

  it('renders each row from its assessment: status, readings, latest evidence label', async () => {
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: real() })
    await table()
    const row = (id: string) => document.querySelector(`tr[data-commitment-id="${id}"]`)!
    const field = (id: string, name: string) =>
      row(id).querySelector<HTMLElement>(`[data-field="${name}"]`)

    // 3 new projects in 2023, and the letter does not say whether the 12 earlier ones count:
    // both readings, and no single percent.
    expect(field('km-153005-c-projects-20', 'status')).toHaveAttribute('data-status', 'in-progress')
    const readings = field('km-153005-c-projects-20', 'progress')!
    expect(readings).toHaveAttribute('data-readings', '2')
    expect(readings.textContent).toContain('3 / 20')
    expect(readings.textContent).toContain('15 / 20')
    expect(readings.textContent).not.toMatch(/%/)
    expect(field('km-153005-c-projects-20', 'evidence-label')).toHaveAttribute(
      'data-comparability',
      'related-metric',
    )

    // 231 items of IP of all kinds and CNY 6.315bn of revenue are related metrics: no progress,
    // no status from them, and they are shown with their label and their caveat.
    const related = {
      'km-153005-c-patents-60': ['231项', '不等于答复预计的“发明专利60余项”'],
      'km-153005-c-sales-5b': ['63.15亿元', '营业收入不等于答复预计的“相关新产品销售规模”'],
    }
    for (const [id, [figure, caveat]] of Object.entries(related)) {
      expect(field(id, 'status')).toHaveAttribute('data-status', 'not-rated')
      expect(field(id, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
      expect(field(id, 'evidence-label')).toHaveTextContent('相关但不同口径')
      expect(row(id)).toHaveTextContent(figure!)
      expect(field(id, 'caveat')).toHaveTextContent(caveat!)
    }
    // "13 projects achieved results" under "20 or more projects": the label and caveat too.
    expect(field('km-153005-c-projects-20', 'caveat')).toHaveTextContent(
      '不作为“立项20个以上”的进度值',
    )

    // No evidence at all: silence is not a verdict, and the open gap says how long it has stood.
    for (const id of ['km-153005-c-gap-5334', 'km-153005-c-funds-300m']) {
      expect(field(id, 'status')).toHaveAttribute('data-status', 'not-rated')
      expect(field(id, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
      expect(field(id, 'evidence-label')).toHaveAttribute('data-comparability', 'none')
      expect(field(id, 'evidence-label')).toHaveTextContent('暂无公开进展证据')
    }
    // Neither states a date: each says how long it has stood, 2023-06-19 (the letter) to
    // 2025-08-15. A commitment with a stated deadline has its light instead.
    expect(field('km-153005-c-gap-5334', 'open-days')).toHaveTextContent('自答复函起已 788 天')
    expect(field('km-153005-c-funds-300m', 'open-days')).toHaveTextContent('自答复函起已 788 天')
    expect(field('km-153005-c-budget-2023', 'open-days')).toBeNull() // due in 2023

    // A reported result: its kind, no status badge, no "? 待评估", no readings.
    const result = row('km-153005-c-projects-12')
    expect(field('km-153005-c-projects-12', 'status')).toHaveAttribute('data-status', 'none')
    expect(field('km-153005-c-projects-12', 'status')).toHaveTextContent('已报告的成果')
    expect(result.querySelector('.status-badge')).toBeNull()
    expect(result.textContent).not.toContain('待评估')
    expect(field('km-153005-c-projects-12', 'progress')).toBeNull()
  })

  it('links each title to the commitment’s permalink', async () => {
    renderApp({ route: '/commitments', handlers: real() })
    await table()
    expect(
      screen.getByRole('link', { name: '第二批一体化项目缺口资金5334万元足额拨付' }),
    ).toHaveAttribute('href', '#/commitments/km-153005-c-gap-5334')
    for (const id of rowIds()) {
      const link = within(document.querySelector(`[data-commitment-id="${id}"]`)!).getByRole('link')
      expect(link).toHaveAttribute('href', `#/commitments/${id}`)
    }
  })

  it('keeps the as-of date in the permalinks', async () => {
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: real() })
    await table()
    expect(
      screen.getByRole('link', { name: '第二批一体化项目缺口资金5334万元足额拨付' }),
    ).toHaveAttribute('href', `#/commitments/km-153005-c-gap-5334?asOf=${AS_OF}`)
  })

  it('filters by status with the checkbox and writes the filter to the URL', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: real() })
    await table()
    const statuses = screen.getByRole('group', { name: '状态' })
    await user.click(within(statuses).getByRole('checkbox', { name: /^推进中/ }))

    expect(rowIds()).toEqual(['km-153005-c-projects-20'])
    expect(screen.getByText('显示 1 / 55 项承诺')).toBeInTheDocument()
    expect(hashParams().get('status')).toBe('in-progress')
    expect(hashParams().get('asOf')).toBe(AS_OF)
    expect(window.location.hash.startsWith('#/commitments?')).toBe(true)
    expect(screen.getByRole('button', { name: '移除筛选条件 状态:推进中' })).toBeInTheDocument()

    // A second status widens the list; unticking the first narrows it again. Reported results
    // have no status: no status filter lists them (28 not rated + 1 in progress of 29 promises).
    expect(within(statuses).getByRole('checkbox', { name: '待评估(28)' })).toBeInTheDocument()
    await user.click(within(statuses).getByRole('checkbox', { name: /^待评估/ }))
    expect(rowIds()).toHaveLength(29)
    expect(hashParams().get('status')).toBe('in-progress,not-rated')
    await user.click(within(statuses).getByRole('checkbox', { name: /^推进中/ }))
    expect(rowIds()).toHaveLength(28)
    expect(rowIds()).not.toContain('km-153005-c-projects-12')
    expect(screen.getByText('显示 28 / 55 项承诺')).toBeInTheDocument()
    expect(hashParams().get('status')).toBe('not-rated')
    expect(screen.getByText('已报告的成果不是承诺,没有状态,不计入状态筛选。')).toBeInTheDocument()
  })

  it('redraws the timeline below the list for the filtered rows, marked busy until it has', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: real() })
    await table()
    const timeline = () => document.querySelector<HTMLElement>('.list-timeline')!
    // The rows are rebuilt once the letter's text has loaded (its quotes checked): caught up then.
    await waitFor(() => expect(timeline()).not.toHaveAttribute('aria-busy'), SLOW)
    expect(timeline().textContent).toContain('12 项承诺各占一行')

    const statuses = screen.getByRole('group', { name: '状态' })
    await user.click(within(statuses).getByRole('checkbox', { name: /^推进中/ }))
    // The list and its count at once; the chart when it has caught up, never another filter's.
    expect(rowIds()).toEqual(['km-153005-c-projects-20'])
    await waitFor(() => expect(timeline()).not.toHaveAttribute('aria-busy'))
    expect(timeline().textContent).toContain('1 项承诺各占一行')
    expect(timeline()).not.toHaveClass('list-timeline-behind')
  })

  it('opens from the overview’s status total with exactly that many commitments', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/?asOf=${AS_OF}`, handlers: real() })
    const total = await waitFor(() => {
      const item = document.querySelector('[data-status="not-rated"][data-count]')
      expect(item).not.toBeNull()
      return item!
    })
    const count = Number(total.getAttribute('data-count'))
    expect(count).toBe(28)
    await user.click(within(total as HTMLElement).getByRole('link'))
    await table()
    expect(hashParams().get('status')).toBe('not-rated')
    expect(rowIds()).toHaveLength(count)
    expect(screen.getByText(`显示 ${count} / 55 项承诺`)).toBeInTheDocument()
  })

  it('applies filters from a shared URL, and shows them as removable chips', async () => {
    const user = userEvent.setup()
    renderApp({ route: '/commitments?category=funding&kind=target', handlers: real() })
    await table()
    expect(rowIds()).toEqual(['km-153005-c-gap-5334', 'km-153005-c-funds-300m'])
    expect(screen.getByText('显示 2 / 55 项承诺')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /^资金/ })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /^量化目标/ })).toBeChecked()
    const active = screen.getByRole('list', { name: '当前筛选条件' })
    expect(within(active).getAllByRole('button')).toHaveLength(2)

    await user.click(screen.getByRole('button', { name: '移除筛选条件 类型:量化目标' }))
    expect(rowIds()).toHaveLength(10)
    expect(hashParams().get('kind')).toBeNull()
    expect(hashParams().get('category')).toBe('funding')
    // Focus stays near the removed button rather than falling back to the page.
    expect(document.activeElement).toHaveClass('list-summary')
  })

  it('ignores unknown values in the URL instead of failing', async () => {
    renderApp({ route: '/commitments?status=bogus,<b>&sort=sideways&kind=wish', handlers: real() })
    await table()
    expect(rowIds()).toHaveLength(55)
    expect(screen.queryByRole('list', { name: '当前筛选条件' })).not.toBeInTheDocument()
  })

  it('finds the 5334万元 gap by searching 缺口, and keeps the query in the URL', async () => {
    const user = userEvent.setup()
    renderApp({ route: '/commitments', handlers: real() })
    await table()
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '缺口')
    expect(rowIds()).toContain('km-153005-c-gap-5334')
    expect(rowIds().length).toBeLessThan(55)
    expect(hashParams().get('q')).toBe('缺口')
    expect(screen.getByText(`显示 ${rowIds().length} / 55 项承诺`)).toBeInTheDocument()
  })

  it('finds commitments through their evidence: 营业收入, 云南日报, 231', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: real() })
    await table()
    const box = screen.getByRole('searchbox', { name: '搜索' })
    await user.type(box, '营业收入')
    expect(rowIds()).toContain('km-153005-c-sales-5b')
    expect(screen.getByText(`显示 ${rowIds().length} / 55 项承诺`)).toBeInTheDocument()
    // The evidence itself, with its caveat, is on the evidence page: one link away.
    expect(screen.getByRole('link', { name: '在进展证据页中搜索“营业收入”' })).toHaveAttribute(
      'href',
      `#/evidence?asOf=${AS_OF}&q=${encodeURIComponent('营业收入')}`,
    )

    await user.clear(box)
    await user.type(box, '云南日报')
    expect([...rowIds()].sort()).toEqual([
      'km-153005-c-key-labs-9',
      'km-153005-c-projects-20',
      'km-153005-c-workstations-18',
    ])

    await user.clear(box)
    await user.type(box, '231')
    expect(rowIds()).toContain('km-153005-c-patents-60')
  })

  it('finds the gap in English by searching "gap"', async () => {
    const user = userEvent.setup()
    renderApp({ route: '/commitments', lang: 'en', handlers: real() })
    await table()
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'GAP')
    expect(rowIds()).toContain('km-153005-c-gap-5334')
    expect(
      screen.getByRole('link', { name: 'Pay the CNY 53.34M second-batch funding gap in full' }),
    ).toHaveAttribute('href', '#/commitments/km-153005-c-gap-5334')
    expect(screen.getByText(`Showing ${rowIds().length} of 55 commitments`)).toBeInTheDocument()
    expect(hashParams().get('q')).toBe('GAP')
  })

  it('shows an empty state whose button clears every filter but keeps the as-of date', async () => {
    const user = userEvent.setup()
    renderApp({
      route: `/commitments?asOf=${AS_OF}&q=${encodeURIComponent('不存在的词')}&status=kept`,
      handlers: real(),
    })
    expect(await screen.findByRole('heading', { name: '没有符合条件的承诺' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByText('显示 0 / 55 项承诺')).toBeInTheDocument()
    // One clear button on screen, in the empty state.
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }))

    await table()
    expect(rowIds()).toHaveLength(55)
    expect(hashParams().get('q')).toBeNull()
    expect(hashParams().get('status')).toBeNull()
    expect(hashParams().get('asOf')).toBe(AS_OF)
    expect(screen.getByRole('searchbox', { name: '搜索' })).toHaveValue('')
  })
})

describe('commitments list on illustrative data (two documents)', () => {
  it('sorts by deadline, soonest first and no deadline last', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    await table()
    // By default, by urgency (commitments-list-order.test.tsx): the result in its group below.
    expect(rowIds()).toEqual([
      'demo-transit-c-funds-50m',
      'demo-schools-c-places-3000',
      'demo-transit-c-punctuality',
      'demo-transit-c-lines-20',
      'demo-transit-c-lines-8',
    ])
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), 'deadline')
    expect(rowIds()).toEqual([
      'demo-transit-c-funds-50m', // overdue since 2024-12-31
      'demo-schools-c-places-3000', // due 2025-09-01
      'demo-transit-c-lines-20', // kept
      'demo-transit-c-punctuality', // no deadline stated
      'demo-transit-c-lines-8', // a reported result
    ])
    expect(hashParams().get('sort')).toBe('deadline')
  })

  it('reads the sort from the URL', async () => {
    renderApp({ route: `/commitments?asOf=${AS_OF}&sort=status` })
    await table()
    expect(screen.getByRole('combobox', { name: '排序' })).toHaveValue('status')
    expect(rowIds()[0]).toBe('demo-transit-c-lines-20') // 已兑现 heads the scale
  })

  it('names each row’s document and filters by document', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    // Both tables (the promises, and the folded results) name each row's document.
    expect(within(await table()).getByRole('columnheader', { name: '文件' })).toBeInTheDocument()
    const places = within(
      document.querySelector('[data-commitment-id="demo-schools-c-places-3000"]')!,
    )
    expect(places.getByText('第900002号建议')).toBeInTheDocument()

    const select = screen.getByRole('combobox', { name: '所属文件' })
    await user.selectOptions(select, 'demo-schools')
    expect(rowIds()).toEqual(['demo-schools-c-places-3000'])
    expect(screen.getByText('显示 1 / 5 项承诺')).toBeInTheDocument()
    expect(hashParams().get('doc')).toBe('demo-schools')
    expect(hashParams().get('asOf')).toBe(AS_OF)

    await user.selectOptions(select, '')
    expect(rowIds()).toHaveLength(5)
    expect(hashParams().get('doc')).toBeNull()
  })

  it('filters by deadline light and shows the kept target as done', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    await table()
    const lights = screen.getByRole('group', { name: '期限' })
    await user.click(within(lights).getByRole('checkbox', { name: /^已完成/ }))
    expect(rowIds()).toEqual(['demo-transit-c-lines-20'])
    const kept = within(document.querySelector('[data-commitment-id="demo-transit-c-lines-20"]')!)
    expect(kept.getByText('已兑现')).toBeInTheDocument()
    expect(hashParams().get('deadline')).toBe('done')
  })

  it('can be driven from the keyboard alone', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    await table()
    const search = screen.getByRole('searchbox', { name: '搜索' })
    search.focus()
    await user.keyboard('学位{Enter}')
    expect(rowIds()).toEqual(['demo-schools-c-places-3000'])
    // Enter does not submit anything away: still on the list, query intact.
    expect(window.location.hash.startsWith('#/commitments?')).toBe(true)
    const checkbox = screen.getByRole('checkbox', { name: /^已兑现/ })
    checkbox.focus()
    await user.keyboard(' ')
    expect(checkbox).toBeChecked()
    expect(await screen.findByRole('heading', { name: '没有符合条件的承诺' })).toBeInTheDocument()
  })
})

/** The shipped km-153005 letter alone, so the expected matches do not move as letters are added. */
const km153005Only = () => dataFileHandlers(letterFiles('km-153005'))

describe('commitments list search across Simplified and Traditional', { timeout: 30_000 }, () => {
  it('finds the Simplified letter with a Traditional query typed in the box', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: km153005Only() })
    await table()
    const box = screen.getByRole('searchbox', { name: '搜索' })
    // 資 is the Traditional form of 资: the converter loads on first use, then the list updates.
    await user.type(box, '缺口資金')
    await waitFor(() => expect(rowIds()).toContain('km-153005-c-gap-5334'), SLOW)
    expect(hashParams().get('q')).toBe('缺口資金')
    expect(box).toHaveValue('缺口資金')

    await user.clear(box)
    await user.type(box, '雲南日報')
    await waitFor(() =>
      expect([...rowIds()].sort()).toEqual([
        'km-153005-c-key-labs-9',
        'km-153005-c-projects-20',
        'km-153005-c-workstations-18',
      ]),
    )
    expect(await screen.findByText('显示 3 / 55 项承诺')).toBeInTheDocument()
  })
})
