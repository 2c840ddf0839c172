import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { DRAFT_STORAGE_KEY } from '../../src/lib/draft/draft-store'
import { INVENTED_LETTER } from '../support/desk-snapshot'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const real = { handlers: dataFileHandlers(realDataFiles()) }

async function addInventedLetter() {
  const user = userEvent.setup()
  renderApp({ ...real, route: '/desk/letter' })
  const text = await screen.findByLabelText('答复函全文')
  fireEvent.change(text, { target: { value: INVENTED_LETTER.replace(/\n/g, '\r\n') } })
  // Read from the text: the title, number, deputy, suggestion and date; the id in the style of km-153005.
  expect(screen.getByLabelText('数据编号')).toHaveValue('km-160001')
  expect(screen.getByLabelText('代表')).toHaveValue('王明')
  expect(screen.getByLabelText('答复日期')).toHaveValue('2025-06-30')
  expect(screen.getByLabelText('建议题目')).toHaveValue('关于加快科技成果转化的建议')
  await user.type(screen.getByLabelText('会议'), '市第十六届人民代表大会第一次会议')
  await user.type(screen.getByLabelText('答复单位'), '市科学技术局')
  await user.click(screen.getByRole('button', { name: '加入草稿,下一步:确定承诺' }))
  return user
}

describe('data desk: add a letter', { timeout: 30_000 }, () => {
  it('paste → proposals → accept: the commitment is listed with the sentence quoted verbatim', async () => {
    const user = await addInventedLetter()
    const proposals = await screen.findByRole('heading', {
      name: '系统找到的数字承诺(2 项,待处理 2 项)',
    })
    const panel = within(proposals.closest('section')!)
    expect(panel.getByRole('heading', { name: /20个以上/ })).toBeInTheDocument()
    expect(panel.getByRole('heading', { name: /5000万元/ })).toBeInTheDocument()
    expect(panel.getByText('≥ 20 个年底前新增项目 · “以上”读作不少于')).toBeInTheDocument()

    await user.click(panel.getByRole('button', { name: '采纳 20个以上' }))
    await user.click(panel.getByRole('button', { name: '舍弃 5000万元' }))
    expect(await screen.findByText('已采纳为 km-160001-c-count-20')).toBeInTheDocument()
    expect(screen.getByText('已舍弃')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: '系统找到的数字承诺(2 项,待处理 0 项)' }),
    ).toBeInTheDocument()

    const list = screen.getByRole('heading', { name: '本函的承诺(1 项)' }).closest('section')!
    expect(within(list).getByText('力争2026年底前新增项目20个以上')).toBeInTheDocument()

    await waitFor(() =>
      expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('km-160001-c-count-20'),
    )
    const draft = JSON.parse(window.localStorage.getItem(DRAFT_STORAGE_KEY)!)
    const dataset = draft.datasets['km-160001']
    expect(dataset.sourceText).toBe(INVENTED_LETTER) // CRLF normalised
    expect(dataset.commitments.commitments).toEqual([
      expect.objectContaining({
        id: 'km-160001-c-count-20',
        kind: 'target',
        section: '一(一)',
        quote: '下一步,我局将力争2026年底前新增项目20个以上,投入资金5000万元',
        figure: expect.objectContaining({ comparator: '>=', value: 20, asWritten: '20个以上' }),
        deadline: expect.objectContaining({ type: 'year', year: 2026 }),
      }),
    ])
  })

  it('makes a commitment from a sentence with the keyboard, quote verbatim, and refuses an edited quote', async () => {
    const user = await addInventedLetter()
    await user.click(
      await screen.findByRole('button', {
        name: '用这句话新建承诺:“感谢您对科技工作的关心和支持”',
      }),
    )
    const form = screen.getByRole('form', { name: '用原文新建承诺' })
    const quote = within(form).getByLabelText('原文引文')
    expect(quote).toHaveValue('感谢您对科技工作的关心和支持')
    await user.type(quote, '!')
    await user.tab()
    expect(
      await within(form).findByText('答复函原文中没有这段文字:引文必须一字不差'),
    ).toBeInTheDocument()
    await user.type(quote, '{Backspace}')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(
      await screen.findByText('承诺“感谢您对科技工作的关心和支持”已加入草稿。'),
    ).toBeInTheDocument()
  })

  it('refuses a letter without its required details, naming each field', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/desk/letter' })
    await user.click(await screen.findByRole('button', { name: '加入草稿,下一步:确定承诺' }))
    expect(screen.getByText('请粘贴或载入答复函全文')).toBeInTheDocument()
    expect(screen.getByLabelText('标题')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('答复日期')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/处需要修改/)).toBeInTheDocument()
  })
})
