import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import type { DataIndex } from '../../src/domain/schema/data-index'
import type { SourceDocument } from '../../src/domain/schema/document'
import { renderApp } from '../support/render-app'
import { readShipped, realDataFiles } from '../support/real-data'

/**
 * The shipped site as it is: several real letters from bodies at three levels. Each surface tells
 * them apart by body and number, and nothing of one body is counted under another.
 */
const index = readShipped<DataIndex>('index.json')
const documents = index.datasets.map((d) => readShipped<SourceDocument>(d.document))

beforeAll(async () => {
  await import('../../src/features/documents/components/documents-page')
})

describe('several letters from several bodies', () => {
  it('ships letters of at least four bodies at three levels', () => {
    expect(new Set(documents.map((d) => d.respondent.name)).size).toBeGreaterThanOrEqual(4)
    const levels = new Set(
      documents.flatMap((d) => (d.respondent.level ? [d.respondent.level] : [])),
    )
    expect(levels.size).toBeGreaterThanOrEqual(3)
  })

  it('lists every letter by its body, number and level on the documents page', async () => {
    renderApp({ route: '/documents?group=respondent', handlers: dataFileHandlers(realDataFiles()) })
    await screen.findByRole('heading', { name: '全部答复函', level: 1 })
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    for (const document of documents) {
      expect(groups).toContain(document.respondent.name)
      const card = within(
        window.document.querySelector(`[data-document-id="${document.id}"]`) as HTMLElement,
      )
      expect(card.getByText(`第${document.number}号建议`)).toBeInTheDocument()
    }
    const huainan = within(
      window.document.querySelector('[data-document-id="hn-jtj-2023-182"]') as HTMLElement,
    )
    expect(huainan.getByText('淮南市交通运输局(市(州)级)')).toBeInTheDocument()
  })

  it('shows a letter whose filers are not all named with 等', async () => {
    renderApp({ route: '/documents/pb-nkj-2025-99', handlers: dataFileHandlers(realDataFiles()) })
    expect(await screen.findByText('李正乔等')).toBeInTheDocument()
  })

  it('tells the letters apart in the document switcher', async () => {
    renderApp({ route: '/', handlers: dataFileHandlers(realDataFiles()) })
    const switcher = await screen.findByLabelText('文件')
    const options = within(switcher)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toContain('第182号建议 · 淮南市交通运输局 · 关于乡镇快递存在二次收费问题的建议')
    await userEvent.selectOptions(switcher, 'hn-jtj-2023-182')
    expect(window.location.hash).toContain('doc=hn-jtj-2023-182')
  })

  it('reads a target in kilometres with its unit on the detail page', async () => {
    renderApp({
      route: '/commitments/hn-jtj-2023-182-c-upgrade-2023-137km?asOf=2023-06-30',
      handlers: dataFileHandlers(realDataFiles()),
    })
    await screen.findByRole('heading', { name: '承诺的内容' })
    // The figure itself, formatted from the data (not just the quote that contains the words).
    expect(document.querySelector('.figure-main')?.textContent).toBe('137公里 农村公路提质改造')
  })

  it('shows an estimate and a declined request as what they are, never rated', async () => {
    renderApp({
      route: '/commitments?doc=pb-nkj-2025-99&asOf=2025-12-31',
      handlers: dataFileHandlers(realDataFiles()),
    })
    const estimate = await screen.findByRole('row', { name: /概算/ })
    expect(within(estimate).getAllByText('测算或所需').length).toBeGreaterThan(0)
    expect(estimate.querySelector('[data-field="status"]')?.getAttribute('data-status')).toBe(
      'none',
    )
    const declined = document.querySelector(
      '[data-commitment-id="pb-nkj-2025-99-c-xiaohebian-not-eligible"]',
    )
    expect(declined?.querySelector('[data-field="status"]')?.getAttribute('data-status')).toBe(
      'none',
    )
    expect(declined?.textContent).toContain('未予采纳')
  })

  it('lists the overview’s money by responding body, never as one list', async () => {
    renderApp({ route: '/?asOf=2025-12-31', handlers: dataFileHandlers(realDataFiles()) })
    await screen.findAllByRole('heading', { name: '核心承诺' })
    const widget = await waitFor(() => {
      const found = document.querySelector('[data-glance="funding"]')
      if (!found) throw new Error('funding summary not yet shown')
      return found as HTMLElement
    })
    const bodies = [...widget.querySelectorAll('[data-body]')].map((b) =>
      b.getAttribute('data-body'),
    )
    // Only the letters that state money: 淮南 states none.
    expect(bodies).toEqual(['km-153005', 'gd-nynct-2020-1238', 'pb-nkj-2025-99'])
    const gd = within(widget.querySelector('[data-body="gd-nynct-2020-1238"]') as HTMLElement)
    expect(gd.getByRole('heading', { name: '广东省农业农村厅' })).toBeInTheDocument()
    expect(gd.queryByText(/18700万元/)).toBeNull()
  })
})
