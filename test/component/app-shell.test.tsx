import { QueryClient } from '@tanstack/react-query'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../src/app/app'
import { parseRuntimeConfig } from '../../src/lib/config/parse-config'
import { renderApp } from '../support/render-app'

describe('app shell', () => {
  it('navigates between views and marks the current one', async () => {
    renderApp({ route: '/' })
    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(screen.getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page')
    await userEvent.click(screen.getByRole('link', { name: '答复函' }))
    expect(await screen.findByRole('heading', { name: '全部答复函' })).toBeInTheDocument()
    expect(nav.querySelector('[aria-current="page"]')).toHaveTextContent('答复函')
  })

  it('shows readers no link to the data desk unless config.json says "desk": true', async () => {
    renderApp({ route: '/' })
    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(within(nav).getByRole('link', { name: '定期通报' })).toHaveAttribute(
      'href',
      '#/bulletin',
    )
    expect(within(nav).queryByRole('link', { name: '数据台' })).not.toBeInTheDocument()
  })

  it('links the data desk for data editors when config.json has "desk": true', async () => {
    window.location.hash = '/'
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
    })
    const runtimeConfig = parseRuntimeConfig({ desk: true }, 'http://localhost/')
    expect(runtimeConfig.issues).toEqual([])
    render(<App queryClient={queryClient} runtimeConfig={runtimeConfig} />)
    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(within(nav).getByRole('link', { name: '数据台' })).toHaveAttribute('href', '#/desk')
  })

  it('still opens the desk by its address, saying first who it is for', async () => {
    renderApp({ route: '/desk' })
    expect(
      await screen.findByText(/^数据台供负责录入和发布数据的工作人员使用。/),
    ).toBeInTheDocument()
  })

  it('time-travels with the as-of control and comes back to today', async () => {
    renderApp({ route: '/documents' })
    const input = await screen.findByLabelText('查看日期')
    fireEvent.change(input, { target: { value: '2023-07-10' } })
    expect(window.location.hash).toContain('asOf=2023-07-10')
    expect(await screen.findByText('共 1 份文件,4 项已提取的承诺与成果。')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '回到今天' }))
    expect(window.location.hash).not.toContain('asOf')
    expect(await screen.findByText('共 2 份文件,5 项已提取的承诺与成果。')).toBeInTheDocument()
  })

  it('explains an impossible date in the address instead of failing', async () => {
    renderApp({ route: '/documents?asOf=2023-02-30' })
    expect(
      await screen.findByText('地址中的日期 “2023-02-30” 无效,已改为显示今天的情况。'),
    ).toBeInTheDocument()
    expect(await screen.findByText('共 2 份文件,5 项已提取的承诺与成果。')).toBeInTheDocument()
  })

  it('narrows every view to one document with the switcher, and explains an unknown one', async () => {
    renderApp({ route: '/documents' })
    await userEvent.selectOptions(await screen.findByLabelText('文件'), 'demo-schools')
    expect(window.location.hash).toContain('doc=demo-schools')
    expect(await screen.findByText('共 1 份文件,1 项已提取的承诺与成果。')).toBeInTheDocument()
    window.location.hash = '/documents?doc=nope'
    expect(await screen.findByText('地址中的文件 “nope” 不存在,显示全部文件。')).toBeInTheDocument()
  })

  it('shows a helpful not-found view for unknown routes', async () => {
    renderApp({ route: '/no/such/page' })
    expect(await screen.findByRole('heading', { name: '找不到该页面' })).toBeInTheDocument()
    expect(screen.getByText('地址 “/no/such/page” 不对应任何页面。')).toBeInTheDocument()
  })
})
