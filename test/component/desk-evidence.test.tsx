import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { addLetter, upsertItem } from '../../src/domain/draft/draft-edits'
import { emptyDraft } from '../../src/domain/draft/draft-schema'
import { itemsOf } from '../../src/domain/draft/snapshot'
import { DRAFT_STORAGE_KEY } from '../../src/lib/draft/draft-store'
import { shippedSnapshot } from '../support/desk-snapshot'
import { storedDraftDataset } from '../support/stored-draft'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const real = { handlers: dataFileHandlers(realDataFiles()) }
const GAP = 'km-153005-c-gap-5334'
const published = shippedSnapshot()
const TOTAL = published.datasets.flatMap((dataset) =>
  itemsOf(dataset.commitments, 'commitments'),
).length

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } })

// Whole-app tests that type into several forms: jsdom is slow, give them room.
describe('data desk: record evidence', { timeout: 30_000 }, () => {
  it('finds a commitment by searching and shows its quote', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/desk/evidence' })
    const search = await screen.findByLabelText('查找承诺(标题、章节、编号或原文中的词)')
    await user.type(search, '缺口')
    const select = screen.getByLabelText('承诺')
    const options = within(select).getAllByRole('option').slice(1)
    expect(options.map((option) => option.getAttribute('value'))).toContain(GAP)
    expect(screen.getByText(`找到 ${options.length} / ${TOTAL} 项`)).toBeInTheDocument()
    await user.selectOptions(select, GAP)
    expect(await screen.findByRole('heading', { level: 2, name: /5334万元/ })).toBeInTheDocument()
    expect(
      screen.getByText(/确保市级第二批一体化项目缺口资金5334万元及时、足额拨付/),
    ).toBeInTheDocument()
  })

  it('groups the picker by letter, named by number and respondent, and searches both scripts', async () => {
    const user = userEvent.setup()
    const text = '某某委員:\n預算費用約12萬元。\n某縣交通運輸局\n2020年10月15日'
    let draft = addLetter(emptyDraft(), {
      document: {
        id: 'zz-14',
        kind: 'reply-letter',
        number: '14',
        filingKind: 'proposal',
        deputies: [{ name: '某某' }],
        respondent: { name: '某縣交通運輸局' },
        sourceText: 'source.txt',
      },
      sourceText: text,
    })
    draft = upsertItem(published, draft, 'zz-14', 'commitments', {
      id: 'zz-14-c-cost',
      documentId: 'zz-14',
      kind: 'estimate',
      section: '正文',
      category: 'funding',
      title: '預算費用',
      quote: '預算費用約12萬元',
      figure: { comparator: '=', value: 120000, unit: 'yuan', label: '元', asWritten: '約12萬元' },
      asOf: null,
    })
    window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft))
    renderApp({ ...real, route: '/desk/evidence' })
    const select = await screen.findByLabelText('承诺')
    const groups = [...select.querySelectorAll('optgroup')].map((group) => group.label)
    expect(groups).toContain('第153005号建议 · 昆明市科学技术局')
    expect(groups).toContain('第14号提案 · 某縣交通運輸局')
    expect(groups).toHaveLength(published.datasets.length + 1)
    // A Simplified query finds the Traditional quote once the converter has loaded.
    await user.type(screen.getByLabelText('查找承诺(标题、章节、编号或原文中的词)'), '预算费用')
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((option) => option.getAttribute('value')),
      ).toEqual(['', 'zz-14-c-cost']),
    )
    // The letter itself can be searched for.
    await user.clear(screen.getByLabelText('查找承诺(标题、章节、编号或原文中的词)'))
    await user.type(screen.getByLabelText('查找承诺(标题、章节、编号或原文中的词)'), '第14号提案')
    expect(within(select).getAllByRole('option')).toHaveLength(2)
  })

  it('shows a localized error next to a bad field, clears it when fixed, then adds the update', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: `/desk/evidence?c=${GAP}` })
    const url = await screen.findByLabelText('来源网址')
    await user.type(url, 'javascript:alert(1)')
    await user.tab()
    const error = await screen.findByText('链接无效:只接受以 http:// 或 https:// 开头的网址')
    expect(url).toHaveAttribute('aria-invalid', 'true')
    expect(url.getAttribute('aria-describedby')).toContain(error.id)

    await user.clear(url)
    await user.type(url, 'https://kjj.km.gov.cn/example')
    expect(url).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(error.textContent!)).not.toBeInTheDocument()

    // Submitting with required fields empty names how many need changing.
    const updateForm = screen.getByRole('form', { name: '添加进展记录' })
    await user.click(within(updateForm).getByRole('button', { name: '加入草稿' }))
    expect(await screen.findByText(/处需要修改/)).toBeInTheDocument()

    setDate('进展截至日期', '2023-09-30')
    await user.type(screen.getByLabelText('达到的数值(元)'), '5334万元')
    expect(screen.getByText('读作 53,340,000 元(5334万元)')).toBeInTheDocument()
    await user.type(screen.getByLabelText('发生了什么'), '缺口资金已足额拨付(示例)。')
    await user.type(screen.getByLabelText('来源标题'), '示例来源')
    setDate('来源发布日期', '2023-10-08')
    await user.click(within(updateForm).getByRole('button', { name: '加入草稿' }))

    expect(
      await screen.findByText('进展记录 km-153005-u-2023-09-30 已加入草稿。'),
    ).toBeInTheDocument()
    const list = screen.getByRole('heading', { name: '已有进展记录(1 条)' }).closest('section')!
    expect(within(list).getByText('缺口资金已足额拨付(示例)。')).toBeInTheDocument()
    await waitFor(() =>
      expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('km-153005-u-2023-09-30'),
    )
    const saved = storedDraftDataset(published, 'km-153005')!
    expect(itemsOf(saved.updates, 'updates').at(-1)).toMatchObject({
      commitmentId: GAP,
      asOf: '2023-09-30',
      value: 53340000,
      source: { url: 'https://kjj.km.gov.cn/example', date: '2023-10-08' },
    })
  })

  it('records a disbursement on the gap line citing the new update', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: `/desk/evidence?c=${GAP}` })
    await screen.findByLabelText('进展截至日期')
    setDate('进展截至日期', '2023-09-30')
    await user.type(screen.getByLabelText('发生了什么'), '缺口资金已拨付(示例)。')
    await user.type(screen.getByLabelText('来源标题'), '示例来源')
    setDate('来源发布日期', '2023-10-08')
    const updateForm = screen.getByRole('form', { name: '添加进展记录' })
    await user.click(within(updateForm).getByRole('button', { name: '加入草稿' }))
    await screen.findByText('进展记录 km-153005-u-2023-09-30 已加入草稿。')

    const form = screen.getByRole('form', { name: '记录资金拨付' })
    expect(within(form).getByLabelText('资金项')).toHaveValue('km-153005-f-second-batch-gap')
    expect(within(form).getByLabelText('依据')).toHaveValue('update:km-153005-u-2023-09-30')
    await user.type(within(form).getByLabelText('金额'), '5334万元')
    fireEvent.change(within(form).getByLabelText('日期'), { target: { value: '2023-09-30' } })
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(
      await screen.findByText('资金记录已加入草稿:市级第二批一体化项目缺口资金。'),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('disbursed'),
    )
    const saved = storedDraftDataset(published, 'km-153005')!
    const line = itemsOf(saved.funding, 'funding').find(
      (item) => item.id === 'km-153005-f-second-batch-gap',
    )
    expect((line?.entries as unknown[]).at(-1)).toEqual({
      stage: 'disbursed',
      comparator: '=',
      amount: 53340000,
      asWritten: '5334万元',
      asOf: '2023-09-30',
      evidence: { type: 'update', updateId: 'km-153005-u-2023-09-30' },
    })
  })
})
