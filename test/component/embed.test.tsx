import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { EmbedRoot } from '../../src/app/embed-root'
import type { Language } from '../../src/domain/language'
import { embedIdFromSearch, parseEmbedId } from '../../src/features/embed/embed-target'
import { resizeTargetOrigin } from '../../src/features/embed/resize-target'
import { embedCode, embedScriptUrl, embedUrl } from '../../src/lib/ui/embed-code'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { realDataFiles } from '../support/real-data'

function renderEmbed(id: string, { lang = 'zh-CN', route = '/?asOf=2025-06-30' } = {}) {
  server.use(...dataFileHandlers(realDataFiles()))
  window.location.hash = route
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
  })
  return render(<EmbedRoot id={id} queryClient={queryClient} lang={lang as Language} />)
}

const SOURCE = '来源:第153005号建议 · 昆明市科学技术局 · 2023年6月19日'

afterEach(() => document.querySelectorAll('base').forEach((base) => base.remove()))

describe('an embedded widget (?embed=<id>)', () => {
  it('shows the targets chart alone, with its source note, as-of date and a way back', async () => {
    renderEmbed('targets')
    const frame = await screen.findByRole('figure', { name: '各项目标的完成进度' })
    expect(frame).toHaveAttribute('data-widget-id', 'targets')
    expect(screen.getByText(SOURCE)).toBeInTheDocument()
    expect(screen.getByText('数据截至 2025年6月30日')).toBeInTheDocument()
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

  it('shows one commitment: status, figure, quote, and that no evidence is published', async () => {
    renderEmbed('commitment-km-153005-c-gap-5334')
    const card = await screen.findByRole('article', {
      name: '第二批一体化项目缺口资金5334万元足额拨付',
    })
    const view = within(card)
    expect(view.getByText('待评估')).toBeInTheDocument()
    expect(view.getByText('= 5334万元')).toBeInTheDocument()
    expect(card.querySelector('blockquote')).toHaveTextContent(
      '确保市级第二批一体化项目缺口资金5334万元',
    )
    expect(view.getByRole('region', { name: '最新进展证据' })).toHaveTextContent('暂无公开进展证据')
    expect(screen.getByText(SOURCE)).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: '在“承诺追踪”中查看完整内容' }).getAttribute('href'),
    ).toContain('#/commitments/km-153005-c-gap-5334?asOf=2025-06-30')
  })

  it('shows a commitment’s latest evidence with its source', async () => {
    renderEmbed('commitment-km-153005-c-projects-20')
    const card = await screen.findByRole('article', { name: '积极争取立项20个以上' })
    const evidence = within(card).getByRole('region', { name: '最新进展证据' })
    expect(evidence).toHaveTextContent('2025年2月20日')
    expect(within(evidence).getByRole('link')).toHaveAttribute('target', '_blank')
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
})
