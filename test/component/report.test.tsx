import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import { renderApp } from '../support/render-app'
import { readShipped, realDataFiles } from '../support/real-data'

const shipped = readShipped<CommitmentsFile>('km-153005/commitments.json').commitments
const real = { handlers: dataFileHandlers(realDataFiles()) }

afterEach(() => vi.restoreAllMocks())

describe('the printable report (#/report)', () => {
  it('lists every commitment with status, quote, deadline and latest evidence', async () => {
    renderApp({ ...real, route: '/report?asOf=2025-06-30' })
    expect(await screen.findByRole('heading', { level: 1, name: '承诺兑现情况报告' })).toBeVisible()
    expect(screen.getByText('以下内容截至 2025年6月30日')).toBeInTheDocument()
    const items = document.querySelectorAll('.report-item')
    expect(items).toHaveLength(shipped.length)

    const gap = within(
      document.querySelector(
        '.report-item[data-commitment-id="km-153005-c-gap-5334"]',
      ) as HTMLElement,
    )
    expect(gap.getByText('待评估')).toBeInTheDocument()
    expect(gap.getByText(/确保市级第二批一体化项目缺口资金5334万元/)).toBeInTheDocument()
    expect(gap.getAllByText('暂无公开进展证据').length).toBeGreaterThan(0)

    const projects = document.querySelector(
      '.report-item[data-commitment-id="km-153005-c-projects-20"]',
    ) as HTMLElement
    // The newest evidence, with its source written out in full for paper.
    expect(projects).toHaveTextContent('2025年2月20日')
    expect(projects).toHaveTextContent('https://yn.yunnan.cn/system/2025/02/20/033398581.s')
  })

  it('names the letter and counts, and prints with the browser’s dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    renderApp({ ...real, route: '/report' })
    await screen.findByRole('heading', { level: 2, name: /第153005号建议/ })
    expect(screen.getByText(/昆明市科学技术局/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('is in the navigation and reads in English', async () => {
    renderApp({ ...real, route: '/report', lang: 'en' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report on commitments kept' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Print report' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })
})
