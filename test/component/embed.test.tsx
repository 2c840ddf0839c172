import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { EmbedRoot } from '../../src/app/embed-root'
import { drawnWidgetIds, embedWidgets } from '../../src/app/embed-widgets'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import type { Language } from '../../src/domain/language'
import { adoptQueryParams } from '../../src/features/embed/embed-params'
import {
  embedIdFromSearch,
  FIXED_EMBED_IDS,
  parseEmbedId,
} from '../../src/features/embed/embed-target'
import { resizeTargetOrigin } from '../../src/features/embed/resize-target'
import { embedCode, embedScriptUrl, embedUrl } from '../../src/lib/ui/embed-code'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { letterFiles, realDataFiles } from '../support/real-data'

function renderEmbed(
  id: string,
  {
    lang = 'zh-CN',
    route = '/?asOf=2025-06-30',
    search = '',
    files = letterFiles(),
  }: { lang?: string; route?: string; search?: string; files?: DataFiles } = {},
) {
  server.use(...dataFileHandlers(files))
  // The widget's own address: `?embed=…` (and whatever else the host wrote) before the hash.
  window.history.replaceState(null, '', `/${search}#${route}`)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
  })
  return render(<EmbedRoot id={id} queryClient={queryClient} lang={lang as Language} />)
}

const SOURCE = '来源:第153005号建议 · 昆明市科学技术局 · 2023年6月19日'

afterEach(() => {
  document.querySelectorAll('base').forEach((base) => base.remove())
  window.history.replaceState(null, '', '/')
})

/** The cross-surface contract: `[data-field]` inside the commitment's element. */
function field(card: HTMLElement, name: string): HTMLElement {
  const element = card.querySelector<HTMLElement>(`[data-field="${name}"]`)
  if (!element) throw new Error(`no ${name}`)
  return element
}

/** A commitment card once the letter's text is in and its quote has been checked. */
async function card(id: string, options: Parameters<typeof renderEmbed>[1] = {}) {
  renderEmbed(`commitment-${id}`, options)
  const article = await screen.findByRole('article')
  await vi.waitFor(() =>
    expect(article.querySelector('[data-quote-check]')).not.toHaveAttribute(
      'data-quote-check',
      'unchecked',
    ),
  )
  expect(article).toHaveAttribute('data-commitment-id', id)
  return article
}

