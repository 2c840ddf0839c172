import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { createElement } from 'react'
import { App } from '../../src/app/app'
import type { RuntimeConfigState } from '../../src/lib/config/config-context'
import { DEFAULT_CONFIG } from '../../src/lib/config/config-schema'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { letterFiles } from '../support/real-data'

function renderWithConfig(runtimeConfig: RuntimeConfigState, route = '/') {
  window.location.hash = route
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
  })
  return render(createElement(App, { queryClient, runtimeConfig }))
}

describe('the app under config.json', () => {
  it('shows the configured title and organisation, in the header and the window title', async () => {
    server.use(...dataFileHandlers(letterFiles()))
    renderWithConfig({
      config: { ...DEFAULT_CONFIG, title: '承诺督办台账', organisation: '某市人大常委会' },
      issues: [],
    })
    expect(await screen.findByRole('link', { name: '承诺督办台账' })).toHaveAttribute('href', '#/')
    expect(screen.getByText('某市人大常委会')).toBeInTheDocument()
    expect(document.title).toBe('承诺督办台账 · 某市人大常委会')
  })

  it('opens in the configured default language', async () => {
    server.use(...dataFileHandlers(letterFiles()))
    renderWithConfig({ config: { ...DEFAULT_CONFIG, defaultLanguage: 'en' }, issues: [] })
    expect(await screen.findByRole('heading', { name: 'Headline commitments' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('reads the data from the configured location', async () => {
    const files = letterFiles()
    const asked: string[] = []
    server.use(
      http.get('*/shared/tracker/*', ({ request }) => {
        const path = new URL(request.url).pathname.split('/shared/tracker/')[1] ?? ''
        asked.push(path)
        const body = files[path]
        if (body === undefined) return new HttpResponse('Not Found', { status: 404 })
        return path.endsWith('.txt')
          ? new HttpResponse(String(body), { headers: { 'Content-Type': 'text/plain' } })
          : HttpResponse.json(body as JsonBodyType)
      }),
    )
    renderWithConfig({ config: { ...DEFAULT_CONFIG, dataLocation: '/shared/tracker' }, issues: [] })
    expect(await screen.findByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
    expect(asked).toContain('index.json')
    expect(asked).toContain('km-153005/commitments.json')
  })

  it('names each invalid field in an alert and still starts on the defaults', async () => {
    server.use(...dataFileHandlers(letterFiles()))
    renderWithConfig({
      config: DEFAULT_CONFIG,
      issues: [
        { field: 'defaultLanguage', code: 'value', params: { options: 'zh-CN, en' } },
        { field: 'dataLocation', code: 'other-origin', params: {} },
      ],
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('配置文件 config.json 有 2 处问题,相关设置已改用默认值:')
    expect(alert).toHaveTextContent('字段 “defaultLanguage”:取值无效,可选值为 zh-CN, en')
    expect(alert).toHaveTextContent('字段 “dataLocation”:必须是本站(同源)的路径')
    expect(await screen.findByRole('heading', { name: '核心承诺' })).toBeInTheDocument()
  })
})
