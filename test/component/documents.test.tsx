import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import { readShipped, letterFiles } from '../support/real-data'

// The page is loaded lazily; load it once up front so its first import does not eat the first
// test's time.
beforeAll(async () => {
  await import('../../src/features/documents/components/documents-page')
})

describe('all documents', () => {
  it('groups the illustrative letters by deputy, a joint letter under each deputy', async () => {
    renderApp({ route: '/documents' })
    expect(await screen.findByRole('heading', { name: '全部答复函', level: 1 })).toBeInTheDocument()
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(groups).toEqual(['示例代表丙', '示例代表甲', '示例代表乙'])
    expect(document.querySelectorAll('[data-document-id="demo-schools"]')).toHaveLength(2)
    expect(screen.getByText('共 2 份文件,5 项已提取的承诺与成果。')).toBeInTheDocument()
  })

  it('regroups by responding body and keeps the choice in the URL', async () => {
    renderApp({ route: '/documents' })
    await screen.findByRole('heading', { name: '全部答复函' })
    await userEvent.selectOptions(screen.getByLabelText('分组方式'), 'respondent')
    expect(window.location.hash).toContain('group=respondent')
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(groups).toEqual(['示例市交通运输局', '示例市教育局'])
  })

  it('links each letter to its text, its list and its overview, keeping the as-of date', async () => {
    renderApp({ route: '/documents?asOf=2025-06-01', handlers: dataFileHandlers(letterFiles()) })
    const card = within(await screen.findByRole('article'))
    expect(card.getByRole('link', { name: '阅读原文并查看标注' })).toHaveAttribute(
      'href',
      '#/documents/km-153005?asOf=2025-06-01',
    )
    expect(card.getByRole('link', { name: '查看该文件的承诺清单' })).toHaveAttribute(
      'href',
      '#/commitments?asOf=2025-06-01&doc=km-153005',
    )
    expect(card.getByText('第153005号建议')).toBeInTheDocument()
    expect(card.getByText('55 项承诺与成果')).toBeInTheDocument()
  })

  it('counts statuses from the rows, results apart, so each count opens a list of that many', async () => {
    renderApp({ route: '/documents?asOf=2025-06-01', handlers: dataFileHandlers(letterFiles()) })
    const card = within(await screen.findByRole('article'))
    const { commitments } = readShipped<CommitmentsFile>('km-153005/commitments.json')
    const results = commitments.filter((c) => c.kind === 'result').length
    expect(
      card.getByText(`其中 ${results} 项是答复函报告的已完成成果,不评定兑现状态`),
    ).toBeInTheDocument()
    const counts = within(card.getByRole('list', { name: '状态分布(不含已报告的成果)' }))
    const links = counts.getAllByRole('link')
    const total = links.reduce((sum, link) => sum + Number(/\d+$/.exec(link.textContent!)![0]), 0)
    // Every promise, target and forecast under exactly one status; no result under any.
    expect(total).toBe(commitments.length - results)
    // Silence is never 停滞: only a verdict could say so, and the shipped data has none.
    expect(counts.queryByText('停滞')).toBeNull()
    const notRated = links.find((link) => link.textContent!.includes('待评估'))!
    expect(notRated).toHaveAttribute(
      'href',
      '#/commitments?asOf=2025-06-01&doc=km-153005&status=not-rated',
    )
  })

  it('shows only what had been published by the as-of date', async () => {
    renderApp({ route: '/documents?asOf=2023-06-30' })
    await screen.findByRole('heading', { name: '全部答复函' })
    expect(screen.getByText('共 0 份文件,0 项已提取的承诺与成果。')).toBeInTheDocument()
    expect(screen.getByText('在所选日期还没有任何答复函。')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('正在查看 2023年6月30日 的情况')
  })
})
