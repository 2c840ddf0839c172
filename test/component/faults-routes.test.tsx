import { screen } from '@testing-library/react'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { letterFiles } from '../support/real-data'
import { renderApp } from '../support/render-app'
import { renderWithClient } from '../support/render-with-client'

/**
 * Odd addresses typed, pasted or forged: each gets a helpful view (not found, an explanation, the
 * default), never a crash, and nothing in the address ever becomes markup.
 */
const handlers = () => dataFileHandlers(letterFiles())

declare global {
  interface Window {
    __pwned?: unknown
  }
}

afterEach(() => {
  expect(document.querySelector('main script, main img')).toBeNull()
  expect(window.__pwned).toBeUndefined()
  // The app shell survived: the navigation is there.
  expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument()
})

describe('odd addresses', () => {
  it('a malformed percent-escape in a commitment id: "not found", with a way back', async () => {
    renderApp({ route: '/commitments/%E0%A4%A', handlers: handlers() })
    expect(await screen.findByRole('heading', { name: '找不到这项承诺' })).toBeInTheDocument()
    expect(screen.getByText(/%E0%A4%A/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '查看全部承诺' })).toBeInTheDocument()
  })

  it('a path climbing out with ../: a not-found view, nothing fetched outside data/', async () => {
    renderApp({ route: '/../../etc', handlers: handlers() })
    expect(await screen.findByRole('heading', { name: '找不到该页面' })).toBeInTheDocument()
    expect(screen.getByText('地址 “/../../etc” 不对应任何页面。')).toBeInTheDocument()
  })

  it('a very long address: a not-found view, no crash', async () => {
    renderApp({ route: `/${'长'.repeat(50_000)}`, handlers: handlers() })
    expect(await screen.findByRole('heading', { name: '找不到该页面' })).toBeInTheDocument()
  })

  it('a very long commitment id: "not found"', async () => {
    renderApp({ route: `/commitments/${'x'.repeat(100_000)}`, handlers: handlers() })
    expect(await screen.findByRole('heading', { name: '找不到这项承诺' })).toBeInTheDocument()
  })

  it('?asOf=garbage: explained, and today is shown instead', async () => {
    renderApp({ route: '/?asOf=garbage', handlers: handlers() })
    expect(
      await screen.findByText('地址中的日期 “garbage” 无效,已改为显示今天的情况。'),
    ).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
  })

  it('?asOf=<script>: explained as text', async () => {
    renderApp({ route: '/?asOf=<script>window.__pwned=1</script>', handlers: handlers() })
    expect(
      await screen.findByText(/地址中的日期 “<script>window.__pwned=1<\/script>” 无效/),
    ).toBeInTheDocument()
  })

  it('?lang=xx: the default language, Chinese', async () => {
    renderWithClient({ route: '/?lang=xx', handlers: handlers() })
    expect(await screen.findByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('?doc=<script>: an unknown document, named as text, and every document shown', async () => {
    renderApp({ route: '/?doc=<script>window.__pwned=1</script>', handlers: handlers() })
    expect(
      await screen.findByText(
        '地址中的文件 “<script>window.__pwned=1</script>” 不存在,显示全部文件。',
      ),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')).not.toBeNull()
  })

  it('a letter id with markup: "not found"', async () => {
    renderApp({
      route: '/documents/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      handlers: handlers(),
    })
    expect(await screen.findByRole('heading', { name: '找不到这份文件' })).toBeInTheDocument()
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument()
  })

  it('list filters with unknown values: ignored, the list still shows', async () => {
    renderApp({
      route: '/commitments?status=__proto__&kind=constructor&sort=toString&q=%E0%A4',
      handlers: handlers(),
    })
    expect(await screen.findByRole('heading', { name: '承诺清单', level: 1 })).toBeInTheDocument()
  })
})
