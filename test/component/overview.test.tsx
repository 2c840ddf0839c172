import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers, scenarios } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const card = async (id: string) => {
  await screen.findByRole('heading', { name: '核心目标' })
  const element = document.querySelector(`[data-commitment-id="${id}"]`)
  expect(element).not.toBeNull()
  return within(element as HTMLElement)
}

describe('overview on the shipped 153005 data', () => {
  it('shows the letter: number, deputy, title, date and responding body', async () => {
    renderApp({ handlers: dataFileHandlers(realDataFiles()) })
    expect(
      await screen.findByRole('heading', {
        name: '关于昆明市第十五届人大三次会议 第153005号建议答复的函',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('第153005号建议')).toBeInTheDocument()
    expect(screen.getByText('陈力')).toBeInTheDocument()
    expect(screen.getByText('昆明市科学技术局')).toBeInTheDocument()
    expect(screen.getByText('2023年6月19日')).toBeInTheDocument()
    expect(screen.queryByText(/示例数据/)).not.toBeInTheDocument()
  })

  it('shows each headline target with its state, never inventing progress', async () => {
    renderApp({ handlers: dataFileHandlers(realDataFiles()) })
    const gap = await card('km-153005-c-gap-5334')
    expect(gap.getByText('= 5334万元', { exact: false })).toBeInTheDocument()
    expect(gap.getAllByText('暂无公开进展证据').length).toBeGreaterThan(0)
    expect(
      gap.getByText(/确保市级第二批一体化项目缺口资金5334万元及时、足额拨付/),
    ).toBeInTheDocument()

    const funds = await card('km-153005-c-funds-300m')
    expect(funds.getByText(/≥ 3亿元/)).toBeInTheDocument()
    expect(funds.getByText('1.87亿元')).toBeInTheDocument()

    const projects = await card('km-153005-c-projects-20')
    expect(projects.getByText('尚未达到目标')).toBeInTheDocument()
    expect(projects.getByText(/完成目标的 15%/)).toBeInTheDocument()
    expect(projects.getByRole('meter')).toHaveAttribute('value', '0.15')

    const reserve = await card('km-153005-c-reserve-60')
    expect(reserve.getByText('答复函报告的数字')).toBeInTheDocument()
    expect(reserve.getByText(/> 60 项储备项目/)).toBeInTheDocument()

    expect(
      screen.getByText('3 项核心目标:0 项已有证据表明达成,2 项暂无公开进展证据。'),
    ).toBeInTheDocument()
  })

  it('offers the chart figures as a table', async () => {
    renderApp({ handlers: dataFileHandlers(realDataFiles()) })
    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(4)
    expect(within(table).getAllByText('暂无公开进展证据')).toHaveLength(2)
    expect(within(table).getByText('15%')).toBeInTheDocument()
  })

  it('switches to English, with money in ¥M and the quote kept in Chinese', async () => {
    renderApp({ handlers: dataFileHandlers(realDataFiles()) })
    await screen.findByRole('heading', { name: '核心目标' })
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('heading', { name: 'Headline targets' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    const gap = within(
      document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]') as HTMLElement,
    )
    expect(gap.getByText(/= ¥53.34M/)).toBeInTheDocument()
    expect(gap.getAllByText('No evidence published').length).toBeGreaterThan(0)
    expect(gap.getByText(/确保市级第二批一体化项目缺口资金5334万元/)).toBeInTheDocument()
    expect(screen.getByText('Chen Li')).toBeInTheDocument()
  })
})

describe('overview on illustrative data (mock mode)', () => {
  it('labels the data as illustrative and shows every document', async () => {
    renderApp()
    expect(await screen.findByText(/示例数据:以下内容为演示用的虚构数据/)).toBeInTheDocument()
    expect(await screen.findByText('示例代表甲')).toBeInTheDocument()
    expect(screen.getByText('示例代表乙、示例代表丙')).toBeInTheDocument()
    expect(screen.getByText('B 类 · 正在解决')).toBeInTheDocument()
    expect(screen.getByText('基本满意')).toBeInTheDocument()
    const lines = within(
      document.querySelector('[data-commitment-id="demo-transit-c-lines-20"]') as HTMLElement,
    )
    expect(lines.getByText('已达到目标')).toBeInTheDocument()
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
    expect(await screen.findByText('示例代表甲')).toBeInTheDocument()
  })

  it('recognises an HTML error page served as data', async () => {
    renderApp({ handlers: scenarios.htmlErrorPage() })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '服务器返回的是网页(HTML),不是 JSON 数据',
    )
  })

  it('hides only the bad commitment and names its file, path and problem', async () => {
    const files = structuredClone(realDataFiles()) as Record<
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
    await screen.findByRole('heading', { name: '核心目标' })
    expect(
      screen.getByText(
        `km-153005/commitments.json 中 commitments[${gapIndex}].figure.value:类型错误,应为 number`,
      ),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')).toBeNull()
    expect(document.querySelector('[data-commitment-id="km-153005-c-projects-20"]')).not.toBeNull()
  })

  it('keeps commitments on screen when the funding file is broken JSON', async () => {
    renderApp({ handlers: scenarios.malformed(realDataFiles(), 'km-153005/funding.json') })
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
