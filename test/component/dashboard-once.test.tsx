import { screen, waitFor } from '@testing-library/react'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

// The first render also loads the page's code: allow for a busy machine.
const SLOW = { timeout: 15_000 }

/**
 * A page's widgets read one dashboard, worked out once by the app: each widget working it out
 * itself watched every letter's text again (the funding page has a widget per target, a
 * thousand of them at a province's scale).
 */
describe('one dashboard per page', { timeout: 30_000 }, () => {
  it('watches each letter text once on the funding page, however many widgets read the data', async () => {
    const { queryClient } = renderApp({
      route: '/funding',
      handlers: dataFileHandlers(realDataFiles()),
    })
    await screen.findByRole('heading', { level: 1, name: '资金' }, SLOW)
    // Several widgets on the page read the dashboard (the page, each target, the quote check).
    await waitFor(() =>
      expect(document.querySelectorAll('.funding-target').length).toBeGreaterThan(1),
    )
    const texts = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.queryKey.includes('source-text') })
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text.getObserversCount()).toBe(1)
  })
})