describe('an embedded widget (?embed=<id>)', () => {
  it('shows the targets chart alone, with its source note, as-of date and a way back', async () => {
    renderEmbed('targets')
    const frame = await screen.findByRole('figure', { name: '各项目标的完成进度' })
    expect(frame).toHaveAttribute('data-widget-id', 'targets')
    expect(screen.getByText(SOURCE)).toBeInTheDocument()
    // Two dates, never one for the other: the view date and the newest evidence published by then.
    expect(screen.getByText('查看日期 2025年6月30日')).toBeInTheDocument()
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
    expect(screen.queryByText(/数据截至/)).toBeNull()
    const back = screen.getByRole('link', { name: '在“承诺追踪”中查看完整内容' })
    expect(back).toHaveAttribute('target', '_top')
    expect(back.getAttribute('href')).toMatch(/#\/\?asOf=2025-06-30$/)
    expect(back.getAttribute('href')).not.toContain('embed=')
    // Nothing of the dashboard's shell, and no tools to re-embed from inside an embed.
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByRole('button', { name: '复制嵌入代码' })).toBeNull()
    expect(screen.queryByRole('button', { name: '下载 CSV' })).toBeNull()
    expect(document.title).toBe('各项目标的完成进度 · 承诺追踪')
  })

  it('makes links open the full dashboard in the top window', async () => {
    renderEmbed('status')
    await screen.findByRole('heading', { name: '各项承诺的状态' })
    const base = document.querySelector('base')
    expect(base).toHaveAttribute('target', '_top')
    expect(base?.getAttribute('href')).not.toContain('embed')
  })

  it('shows the status totals and the funding gap', async () => {
    renderEmbed('status')
    expect(await screen.findByRole('heading', { name: '各项承诺的状态' })).toBeInTheDocument()
    expect(document.querySelector('[data-widget-id="status"] li[data-status]')).not.toBeNull()
  })

  it('shows the funding gap with no payment evidence', async () => {
    renderEmbed('funding-gap')
    expect(await screen.findByRole('heading', { name: '承诺资金的拨付情况' })).toBeInTheDocument()
    expect(
      document.querySelector('[data-widget-id="funding-gap-km-153005-f-second-batch-gap"]'),
    ).not.toBeNull()
    expect(screen.getByText(SOURCE)).toBeInTheDocument()
  })

  it('shows one commitment: status, figure, open days, quote, and that no evidence is published', async () => {
    const gap = await card('km-153005-c-gap-5334')
    expect(gap).toHaveAccessibleName('第二批一体化项目缺口资金5334万元足额拨付')
    const view = within(gap)
    expect(field(gap, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(field(gap, 'status')).toHaveTextContent('待评估')
    // The figure in words ("= 5334万元" is notation), and how long the undated promise has been open.
    expect(view.getByText('5334万元')).toBeInTheDocument()
    expect(gap).not.toHaveTextContent('= 5334万元')
    expect(field(gap, 'open-days')).toHaveTextContent('未写明期限 · 自答复函起已 742 天')
    expect(field(gap, 'freshness')).toHaveTextContent('(已超过一年没有新消息)')
    expect(field(gap, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(gap.querySelector('[data-quote-check]')).toHaveAttribute('data-quote-check', 'found')
    expect(gap.querySelector('blockquote')).toHaveTextContent(
      '“确保市级第二批一体化项目缺口资金5334万元及时、足额拨付”',
    )
    expect(view.getByRole('region', { name: '最新进展证据' })).toHaveTextContent('暂无公开进展证据')
    expect(field(gap, 'evidence-label')).toHaveAttribute('data-comparability', 'none')
    expect(screen.getByText(SOURCE)).toBeInTheDocument()
    // This commitment's own evidence date: none, whatever the other commitments have.
    expect(screen.getByText('截至查看日期尚无公开证据')).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: '在“承诺追踪”中查看完整内容' }).getAttribute('href'),
    ).toContain('#/commitments/km-153005-c-gap-5334?asOf=2025-06-30')
  })

  it('shows related-metric evidence only with its label and caveat', async () => {
    const patents = await card('km-153005-c-patents-60')
    expect(field(patents, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(field(patents, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(field(patents, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(patents).toHaveTextContent('申请各类知识产权231项')
    expect(field(patents, 'caveat')).toHaveTextContent(
      '这条证据的统计口径与承诺不同,只作参考,不计入进度。',
    )
    expect(field(patents, 'caveat')).toHaveTextContent('不等于答复预计的“发明专利60余项”')
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
  })

  it('shows both readings of a target whose baseline may or may not count, and no percent', async () => {
    const projects = await card('km-153005-c-projects-20')
    const progress = field(projects, 'progress')
    expect(progress).toHaveAttribute('data-readings', '2')
    expect(progress).toHaveTextContent('不计入基数 12:3 / 20')
    expect(progress).toHaveTextContent('计入基数 12:15 / 20(推算值,原文未写明:12加3)')
    expect(projects).not.toHaveTextContent('完成目标的')
    // The newest news is a related metric (with its caveat); the readings come from another item.
    expect(field(projects, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field(projects, 'caveat')).toHaveTextContent('不作为“立项20个以上”的进度值')
    expect(field(projects, 'comparable-evidence')).toHaveTextContent(
      '2023年全市新增“工业与安防信息感知关键技术研发”等3个省市一体化重大项目',
    )
  })

  it('labels a reported result by its kind, with no status badge and no deadline', async () => {
    const result = await card('km-153005-c-funding-187m')
    expect(field(result, 'status')).toHaveAttribute('data-status', 'none')
    expect(field(result, 'status')).toHaveTextContent('已报告的成果')
    expect(result.querySelector('.status-badge')).toBeNull()
    expect(result.querySelector('.deadline-light')).toBeNull()
    expect(result.querySelector('[data-field="progress"]')).toBeNull()
  })

  it('warns when the recorded quote is not in the letter', async () => {
    const files = letterFiles()
    const edited = '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付'
    const commitments = files['km-153005/commitments.json'] as CommitmentsFile
    commitments.commitments.find((c) => c.id === 'km-153005-c-gap-5334')!.quote = edited
    const gap = await card('km-153005-c-gap-5334', { files })
    const quote = gap.querySelector('[data-quote-check]') as HTMLElement
    expect(quote).toHaveAttribute('data-quote-check', 'not-found')
    expect(quote).toHaveTextContent('未能在答复函全文中找到这段原文,请核对数据')
    expect(within(quote).queryByText('答复函原文')).toBeNull()
    expect(quote).not.toHaveTextContent(`“${edited}”`)
  })

  it('shows a commitment’s latest evidence with its source', async () => {
    const projects = await card('km-153005-c-projects-20')
    const evidence = within(projects).getByRole('region', { name: '最新进展证据' })
    expect(evidence).toHaveTextContent('2025年2月20日')
    expect(within(evidence).getAllByRole('link')[0]).toHaveAttribute('target', '_blank')
  })

  it('honours ?asOf= in its query string (before the hash), as every view does', async () => {
    renderEmbed('targets', { search: '?embed=targets&asOf=2024-01-01', route: '/' })
    await screen.findByRole('figure', { name: '各项目标的完成进度' })
    expect(screen.getByText('查看日期 2024年1月1日')).toBeInTheDocument()
    // Nothing was published by then: the data's date says so, rather than "as of" that day.
    expect(screen.getByText('截至查看日期尚无公开证据')).toBeInTheDocument()
    expect(window.location.hash).toBe('#/?asOf=2024-01-01')
    expect(window.location.search).toBe('?embed=targets&asOf=2024-01-01')
    expect(
      screen.getByRole('link', { name: '在“承诺追踪”中查看完整内容' }).getAttribute('href'),
    ).toMatch(/#\/\?asOf=2024-01-01$/)
  })

  it('says so when the address gives two different dates, and which one it shows', async () => {
    renderEmbed('status', { search: '?embed=status&asOf=2024-01-01', route: '/?asOf=2025-06-30' })
    await screen.findByRole('heading', { name: '各项承诺的状态' })
    expect(screen.getByText('查看日期 2025年6月30日')).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(
      '地址中 asOf 有两个不同的值:“2024-01-01”(“?”之后)和“2025-06-30”(“#”之后);显示的是“2025-06-30”。',
    )
  })

  it('refuses an impossible date in its query string with a visible note', async () => {
    renderEmbed('status', { search: '?embed=status&asOf=2023-02-30', route: '/' })
    await screen.findByRole('heading', { name: '各项承诺的状态' })
    expect(screen.getByRole('note')).toHaveTextContent(
      '地址中的日期 “2023-02-30” 无效,已改为显示今天的情况。',
    )
  })

  it('reads in English', async () => {
    renderEmbed('targets', { lang: 'en' })
    expect(
      await screen.findByRole('link', { name: 'See everything in “Commitment Tracker”' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/^Source: Suggestion No\. 153005/)).toBeInTheDocument()
  })

  it('explains an unknown widget id and lists the ones that exist', async () => {
    renderEmbed('no-such-widget')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('地址中的嵌入编号 “no-such-widget” 不对应任何部件。')
    expect(alert).toHaveTextContent('targets')
    expect(alert).toHaveTextContent('commitment-<id>')
  })

  it('explains an unknown commitment', async () => {
    renderEmbed('commitment-km-nope')
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到编号为 “km-nope” 的承诺')
  })
})

describe('the widget registry (src/app/embed-widgets.ts)', () => {
  it('draws every fixed embed id, each once, from the features’ own widget lists', () => {
    expect([...drawnWidgetIds].sort()).toEqual([...FIXED_EMBED_IDS].sort())
    for (const id of FIXED_EMBED_IDS) expect(embedWidgets.view[id].id).toBe(id)
  })

  it.each(FIXED_EMBED_IDS.filter((id) => id !== 'targets'))(
    '%s renders alone with its title as the page’s h1',
    async (id) => {
      renderEmbed(id)
      await screen.findByText(SOURCE)
      expect(document.title).toMatch(/ · 承诺追踪$/)
      expect(document.querySelector(`.embed-root [data-widget-id="${id}"]`)).not.toBeNull()
      expect(screen.getAllByRole('heading', { level: 1 }).length).toBeGreaterThan(0)
    },
  )

  it.each([
    ['funding-gap-km-153005-f-second-batch-gap', '[data-line-id="km-153005-f-second-batch-gap"]'],
    ['funding-target-km-153005-c-funds-300m', '.funding-target'],
    ['commitment-value-km-153005-c-projects-20', '[data-widget-id]'],
  ])('%s draws its item', async (id, selector) => {
    renderEmbed(id)
    await screen.findByText(SOURCE)
    expect(document.querySelector(`.embed-widget ${selector}`)).not.toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('view parameters in an embed’s query string', () => {
  it('are moved into the hash when the hash has none', () => {
    expect(adoptQueryParams('?embed=targets&asOf=2024-01-01&doc=km-1', '')).toEqual({
      hash: '#/?asOf=2024-01-01&doc=km-1',
      conflicts: [],
    })
    expect(adoptQueryParams('?embed=targets&asOf=2024-01-01', '#/?doc=km-1')).toEqual({
      hash: '#/?doc=km-1&asOf=2024-01-01',
      conflicts: [],
    })
  })

  it('leave the hash alone when it says the same, and report when it says otherwise', () => {
    expect(adoptQueryParams('?embed=x&asOf=2024-01-01', '#/?asOf=2024-01-01')).toEqual({
      hash: null,
      conflicts: [],
    })
    expect(adoptQueryParams('?embed=x&asOf=2024-01-01', '#/?asOf=2025-06-30')).toEqual({
      hash: null,
      conflicts: [{ name: 'asOf', query: '2024-01-01', hash: '2025-06-30' }],
    })
    expect(adoptQueryParams('?embed=x', '#/?asOf=2025-06-30')).toEqual({
      hash: null,
      conflicts: [],
    })
  })
})

describe('embed ids', () => {
  it.each([
    ['targets', { kind: 'targets' }],
    ['funding-gap', { kind: 'funding-gap' }],
    ['funding-gap-km-1', { kind: 'funding-gap-line', lineId: 'km-1' }],
    ['funding-target-km-2', { kind: 'funding-target-commitment', commitmentId: 'km-2' }],
    ['commitment-km-3', { kind: 'commitment', commitmentId: 'km-3' }],
    ['commitment-value-km-4', { kind: 'commitment-value', commitmentId: 'km-4' }],
    ['commitment-', { kind: 'unknown', id: 'commitment-' }],
    ['<script>', { kind: 'unknown', id: '<script>' }],
  ])('%s', (id, target) => {
    expect(parseEmbedId(id)).toEqual(target)
  })

  it('comes from the query before the hash', () => {
    expect(embedIdFromSearch('?embed=status&lang=en')).toBe('status')
    expect(embedIdFromSearch('')).toBeNull()
  })
})

describe('embed code', () => {
  const location = { origin: 'https://intranet.gov.cn', pathname: '/a/b/c/' }

  it('points at this sub-path, carries language, date and document, and loads embed.js', () => {
    const params = new URLSearchParams('asOf=2025-06-30&doc=km-153005&status=kept')
    expect(embedUrl({ id: 'targets', title: '', lang: 'en', viewParams: params, location })).toBe(
      'https://intranet.gov.cn/a/b/c/?embed=targets&lang=en#/?asOf=2025-06-30&doc=km-153005',
    )
    expect(embedScriptUrl({ origin: location.origin, pathname: '/a/b/c/index.html' })).toBe(
      'https://intranet.gov.cn/a/b/c/embed.js',
    )
    const code = embedCode({ id: 'status', title: '“状态” <统计> & more', lang: 'zh-CN', location })
    expect(code).toBe(
      [
        '<iframe data-commitment-tracker src="https://intranet.gov.cn/a/b/c/?embed=status&amp;lang=zh-CN" title="“状态” &lt;统计&gt; &amp; more" width="100%" height="480" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        '<script src="https://intranet.gov.cn/a/b/c/embed.js" defer></script>',
      ].join('\n'),
    )
  })
})

describe('where the height goes', () => {
  const own = 'https://intranet.gov.cn'
  it('to the same origin always, to others only when configured', () => {
    expect(resizeTargetOrigin([], own, own)).toBe(own)
    expect(resizeTargetOrigin([], own, 'https://portal.gov.cn')).toBeNull()
    expect(resizeTargetOrigin(['https://portal.gov.cn'], own, 'https://portal.gov.cn')).toBe(
      'https://portal.gov.cn',
    )
    expect(resizeTargetOrigin(['*'], own, 'https://anyone.example')).toBe('https://anyone.example')
    expect(resizeTargetOrigin(['*'], own, null)).toBeNull()
    expect(resizeTargetOrigin(['*'], own, 'null')).toBeNull()
  })

  it('draws one responding body’s funding chart by the id the funding page gives it', async () => {
    renderEmbed('funding-stages-gd-nynct-2020-1238', { files: realDataFiles() })
    expect(
      await screen.findByRole('heading', { level: 1, name: '各笔资金:承诺、安排与拨付' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/来源:第1238号建议 · 广东省农业农村厅/)).toBeInTheDocument()
    expect(screen.getByText(/25亿元/, { selector: 'td, dd, li, span' })).toBeInTheDocument()
    // Only this body's money, dated by this body's evidence (it has none).
    expect(document.body.textContent).not.toContain('18700万元')
    expect(document.body.textContent).not.toContain('最新证据发布于 2025年2月20日')
    expect(screen.queryByText('没有这个组件')).toBeNull()
  }, 30_000)
})
