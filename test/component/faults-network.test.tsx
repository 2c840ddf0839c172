import { onlineManager, QueryClient } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers, scenarios } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { fetchSettings } from '../../src/lib/data/fetch-data-file'
import { letterFiles } from '../support/real-data'
import { renderApp } from '../support/render-app'
import { renderWithClient } from '../support/render-with-client'

/**
 * Servers that fail and networks that drop, as component tests through msw: a clear message
 * naming the file, a way to try again, and the last good data never taken off the screen.
 */
const COMMITMENTS = 'km-153005/commitments.json'
const FUNDING = 'km-153005/funding.json'
const GAP = '[data-commitment-id="km-153005-c-gap-5334"]'
const files = () => letterFiles()

const problemsList = () => document.querySelector('.data-problems') as HTMLElement
const headlinesShown = () => screen.findByRole('heading', { name: '核心承诺' })

afterEach(() => {
  onlineManager.setOnline(true)
  fetchSettings.timeoutMs = 30_000
})

describe('a server that answers with an error', () => {
  it('404 on one file: says the file is missing, keeps everything else', async () => {
    renderApp({ handlers: scenarios.missingFile(files(), FUNDING) })
    await headlinesShown()
    expect(
      await screen.findByText(/km-153005\/funding\.json:服务器上没有这个文件\(HTTP 404\)/),
    ).toBeInTheDocument()
    expect(document.querySelector(GAP)).not.toBeNull()
  })

  it('500 on the index: a page-level error naming index.json, with a retry that recovers', async () => {
    renderApp({ handlers: scenarios.serverError(500) })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('index.json:服务器暂时出错(HTTP 500),可稍后重试')
    server.use(...dataFileHandlers(files()))
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await headlinesShown()
    expect(screen.queryByRole('heading', { name: '出了点问题' })).toBeNull()
  })

  it('503 on the commitments: "try again" brings them back once the server recovers', async () => {
    renderApp({ handlers: scenarios.flaky(files(), COMMITMENTS, 1, 503) })
    const item = await screen.findByText(/km-153005\/commitments\.json:服务器暂时出错\(HTTP 503\)/)
    expect(document.querySelector(GAP)).toBeNull()
    await userEvent.click(within(item).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(document.querySelector(GAP)).not.toBeNull())
    expect(problemsList()).toBeNull()
  })

  it('retries 503 by itself first, and says so while it waits', async () => {
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: 2, retryDelay: 1_500, gcTime: Infinity } },
    })
    renderWithClient({ queryClient, handlers: scenarios.flaky(files(), COMMITMENTS, 1, 503) })
    expect(
      await screen.findByText(
        'km-153005/commitments.json:服务器暂时出错(HTTP 503),可稍后重试。正在第 1 次重试…',
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.querySelector(GAP)).not.toBeNull(), { timeout: 15_000 })
    expect(problemsList()).toBeNull()
  })

  it('the wrong content type: names the type it got', async () => {
    renderApp({
      handlers: scenarios.wrongContentType(files(), FUNDING, 'application/octet-stream'),
    })
    expect(
      await screen.findByText(/funding\.json:内容类型为 application\/octet-stream/),
    ).toBeInTheDocument()
    expect(document.querySelector(GAP)).not.toBeNull()
  })
})

describe('a slow or broken connection', () => {
  it('a slow file: after ~2 s the loading message names the file it is waiting for', async () => {
    // The file takes 8 s: the message (due after 2 s) is looked for while it is still awaited,
    // with room for a busy machine, and it must be there before the file comes.
    renderApp({ handlers: scenarios.slowFile(files(), COMMITMENTS, 8_000) })
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据…')
    expect(
      await screen.findByText('仍在等待服务器发送:km-153005/commitments.json', undefined, {
        timeout: 7_000,
      }),
    ).toBeInTheDocument()
    expect(screen.getByText(/已等待 \d+ 秒/)).toBeInTheDocument()
    // Not a frozen page: the navigation works while it waits.
    expect(screen.getByRole('link', { name: '承诺清单' })).toBeEnabled()
    await waitFor(() => expect(document.querySelector(GAP)).not.toBeNull(), { timeout: 15_000 })
  }, 30_000)

  it('a timeout: says the server did not send the whole file in time', async () => {
    fetchSettings.timeoutMs = 300
    renderApp({ handlers: scenarios.slowFile(files(), FUNDING, 2_000) })
    // No tighter patience than the suite's: the file never arrives in time (2 s against 0.3 s),
    // so only the timeout can bring this message, however slowly a busy machine renders it.
    expect(
      await screen.findByText(/funding\.json:服务器在 0\.3 秒内没有传完这个文件/),
    ).toBeInTheDocument()
    expect(document.querySelector(GAP)).not.toBeNull()
  })

  it('a response cut off in the middle: says only part of the file arrived', async () => {
    renderApp({ handlers: scenarios.cutOff(files(), COMMITMENTS) })
    const item = await screen.findByText(/commitments\.json:传输中断:只收到了文件的一部分/)
    expect(within(item).getByRole('button', { name: '重试' })).toBeInTheDocument()
  })

  it('offline: the last good data stays, marked with the time it was fetched', async () => {
    renderApp()
    await screen.findAllByText('示例代表甲')
    server.use(...scenarios.offline())
    act(() => onlineManager.setOnline(false))
    const notice = await screen.findByText(/^离线:显示的是 \d{2}:\d{2} 获取的数据$/)
    expect(screen.getAllByText('示例代表甲').length).toBeGreaterThan(0)

    // Trying again while offline fails, and still takes nothing away.
    await userEvent.click(screen.getByRole('button', { name: '重新获取数据' }))
    await waitFor(() => expect(screen.getByText(/^未能更新:/)).toBeInTheDocument())
    expect(screen.getAllByText('示例代表甲').length).toBeGreaterThan(0)
    expect(notice).toBeInTheDocument()
    expect(problemsList()).toBeNull()

    // Back online, the next try succeeds and the notice goes.
    server.resetHandlers()
    act(() => onlineManager.setOnline(true))
    await userEvent.click(screen.getByRole('button', { name: '重新获取数据' }))
    await waitFor(() => expect(screen.queryByText(/离线|无法更新数据/)).toBeNull())
    expect(screen.getAllByText('示例代表甲').length).toBeGreaterThan(0)
  })

  it('a refetch answered by a 500: the data stays, marked as not updated', async () => {
    renderApp()
    await screen.findAllByText('示例代表甲')
    server.use(...scenarios.serverError(500))
    // Opening another view refetches stale data (tests keep no stale time).
    await userEvent.click(screen.getByRole('link', { name: '答复函' }))
    expect(
      await screen.findByText(/^无法更新数据:显示的是 \d{2}:\d{2} 获取的数据$/),
    ).toBeInTheDocument()
    expect(screen.getByText(/^未能更新:index\.json/)).toBeInTheDocument()
    expect(screen.getAllByText('示例代表甲').length).toBeGreaterThan(0)
    expect(problemsList()).toBeNull()
  })
})
