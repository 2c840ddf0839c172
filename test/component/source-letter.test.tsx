import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import { coverageStats, findQuote, splitParagraphs } from '../../src/domain/source-text'
import { renderApp } from '../support/render-app'
import { readShipped, readShippedText, letterFiles } from '../support/real-data'

const TITLE = '关于昆明市第十五届人大三次会议 第153005号建议答复的函'
const text = readShippedText('km-153005/source.txt')
const { commitments } = readShipped<CommitmentsFile>('km-153005/commitments.json')

// The page is loaded lazily; load it once up front so its first import does not eat the first
// test's time.
beforeAll(async () => {
  await import('../../src/features/source-letter/components/source-letter-page')
})

/** The marked runs of the letter: each a link around a <mark>. */
const quoteLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a.letter-quote')]

async function renderLetter(route = '/documents/km-153005') {
  renderApp({ route, handlers: dataFileHandlers(letterFiles()) })
  await screen.findByRole('heading', { level: 1, name: TITLE })
  await vi.waitFor(() => expect(quoteLinks().length).toBeGreaterThan(0))
}

describe('the source letter 153005', () => {
  it('shows the metadata and every paragraph of the letter, verbatim', async () => {
    await renderLetter()
    expect(screen.getByText('第153005号建议')).toBeInTheDocument()
    expect(screen.getByText('陈力')).toBeInTheDocument()
    expect(screen.getByText('昆明市科学技术局')).toBeInTheDocument()
    const paragraphs = [...document.querySelectorAll('.letter-paragraph')]
    expect(paragraphs.map((p) => p.textContent)).toEqual(
      splitParagraphs(text).map((p) => expect.stringContaining(p.slice(0, 10))),
    )
    // Reading the marked text without the status markers gives back the letter, word for word.
    const verbatim = paragraphs.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.letter-quote-status').forEach((marker) => marker.remove())
      return copy.textContent
    })
    expect(verbatim).toEqual(splitParagraphs(text))
  })

  it('marks every quote as a link to its commitment', async () => {
    await renderLetter()
    const links = quoteLinks()
    for (const link of links) {
      expect(link.querySelector('mark')).not.toBeNull()
      expect(link.getAttribute('href')).toBe(`#/commitments/${link.dataset.commitmentId}`)
    }
    const found = commitments.filter((c) => findQuote(text, c.quote) !== null)
    expect(found).toHaveLength(commitments.length)
    const distinctQuotes = new Set(found.map((c) => c.quote)).size
    expect(new Set(links.map((link) => link.dataset.commitmentId)).size).toBe(distinctQuotes)

    const gap = links.find((link) => link.dataset.commitmentId === 'km-153005-c-gap-5334')!
    expect(gap).toHaveTextContent('确保市级第二批一体化项目缺口资金5334万元及时、足额拨付')
    expect(gap.closest('p')!.textContent!.startsWith('(二)强化投入保障')).toBe(true)
  })

  it('shows each marked quote’s status as a shape and a word', async () => {
    await renderLetter()
    const gap = quoteLinks().find((link) => link.dataset.commitmentId === 'km-153005-c-gap-5334')!
    expect(within(gap).getByText('待评估')).toBeInTheDocument()
    expect(gap.querySelector('.status-shape')).toHaveTextContent('?')
    expect(gap.querySelector('[data-field="status"]')).toHaveAttribute('data-status', 'not-rated')
    expect(gap).toHaveAttribute(
      'title',
      expect.stringContaining('第二批一体化项目缺口资金5334万元足额拨付:待评估'),
    )
    // The same status as its detail page: both readings (3 and 15) are below 20.
    const projects = quoteLinks().find(
      (link) => link.dataset.commitmentId === 'km-153005-c-projects-20',
    )!
    expect(projects.querySelector('[data-field="status"]')).toHaveAttribute(
      'data-status',
      'in-progress',
    )
  })

  it('marks a reported result with its kind and no status badge, as every surface does', async () => {
    await renderLetter()
    const result = quoteLinks().find(
      (link) => link.dataset.commitmentId === 'km-153005-c-projects-12',
    )!
    const status = result.querySelector('[data-field="status"]')!
    expect(status).toHaveAttribute('data-status', 'none')
    expect(status).toHaveTextContent('已报告的成果')
    expect(result.querySelector('.status-badge')).toBeNull()
    expect(result).not.toHaveTextContent('待评估')
    expect(result).toHaveAttribute('title', expect.stringContaining(':已报告的成果'))
    // The legend explains the kind label; it lists only statuses that occur among the promises.
    const legend = within(screen.getByRole('region', { name: '图例' }))
    expect(legend.getByText('已报告的成果')).toBeInTheDocument()
    expect(legend.getByText(/不是承诺,没有兑现状态/)).toBeInTheDocument()
    expect(legend.queryByText('已兑现')).toBeNull()
  })

  it('lists a quote that is not in the letter as not found, from the same check as every surface', async () => {
    const files = letterFiles()
    const file = files['km-153005/commitments.json'] as CommitmentsFile
    file.commitments.find((c) => c.id === 'km-153005-c-gap-5334')!.quote =
      '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付'
    renderApp({ route: '/documents/km-153005', handlers: dataFileHandlers(files) })
    await screen.findByRole('heading', { level: 1, name: TITLE })
    const coverage = within(await screen.findByRole('region', { name: '追踪覆盖情况' }))
    expect(
      coverage.getByText(
        `${commitments.length - 1} / ${commitments.length} 项承诺的原文已在全文中标出`,
      ),
    ).toBeInTheDocument()
    const missing = within(coverage.getByRole('note'))
    expect(missing.getByText('以下 1 项的原文未能在全文中找到,请核对数据:')).toBeInTheDocument()
    expect(
      missing.getByRole('link', { name: '第二批一体化项目缺口资金5334万元足额拨付' }),
    ).toHaveAttribute('href', '#/commitments/km-153005-c-gap-5334')
    expect(quoteLinks().some((link) => link.dataset.commitmentId === 'km-153005-c-gap-5334')).toBe(
      false,
    )
    // And the data-problems panel above every page names it.
    expect(
      within(screen.getByRole('region', { name: /^引文核对\(1 处\)/ })).getByRole('listitem'),
    ).toHaveTextContent('km-153005-c-gap-5334')
  })

  it('leaves untracked text unmarked and says how much is tracked', async () => {
    await renderLetter()
    const thanks = screen.getByText(/感谢您对昆明市科技工作的关心和支持/)
    expect(thanks.closest('mark')).toBeNull()
    for (const mark of document.querySelectorAll('.letter-text mark')) {
      expect(mark.textContent).not.toContain('感谢您对昆明市科技工作的关心和支持')
    }
    expect(thanks.closest('.letter-paragraph-block')).toHaveClass('is-untracked')

    const stats = coverageStats(
      splitParagraphs(text),
      commitments.map(({ id, quote }) => ({ id, quote })),
    )
    const coverage = within(screen.getByRole('region', { name: '追踪覆盖情况' }))
    expect(
      coverage.getByText(`${stats.paragraphs} 段中 ${stats.coveredParagraphs} 段含有已追踪的承诺`),
    ).toBeInTheDocument()
    expect(coverage.getByText(/已追踪的原文占全文的 \d+%/)).toBeInTheDocument()
    expect(
      coverage.getByText(
        `${commitments.length} / ${commitments.length} 项承诺的原文已在全文中标出`,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '图例' })).toHaveTextContent('没有标记的文字:未追踪')
  })

  it('splits overlapping quotes: shared words link to the narrower one and name both', async () => {
    await renderLetter()
    const shared = quoteLinks().find(
      (link) => link.dataset.commitmentIds === 'km-153005-c-sales-5b km-153005-c-taxes-700m',
    )!
    expect(shared).toHaveTextContent('相关新产品销售规模预计将超过50亿元')
    expect(shared.getAttribute('href')).toBe('#/commitments/km-153005-c-sales-5b')
    expect(shared.querySelector('mark')).toHaveClass('is-overlap')
    expect(shared.getAttribute('title')).toContain('同一段文字还属于')
    const rest = quoteLinks().find(
      (link) => link.dataset.commitmentIds === 'km-153005-c-taxes-700m',
    )!
    expect(rest.querySelector('mark')).toHaveTextContent(/^、利税超过7亿元$/)
  })

  it('brings the commitment named in ?highlight= into view and focus, styled apart', async () => {
    await renderLetter('/documents/km-153005?highlight=km-153005-c-gap-5334')
    const target = document.querySelector<HTMLAnchorElement>('a.letter-quote[data-target="true"]')!
    expect(target.dataset.commitmentId).toBe('km-153005-c-gap-5334')
    expect(target.querySelector('mark')).toHaveClass('is-target')
    await vi.waitFor(() => expect(document.activeElement).toBe(target))
    expect(document.querySelectorAll('a.letter-quote[data-target="true"]')).toHaveLength(1)
  })

  it('keeps the metadata on screen when the text fails, and retries', async () => {
    const files = letterFiles()
    renderApp({
      route: '/documents/km-153005',
      handlers: [
        http.get('*/data/km-153005/source.txt', () => new HttpResponse('fail', { status: 500 })),
        ...dataFileHandlers(files),
      ],
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('答复函全文无法加载')
    expect(alert).toHaveTextContent('km-153005/source.txt')
    expect(alert).toHaveTextContent('HTTP 500')
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument()
    expect(screen.getByText('陈力')).toBeInTheDocument()

    // The server recovers (`use` prepends, so the defaults of later tests stay untouched).
    server.use(...dataFileHandlers(files))
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await vi.waitFor(() => expect(quoteLinks().length).toBeGreaterThan(0))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reads in English with the letter itself kept in Chinese', async () => {
    renderApp({
      route: '/documents/km-153005',
      lang: 'en',
      handlers: dataFileHandlers(letterFiles()),
    })
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Reply letter on Suggestion No. 153005/,
      }),
    ).toBeInTheDocument()
    await vi.waitFor(() => expect(quoteLinks().length).toBeGreaterThan(0))
    expect(screen.getByText(/Paragraphs that contain a tracked commitment/)).toBeInTheDocument()
    expect(document.querySelector('.letter-paragraph')).toHaveAttribute('lang', 'zh-CN')
    expect(screen.getAllByText('Not yet rated').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Reported result').length).toBeGreaterThan(0)
  })
})

