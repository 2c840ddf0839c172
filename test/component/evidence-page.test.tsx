import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { letterFiles, realDataFiles } from '../support/real-data'

/**
 * The evidence page (#/evidence) through the whole app and msw. The as-of date is pinned: what
 * is published by then, and each commitment's status, must not move with the calendar.
 */
const real = () => dataFileHandlers(realDataFiles())
const AS_OF = '2025-08-15'
// The first render also loads the page's code: allow for a busy machine.
const SLOW = { timeout: 15_000 }

const list = async () => screen.findByRole('list', { name: /进展证据|Evidence/ }, SLOW)
const entries = () => [...document.querySelectorAll<HTMLElement>('li[data-evidence-id]')]
const entryIds = () => entries().map((e) => e.getAttribute('data-evidence-id'))
const entry = (id: string) => document.querySelector<HTMLElement>(`li[data-evidence-id="${id}"]`)!
const hashParams = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

describe('evidence page on the shipped 153005 data', { timeout: 30_000 }, () => {
  it('lists every published piece of evidence, newest first, with label, caveat, source and commitment', async () => {
    renderApp({ route: `/evidence?asOf=${AS_OF}`, handlers: real() })
    expect(
      await screen.findByRole('heading', { level: 1, name: '进展证据' }, SLOW),
    ).toBeInTheDocument()
    await list()
    expect(screen.getByText('显示 8 / 8 条证据')).toHaveAttribute('role', 'status')
    // Both dates, never confused: the view date and the newest evidence.
    expect(screen.getByText(/查看日期 2025年8月15日/)).toHaveTextContent(
      '最新证据发布于 2025年2月20日',
    )

    const dates = entries().map((e) => e.querySelector('time')!.getAttribute('dateTime'))
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates.slice(0, 5).every((d) => d === '2025-02-20')).toBe(true)
    expect(dates.slice(5).every((d) => d === '2024-02-22')).toBe(true)

    // 231 items of IP of all kinds: a related metric, never without its caveat.
    const ip = entry('km-153005-u-2024-ip-applications')
    const label = ip.querySelector('[data-field="evidence-label"]')!
    expect(label).toHaveAttribute('data-comparability', 'related-metric')
    expect(label).toHaveTextContent('相关但不同口径')
    expect(ip).toHaveTextContent('13个省市一体化重大科技项目申请各类知识产权231项。')
    expect(ip.querySelector('[data-field="caveat"]')).toHaveTextContent(
      '不等于答复预计的“发明专利60余项”',
    )
    expect(ip).toHaveTextContent('所报告的情况截至 2024年12月31日')
    // The source, with its publisher, its title and its link.
    expect(ip.querySelector('.evidence-source')).toHaveTextContent(
      '来源:云南网 · 云南网报道:2025年昆明市科技工作会(原标题未记录)',
    )
    expect(within(ip).getByRole('link', { name: 'yn.yunnan.cn' })).toHaveAttribute(
      'href',
      'https://yn.yunnan.cn/system/2025/02/20/033398581.shtml',
    )
    // The commitment it bears on, linked, with its status.
    const bearsOn = ip.querySelector<HTMLElement>('[data-commitment-id="km-153005-c-patents-60"]')!
    expect(within(bearsOn).getByRole('link', { name: '预计申请发明专利60余项' })).toHaveAttribute(
      'href',
      `#/commitments/km-153005-c-patents-60?asOf=${AS_OF}`,
    )
    expect(bearsOn.querySelector('[data-field="status"]')).toHaveAttribute(
      'data-status',
      'not-rated',
    )

    // Every related-metric and context item carries its caveat; the one like-for-like figure
    // (3 new projects in 2023) needs none.
    for (const e of entries()) {
      const comparability = e
        .querySelector('[data-field="evidence-label"]')!
        .getAttribute('data-comparability')
      const caveat = e.querySelector('[data-field="caveat"]')
      if (comparability === 'same-metric') expect(caveat).toBeNull()
      else expect(caveat).not.toBeNull()
    }
    const projects = entry('km-153005-u-2023-new-projects')
    expect(projects.querySelector('[data-field="evidence-label"]')).toHaveTextContent('同口径数据')
    expect(
      projects.querySelector(
        '[data-commitment-id="km-153005-c-projects-20"] [data-field="status"]',
      ),
    ).toHaveAttribute('data-status', 'in-progress')
  })

  it('filters by comparability with the checkbox and writes the filter to the URL', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/evidence?asOf=${AS_OF}`, handlers: real() })
    await list()
    const group = screen.getByRole('group', { name: '证据口径' })
    await user.click(within(group).getByRole('checkbox', { name: '同口径数据(1)' }))
    expect(entryIds()).toEqual(['km-153005-u-2023-new-projects'])
    expect(screen.getByText('显示 1 / 8 条证据')).toBeInTheDocument()
    expect(hashParams().get('comparability')).toBe('same-metric')
    expect(hashParams().get('asOf')).toBe(AS_OF)

    await user.click(within(group).getByRole('checkbox', { name: '背景信息(4)' }))
    expect(entryIds()).toHaveLength(5)
    expect(hashParams().get('comparability')).toBe('same-metric,context')
  })

  it('searches the evidence: 营业收入, 云南日报 and 231 find their items, the query in the URL', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/evidence?asOf=${AS_OF}`, handlers: real() })
    await list()
    const box = screen.getByRole('searchbox', { name: '搜索证据' })
    await user.type(box, '营业收入')
    // The revenue item, and the two whose source sentence names the revenue too.
    expect([...entryIds()].sort()).toEqual([
      'km-153005-u-2024-ip-applications',
      'km-153005-u-2024-projects-with-results',
      'km-153005-u-2024-revenue',
    ])
    expect(hashParams().get('q')).toBe('营业收入')
    expect(screen.getByRole('link', { name: '在承诺清单中搜索“营业收入”' })).toHaveAttribute(
      'href',
      `#/commitments?asOf=${AS_OF}&q=${encodeURIComponent('营业收入')}`,
    )

    await user.clear(box)
    await user.type(box, '云南日报')
    expect([...entryIds()].sort()).toEqual([
      'km-153005-u-2023-key-labs',
      'km-153005-u-2023-new-projects',
      'km-153005-u-2023-workstations',
    ])

    await user.clear(box)
    await user.type(box, '231')
    expect(entryIds()).toContain('km-153005-u-2024-ip-applications')
    expect(screen.getByText(`显示 ${entryIds().length} / 8 条证据`)).toBeInTheDocument()
  })

  it('reads filters and search from a shared URL', async () => {
    renderApp({
      route: `/evidence?asOf=${AS_OF}&comparability=context&q=WorkStations`,
      handlers: real(),
    })
    await list()
    expect(entryIds()).toEqual(['km-153005-u-2024-workstations', 'km-153005-u-2023-workstations'])
    expect(screen.getByRole('checkbox', { name: /^背景信息/ })).toBeChecked()
    expect(screen.getByRole('searchbox', { name: '搜索证据' })).toHaveValue('WorkStations')
  })

  it('says so when nothing matches, and clears every filter but keeps the as-of date', async () => {
    const user = userEvent.setup()
    renderApp({
      route: `/evidence?asOf=${AS_OF}&q=${encodeURIComponent('不存在的词')}`,
      handlers: real(),
    })
    expect(
      await screen.findByRole('heading', { name: '没有符合条件的证据' }, SLOW),
    ).toBeInTheDocument()
    expect(screen.getByText('显示 0 / 8 条证据')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }))
    await list()
    expect(entryIds()).toHaveLength(8)
    expect(hashParams().get('q')).toBeNull()
    expect(hashParams().get('asOf')).toBe(AS_OF)
  })

  it('before any evidence was published, says there is none (not "0 of 0")', async () => {
    // The letter is from 2023-06-19; the first evidence was published on 2024-02-22.
    renderApp({ route: '/evidence?asOf=2024-01-01', handlers: real() })
    expect(await screen.findByRole('heading', { name: '还没有进展证据' }, SLOW)).toBeInTheDocument()
    expect(
      screen.getByText(/截至查看日期 2024年1月1日,数据中没有任何已发布的进展证据/),
    ).toBeInTheDocument()
    expect(screen.queryByText(/显示 0/)).not.toBeInTheDocument()
    expect(screen.queryByRole('search')).not.toBeInTheDocument()
    expect(entries()).toHaveLength(0)
  })

  it('only shows what was published by the view date', async () => {
    renderApp({ route: '/evidence?asOf=2024-06-30', handlers: real() })
    await list()
    expect([...entryIds()].sort()).toEqual([
      'km-153005-u-2023-key-labs',
      'km-153005-u-2023-new-projects',
      'km-153005-u-2023-workstations',
    ])
  })

  it('is in the main navigation, and reads in English', async () => {
    renderApp({ route: `/evidence?asOf=${AS_OF}`, lang: 'en', handlers: real() })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Evidence' }, SLOW),
    ).toBeInTheDocument()
    await list()
    const nav = screen.getByRole('navigation', { name: /main/i })
    expect(within(nav).getByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(screen.getByText('Showing 8 of 8 pieces of evidence')).toBeInTheDocument()
    const revenue = entry('km-153005-u-2024-revenue')
    expect(revenue).toHaveTextContent('CNY 6.315 billion of operating revenue')
    expect(revenue.querySelector('[data-field="caveat"]')).toHaveTextContent(
      'Operating revenue is not the same as',
    )
    expect(revenue.querySelector('.evidence-source')).toHaveTextContent(
      'Yunnan Net (yunnan.cn) · Yunnan Net report on the 2025 Kunming',
    )
  })
})

