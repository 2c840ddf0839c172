import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { generateDataset } from '../../mocks/generate-dataset'
import { renderApp } from '../support/render-app'

/**
 * The list over ten illustrative letters (550 commitments): both groups are long enough to be
 * virtualized, the folded group renders nothing until it is opened, and the count is every row.
 * jsdom has no layout, so only the first rows (the virtualizer's overscan) are in the page.
 */
describe('the commitments list at scale (illustrative data)', { timeout: 60_000 }, () => {
  it('virtualizes the promises, and the results group once it is opened', async () => {
    const user = userEvent.setup()
    renderApp({
      route: '/commitments?asOf=2025-06-30',
      handlers: dataFileHandlers(generateDataset({ documents: 10 })),
    })
    const promises = await screen.findByRole(
      'table',
      { name: '承诺清单,每行一项承诺' },
      {
        timeout: 30_000,
      },
    )
    const count = await screen.findByText(/^显示 550 \/ 550 项承诺$/)
    expect(count).toBeInTheDocument()
    const rated = Number(promises.getAttribute('aria-rowcount')) - 1
    expect(promises).toHaveClass('list-table-virtual')
    const rendered = promises.querySelectorAll('tbody tr[data-commitment-id]')
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered.length).toBeLessThan(rated)
    // Every rendered row up here is a promise, target or forecast.
    for (const row of rendered) expect(row).toHaveAttribute('data-rated', 'true')

    const group = document.querySelector<HTMLDetailsElement>('details.list-results')!
    const summary = group.querySelector('summary')!
    const unrated = Number(/(\d+)/.exec(summary.textContent ?? '')![1])
    expect(rated + unrated).toBe(550)
    expect(unrated).toBeGreaterThan(200)
    // Folded and long: nothing rendered until it is asked for.
    expect(group.querySelector('table')).toBeNull()
    await user.click(summary)
    await waitFor(() => expect(group.querySelector('table')).not.toBeNull())
    const table = group.querySelector('table')!
    expect(table).toHaveAttribute('aria-rowcount', String(unrated + 1))
    const results = table.querySelectorAll('tbody tr[data-commitment-id]')
    expect(results.length).toBeGreaterThan(0)
    expect(results.length).toBeLessThan(unrated)
    for (const row of results) {
      expect(row).toHaveAttribute('data-rated', 'false')
      expect(row.querySelector('.status-badge')).toBeNull()
    }
  })
})
