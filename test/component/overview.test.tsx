import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers, scenarios } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import { generateDataset } from '../../mocks/generate-dataset'
import { renderApp } from '../support/render-app'
import { letterFiles } from '../support/real-data'

/** A fixed view date, so open days and freshness do not change with the calendar. */
const AT = '/?asOf=2025-06-30'

const element = (id: string) => {
  const found = document.querySelector(`.headline-card[data-commitment-id="${id}"]`)
  expect(found, id).not.toBeNull()
  return found as HTMLElement
}

const card = async (id: string) => {
  await screen.findAllByRole('heading', { name: '核心承诺' })
  const el = element(id)
  return Object.assign(within(el), { el })
}

/** The cross-surface hooks (`data-field`) every surface carries for each commitment. */
const field = (view: { el: HTMLElement }, name: string) => {
  const found = view.el.querySelector(`[data-field="${name}"]`)
  expect(found, name).not.toBeNull()
  return found as HTMLElement
}

/** The letter's text arrives after the cards: until then quotes are "unchecked". */
const quotesChecked = () =>
  waitFor(() =>
    expect(document.querySelector('.headline-card [data-quote-check="unchecked"]')).toBeNull(),
  )

describe('overview on the shipped 153005 data', () => {
  it('shows the letter in one line (title, deputy, body, date) and its other facts on request', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()) })
    const title = await screen.findByRole('heading', {
      name: '关于昆明市第十五届人大三次会议 第153005号建议答复的函',
    })
    const line = within(title.closest('header')!)
    expect(line.getByRole('list', { name: '答复函概要' }).querySelectorAll('li').length).toBe(3)
    const facts = within(line.getByRole('list', { name: '答复函概要' }))
    expect(facts.getByText('陈力')).toBeInTheDocument()
    expect(facts.getByText('昆明市科学技术局')).toBeInTheDocument()
    expect(facts.getByText('2023年6月19日')).toBeInTheDocument()
    // The rest of the letterhead is one click away, not on the first screen.
    const details = line.getByText('答复函详情').closest('details')!
    expect(details).not.toHaveAttribute('open')
    expect(within(details).getByText('第153005号建议')).toBeInTheDocument()
    expect(within(details).getByText('昆明市第十五届人民代表大会第三次会议')).toBeInTheDocument()
    expect(screen.queryByText(/示例数据/)).not.toBeInTheDocument()
  })

  it('shows each headline item of every kind from its one assessment', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()), route: AT })
    const projects = await card('km-153005-c-projects-20')
    await quotesChecked()
    // Kind, status and its reason: the same words as every other surface.
    expect(projects.getByText('量化目标')).toBeInTheDocument()
    expect(field(projects, 'status')).toHaveAttribute('data-status', 'in-progress')
    expect(
      projects.getByText('最新数值按两种读法为 3 或 15,目标 不少于 20(2024年2月22日)'),
    ).toBeInTheDocument()
    // Both readings, each with its basis, and no single percent anywhere on the card.
    expect(field(projects, 'progress')).toHaveTextContent(
      '两种读法:不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)',
    )
    expect(field(projects, 'progress')).toHaveAttribute('data-readings', '2')
    expect(element('km-153005-c-projects-20').textContent).not.toMatch(/%|完成目标的/)
    expect(projects.queryByRole('meter')).toBeNull()
    expect(projects.getByText('12 · 原文未说明是否计入目标')).toBeInTheDocument()
    // The newest evidence is a related metric: labelled, with its caveat.
    expect(field(projects, 'evidence-label')).toHaveAttribute(
      'data-comparability',
      'related-metric',
    )
    expect(field(projects, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(field(projects, 'caveat')).toHaveTextContent('不作为“立项20个以上”的进度值')
    // No deadline, still open: how long since the letter, and how long since the last news.
    expect(projects.getByText('未写明期限 · 自答复函起已 742 天')).toBeInTheDocument()
    expect(
      projects.getByText('最近一条证据发布于 2025年2月20日,距查看日期 130 天'),
    ).toBeInTheDocument()
    // The card opens its detail page, keeping the view date.
    expect(projects.getByRole('link', { name: '积极争取立项20个以上' })).toHaveAttribute(
      'href',
      '#/commitments/km-153005-c-projects-20?asOf=2025-06-30',
    )

    const gap = await card('km-153005-c-gap-5334')
    // The figure in words: "5334万元", never "= 5334万元".
    expect(gap.getByText(/^5334万元/, { selector: '.figure-main' })).toBeInTheDocument()
    expect(field(gap, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(field(gap, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(field(gap, 'evidence-label')).toHaveTextContent('暂无公开进展证据')
    expect(gap.getByText('未写明期限 · 自答复函起已 742 天')).toBeInTheDocument()
    // Silence is a fact shown beside the status, not a status: still 待评估, never 停滞.
    expect(
      gap.getByText('自答复函(2023年6月19日)以来 742 天,没有公开证据(已超过一年没有新消息)'),
    ).toBeInTheDocument()
    expect(gap.queryByText('停滞')).toBeNull()
    expect(gap.getByText('答复函原文')).toBeInTheDocument()
    expect(
      gap.getByText(/确保市级第二批一体化项目缺口资金5334万元及时、足额拨付/),
    ).toBeInTheDocument()

    const funds = await card('km-153005-c-funds-300m')
    expect(funds.getByText(/不少于 3亿元/)).toBeInTheDocument()
    expect(funds.getByText('1.87亿元 · 原文未说明是否计入目标')).toBeInTheDocument()
    expect(field(funds, 'status')).toHaveAttribute('data-status', 'not-rated')

    // A reported result: its kind is its label, with no status badge and no deadline.
    const reserve = await card('km-153005-c-reserve-60')
    expect(field(reserve, 'status')).toHaveAttribute('data-status', 'none')
    expect(field(reserve, 'status')).toHaveTextContent('已报告的成果')
    expect(element('km-153005-c-reserve-60').querySelector('.status-badge')).toBeNull()
    expect(reserve.queryByText('期限')).toBeNull()
    expect(reserve.getByText(/超过 60 项储备项目/)).toBeInTheDocument()

    // The count above the cards is the cards, by kind.
    expect(document.querySelectorAll('.headline-card')).toHaveLength(4)
    expect(
      screen.getByText(
        '4 项核心内容:量化目标 3 项、已报告的成果 1 项。 需要追踪的 3 项中:推进中 1 项、待评估 2 项。',
      ),
    ).toBeInTheDocument()
  })

  it('handles promise and forecast cards, and warns of a quote the letter does not contain', async () => {
    const files = structuredClone(letterFiles()) as Record<
      string,
      { commitments: Array<Record<string, unknown>> }
    >
    const list = files['km-153005/commitments.json']!.commitments
    const edit = (id: string, change: Record<string, unknown>) => {
      const i = list.findIndex((c) => c.id === id)
      list[i] = { ...list[i], ...change }
    }
    edit('km-153005-c-patents-60', { headline: true })
    edit('km-153005-c-budget-2023', { headline: true })
    // A hand edit: words the letter never wrote.
    edit('km-153005-c-gap-5334', {
      quote: '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付',
    })
    renderApp({ handlers: dataFileHandlers(files), route: AT })
    const patents = await card('km-153005-c-patents-60')
    await quotesChecked()
    expect(patents.getByText('预计成效')).toBeInTheDocument()
    expect(field(patents, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(field(patents, 'progress')).toHaveTextContent('暂无同口径数值,不计算进度')
    expect(field(patents, 'evidence-label')).toHaveTextContent('相关但不同口径')
    expect(patents.getByText(/申请各类知识产权231项/)).toBeInTheDocument()
    expect(field(patents, 'caveat')).toHaveTextContent(
      '这条证据的统计口径与承诺不同,只作参考,不计入进度。',
    )

    const budget = await card('km-153005-c-budget-2023')
    expect(budget.getByText('工作承诺')).toBeInTheDocument()
    expect(field(budget, 'status')).toHaveAttribute('data-status', 'not-rated')
    expect(element('km-153005-c-budget-2023').querySelector('[data-light="red"]')).not.toBeNull()
    // Said once: "逾期 N 天", not "已逾期 · 逾期 N 天".
    expect(budget.getByText(/^逾期 \d+ 天$/)).toBeInTheDocument()

    const gap = await card('km-153005-c-gap-5334')
    expect(gap.getByText('未能在答复函全文中找到这段原文,请核对数据')).toBeInTheDocument()
    expect(gap.queryByText('答复函原文')).toBeNull()
    expect(gap.queryByText(/“确保市级第二批/)).toBeNull()

    expect(document.querySelectorAll('.headline-card')).toHaveLength(6)
    expect(
      screen.getByText(
        '6 项核心内容:量化目标 3 项、预计成效 1 项、工作承诺 1 项、已报告的成果 1 项。 需要追踪的 5 项中:推进中 1 项、待评估 4 项。',
      ),
    ).toBeInTheDocument()
  })

  it('states the view date and the newest evidence date, each for what it is', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()), route: AT })
    await screen.findByRole('heading', { name: '核心承诺' })
    // The timeline's line for the view date says it too; this is the page's own line.
    const dates = within(document.querySelector('.as-of-line') as HTMLElement)
    expect(dates.getByText('查看日期 2025年6月30日')).toHaveAttribute('data-field', 'view-date')
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toHaveAttribute(
      'data-field',
      'newest-evidence-date',
    )
  })

  it('says the letter is not yet known before its date, rather than showing bare zeros', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()), route: '/?asOf=2023-01-01' })
    expect(
      await screen.findByText(
        '查看日期 2023年1月1日 时,所载的 1 封答复函还没有一封发出(最早一封的日期为 2023年6月19日),因此下面没有承诺,各项统计均为零。',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('截至查看日期尚无公开证据')).toBeInTheDocument()
  })

  it('offers the chart figures as a table, two readings and no single percent', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()), route: AT })
    // The targets chart's table (the timeline below has one of its own).
    await screen.findAllByRole('table')
    const table = within(
      document.querySelector('[data-widget-id="targets"]') as HTMLElement,
    ).getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(4)
    expect(within(table).getAllByText('暂无同口径数值,不计算进度')).toHaveLength(2)
    expect(
      within(table).getByText('不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)'),
    ).toBeInTheDocument()
    expect(within(table).getByText('两种读法,不给出单一百分比')).toBeInTheDocument()
    expect(table.textContent).not.toMatch(/15%/)
    // The chart draws both readings, each labelled with its basis and value, neither a percent.
    const chartRow = document.querySelector(
      '[data-widget-id="targets"] .progress-row[data-target-id="km-153005-c-projects-20"]',
    ) as SVGElement
    expect(chartRow.querySelectorAll('.progress-bar')).toHaveLength(2)
    const labels = [...chartRow.querySelectorAll('.progress-label')].map((l) => l.textContent)
    expect(labels).toEqual(['不计入基数 3 / 20', '计入基数 15 / 20'])
    expect(
      screen.getByText('两种读法各标数值,不给单一百分比。', {
        exact: false,
      }),
    ).toBeInTheDocument()
  })
  it('draws the first 12 targets at a glance and says so; the table lists them all', async () => {
    // Five generated letters, three headline targets each.
    renderApp({ handlers: dataFileHandlers(generateDataset({ documents: 5 })), route: AT })
    const note = await screen.findByText(
      '图中按数据顺序画出前 12 项目标(共 15 项),全部目标见“以表格显示数据”。',
    )
    const frame = note.closest('[data-widget-id="targets"]') as HTMLElement
    expect(frame.querySelectorAll('.progress-row')).toHaveLength(12)
    await userEvent.click(within(frame).getByText('以表格显示数据'))
    const table = await within(frame).findByRole('table')
    // The header and every one of the 15 targets.
    expect(within(table).getAllByRole('row')).toHaveLength(16)
  })

  it('switches to English, with money in ¥M and the quote kept in Chinese', async () => {
    renderApp({ handlers: dataFileHandlers(letterFiles()) })
    await screen.findByRole('heading', { name: '核心承诺' })
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('heading', { name: 'Headline commitments' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    const gap = within(
      document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]') as HTMLElement,
    )
    expect(gap.getByText(/^¥53.34M/, { selector: '.figure-main' })).toBeInTheDocument()
    expect(gap.getAllByText('No evidence published').length).toBeGreaterThan(0)
    expect(gap.getByText(/确保市级第二批一体化项目缺口资金5334万元/)).toBeInTheDocument()
    const projects = element('km-153005-c-projects-20')
    expect(projects).toHaveTextContent('Numeric target')
    expect(projects.querySelector('[data-field="progress"]')).toHaveTextContent(
      /^Two readings: not counting the baseline of 12: 3 of 20; counting the baseline of 12: 15 of 20/,
    )
    expect(projects.textContent).not.toMatch(/%/)
    expect(
      element('km-153005-c-reserve-60').querySelector('[data-field="status"]'),
    ).toHaveTextContent('Reported result')
    expect(
      screen.getByText(/^4 headline items: Numeric target: 3, Reported result: 1\./),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'The letter in brief' })).getByText('Chen Li'),
    ).toBeInTheDocument()
  })
})