describe('evidence page on illustrative data (two documents)', { timeout: 30_000 }, () => {
  it('filters by document', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/evidence?asOf=${AS_OF}` })
    await list()
    expect(entryIds()).toEqual([
      'demo-transit-u-2024',
      'demo-transit-u-funds',
      'demo-transit-u-2023',
    ])
    const select = screen.getByRole('combobox', { name: '所属文件' })
    await user.selectOptions(select, 'demo-schools')
    expect(hashParams().get('doc')).toBe('demo-schools')
    expect(await screen.findByRole('heading', { name: '没有符合条件的证据' })).toBeInTheDocument()
    await user.selectOptions(select, 'demo-transit')
    expect(entryIds()).toHaveLength(3)
    // A source without an address says so rather than linking nowhere.
    expect(entry('demo-transit-u-funds')).toHaveTextContent('数据未提供来源网址')
  })
})

/** The shipped km-153005 letter alone, so the expected matches do not move as letters are added. */
const km153005Only = () => dataFileHandlers(letterFiles('km-153005'))

describe('evidence page search across Simplified and Traditional', { timeout: 30_000 }, () => {
  it('finds the Simplified evidence with a Traditional query typed in the box', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/evidence?asOf=${AS_OF}`, handlers: km153005Only() })
    await list()
    const box = screen.getByRole('searchbox', { name: '搜索证据' })
    // 營 and 雲/報 are Traditional: found once the converter has loaded on first use.
    await user.type(box, '營業收入')
    await waitFor(
      () =>
        expect([...entryIds()].sort()).toEqual([
          'km-153005-u-2024-ip-applications',
          'km-153005-u-2024-projects-with-results',
          'km-153005-u-2024-revenue',
        ]),
      SLOW,
    )
    expect(hashParams().get('q')).toBe('營業收入')

    await user.clear(box)
    await user.type(box, '雲南日報')
    await waitFor(() =>
      expect([...entryIds()].sort()).toEqual([
        'km-153005-u-2023-key-labs',
        'km-153005-u-2023-new-projects',
        'km-153005-u-2023-workstations',
      ]),
    )
    expect(screen.getByText('显示 3 / 8 条证据')).toBeInTheDocument()
  })
})
