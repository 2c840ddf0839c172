import { screen, within } from '@testing-library/react'
import { generateDocumentFiles, generatedIndex } from '../../mocks/generate-dataset'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'

/** Twenty illustrative letters: enough to pass every at-a-glance limit of the overview. */
function scaleFiles(letters: number): DataFiles {
  const files: DataFiles = { 'index.json': generatedIndex(letters) }
  for (let i = 0; i < letters; i += 1) Object.assign(files, generateDocumentFiles(i))
  return files
}

const GLANCE = '一览:目标进度、承诺状态、资金与期限'

describe('the overview over many letters (illustrative data)', () => {
  const many = { handlers: dataFileHandlers(scaleFiles(20)), route: '/?asOf=2025-06-30' }

  it('expands five letters and sums up the rest, with a link to all letters', async () => {
    renderApp(many)
    expect(await screen.findByText(/另有 15 封答复函未在此展开/)).toBeInTheDocument()
    expect(document.querySelectorAll('section.dataset')).toHaveLength(5)
    expect(screen.getByRole('link', { name: '查看全部答复函' }).getAttribute('href')).toContain(
      '#/documents',
    )
  })

  it('lists the four earliest urgent deadlines at a glance and links to all of them in the list', async () => {
    renderApp(many)
    await screen.findByRole('heading', { name: GLANCE })
    const deadlines = document.querySelector('[data-widget-id="deadlines"]') as HTMLElement
    const items = deadlines.querySelectorAll('.deadline-list li')
    expect(items).toHaveLength(4)
    // Earliest first: "期限:2024年1月3日" read back as a number 20240103.
    const due = [...items].map((li) => {
      const [, y, m, d] = /(\d+)年(\d+)月(\d+)日/.exec(li.textContent ?? '') ?? []
      return Number(y) * 10000 + Number(m) * 100 + Number(d)
    })
    expect(due).toEqual([...due].sort((a, b) => a - b))
    const more = within(deadlines).getByRole('link', { name: /在承诺清单中查看全部 \d+ 项/ })
    const total = Number(/全部 (\d+) 项/.exec(more.textContent ?? '')?.[1])
    expect(total).toBeGreaterThan(4)
    const href = more.getAttribute('href') ?? ''
    expect(href).toContain('#/commitments?')
    expect(decodeURIComponent(href)).toContain('deadline=red,yellow')
  })

  it('lists the money of the first bodies apart, at most three lines each, and says how many', async () => {
    renderApp(many)
    await screen.findByRole('heading', { name: GLANCE })
    const funding = document.querySelector('[data-glance="funding"]') as HTMLElement
    // More illustrative departments than are listed at a glance: three, each on its own.
    const bodies = [...funding.querySelectorAll('[data-body]')]
    expect(bodies).toHaveLength(3)
    for (const body of bodies) {
      expect(body.querySelectorAll('li[data-line-id]').length).toBeLessThanOrEqual(3)
      expect(body.querySelector('h4, h5')?.textContent).toMatch(/^示例省/)
    }
    expect(funding.querySelector('[data-field="more-bodies"]')?.textContent).toMatch(
      /共 \d+ 个答复单位/,
    )
  })
})
