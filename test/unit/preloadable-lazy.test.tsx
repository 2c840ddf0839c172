import { act, render, screen } from '@testing-library/react'
import { Suspense, type ComponentType } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { preloadableLazy } from '../../src/lib/ui/preloadable-lazy'

function Page({ name }: { name: string }) {
  return <h1>{name}</h1>
}

/** A module that arrives when the test says so, or fails. */
function deferredModule() {
  let arrive!: () => void
  let fail!: (error: Error) => void
  let calls = 0
  const load = () => {
    calls += 1
    return new Promise<{ Page: typeof Page }>((resolve, reject) => {
      arrive = () => resolve({ Page })
      fail = reject
    })
  }
  return { load, arrive: () => arrive(), fail: (e: Error) => fail(e), calls: () => calls }
}

/** Renders the page inside a boundary whose fallback counts how often it was shown. */
function renderInSuspense(Component: ComponentType<{ name: string }>) {
  const shown = vi.fn()
  function Fallback() {
    shown()
    return <p>loading</p>
  }
  render(
    <Suspense fallback={<Fallback />}>
      <Component name="Funding" />
    </Suspense>,
  )
  return { fallbacks: () => shown.mock.calls.length }
}

describe('preloadableLazy', () => {
  it('renders a preloaded page in the first pass: no fallback is ever shown', async () => {
    const module = deferredModule()
    const page = preloadableLazy(module.load, (m) => m.Page)
    const preloaded = page.preload()
    module.arrive()
    await preloaded
    const { fallbacks } = renderInSuspense(page.Component)
    // Synchronously there, without awaiting anything.
    expect(screen.getByRole('heading', { name: 'Funding' })).toBeInTheDocument()
    expect(fallbacks()).toBe(0)
    expect(module.calls()).toBe(1)
  })

  it('suspends like React.lazy when the code has not arrived, then shows the page', async () => {
    const module = deferredModule()
    const page = preloadableLazy(module.load, (m) => m.Page)
    const { fallbacks } = renderInSuspense(page.Component)
    expect(screen.getByText('loading')).toBeInTheDocument()
    await act(async () => module.arrive())
    expect(await screen.findByRole('heading', { name: 'Funding' })).toBeInTheDocument()
    expect(fallbacks()).toBeGreaterThan(0)
    // The render and a preload in the meantime share one download.
    await page.preload()
    expect(module.calls()).toBe(1)
  })

  it('downloads again after a failed preload (the network came back)', async () => {
    const module = deferredModule()
    const page = preloadableLazy(module.load, (m) => m.Page)
    const first = page.preload()
    module.fail(new Error('offline'))
    await expect(first).rejects.toThrow('offline')
    const second = page.preload()
    module.arrive()
    await second
    expect(module.calls()).toBe(2)
    renderInSuspense(page.Component)
    expect(screen.getByRole('heading', { name: 'Funding' })).toBeInTheDocument()
  })
})