describe('the source letter on illustrative data', () => {
  it('marks adjacent quotes separately and links them', async () => {
    renderApp({ route: '/documents/demo-transit' })
    await vi.waitFor(() => expect(quoteLinks().length).toBeGreaterThan(0))
    const ids = quoteLinks().map((link) => link.dataset.commitmentId)
    expect(ids).toEqual(
      expect.arrayContaining([
        'demo-transit-c-lines-8',
        'demo-transit-c-lines-20',
        'demo-transit-c-funds-50m',
        'demo-transit-c-punctuality',
      ]),
    )
    const kept = quoteLinks().find(
      (link) => link.dataset.commitmentId === 'demo-transit-c-lines-20',
    )!
    expect(within(kept).getByText('已兑现')).toBeInTheDocument()
  })
})

describe('a source letter that is not there', () => {
  it('says so and links to all letters', async () => {
    renderApp({ route: '/documents/no-such-letter' })
    expect(
      await screen.findByRole('heading', { level: 1, name: '找不到这份文件' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/“no-such-letter”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看全部答复函' })).toHaveAttribute(
      'href',
      '#/documents',
    )
  })

  it('explains a letter not yet sent on the as-of date', async () => {
    renderApp({ route: '/documents/demo-transit?asOf=2023-06-01' })
    expect(
      await screen.findByRole('heading', { level: 1, name: '找不到这份文件' }),
    ).toBeInTheDocument()
    expect(screen.getByText('日期为 2023年7月1日', { exact: false })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看今天的情况' })).toHaveAttribute(
      'href',
      '#/documents/demo-transit',
    )
  })
})