describe('overview on illustrative data (mock mode)', () => {
  it('labels the data as illustrative and shows every document', async () => {
    renderApp()
    expect(await screen.findByText(/示例数据:以下内容为演示用的虚构数据/)).toBeInTheDocument()
    expect((await screen.findAllByText('示例代表甲')).length).toBeGreaterThan(0)
    expect(screen.getAllByText('示例代表乙、示例代表丙').length).toBeGreaterThan(0)
    expect(screen.getByText('B 类 · 正在解决')).toBeInTheDocument()
    expect(screen.getByText('基本满意')).toBeInTheDocument()
    const lines = await card('demo-transit-c-lines-20')
    expect(field(lines, 'status')).toHaveAttribute('data-status', 'kept')
    expect(field(lines, 'status')).toHaveTextContent('已兑现')
  })
})

describe('overview when things go wrong', () => {
  it('says which file failed and offers a retry when the index cannot be loaded', async () => {
    renderApp({ handlers: scenarios.serverError(503) })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('index.json')
    expect(alert).toHaveTextContent('HTTP 503')
    // The server recovers: the retry must then show the data.
    server.resetHandlers(...dataFileHandlers(illustrativeFiles))
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect((await screen.findAllByText('示例代表甲')).length).toBeGreaterThan(0)
  })

  it('recognises an HTML error page served as data', async () => {
    renderApp({ handlers: scenarios.htmlErrorPage() })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '服务器返回的是网页(HTML),不是 JSON 数据',
    )
  })

  it('hides only the bad commitment and names its file, path and problem', async () => {
    const files = structuredClone(letterFiles()) as Record<
      string,
      { commitments: Array<Record<string, unknown>> }
    >
    const list = files['km-153005/commitments.json']!.commitments
    const gapIndex = list.findIndex((c) => c.id === 'km-153005-c-gap-5334')
    list[gapIndex] = {
      ...list[gapIndex],
      figure: { ...(list[gapIndex]!.figure as object), value: '53340000' },
    }
    renderApp({ handlers: dataFileHandlers(files) })
    await screen.findByRole('heading', { name: '核心承诺' })
    expect(
      screen.getByText(
        `km-153005/commitments.json 中 commitments[${gapIndex}].figure.value:类型错误,应为 number`,
      ),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')).toBeNull()
    expect(document.querySelector('[data-commitment-id="km-153005-c-projects-20"]')).not.toBeNull()
  })

  it('keeps commitments on screen when the funding file is broken JSON', async () => {
    renderApp({ handlers: scenarios.malformed(letterFiles(), 'km-153005/funding.json') })
    expect(await screen.findByText(/km-153005\/funding\.json.*不是有效的 JSON/)).toBeInTheDocument()
    expect(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')).not.toBeNull()
  })

  it('never renders markup from data', async () => {
    const files = structuredClone(illustrativeFiles) as Record<string, Record<string, unknown>>
    files['demo-transit/document.json'] = {
      ...files['demo-transit/document.json'],
      title: '<img src=x onerror="window.__pwned=1">',
    }
    renderApp({ handlers: dataFileHandlers(files) })
    expect(await screen.findByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })
})
