import { readFileSync } from 'node:fs'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { DRAFT_STORAGE_KEY } from '../../src/lib/draft/draft-store'
import { INVENTED_LETTER, shippedSnapshot } from '../support/desk-snapshot'
import { storedDraftDataset } from '../support/stored-draft'
import { fromRoot } from '../support/paths'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const real = { handlers: dataFileHandlers(realDataFiles()) }

/** Schema wording that must never reach an official. */
const RAW_WORDING = /类型错误|太小或太短|太大或太长|应为 (number|string)|Invalid input|expected/

/** Sets a field's text at once (typing each key is tested elsewhere, and slow in jsdom). */
const fill = (element: HTMLElement, value: string) =>
  fireEvent.change(element, { target: { value } })

/** Confirms every field still marked as read from the text. */
async function confirmGuesses(user: UserEvent) {
  for (;;) {
    const next = screen.queryAllByRole('button', { name: /^确认/ })[0]
    if (!next) return
    await user.click(next)
  }
}

const published = shippedSnapshot()

/** The letter's files as the saved draft would publish them (JSON as read, for brevity). */
function draftDataset(id: string): ReturnType<typeof JSON.parse> {
  return storedDraftDataset(published, id)
}

async function pasteLetter(text: string) {
  const user = userEvent.setup()
  renderApp({ ...real, route: '/desk/letter' })
  fireEvent.change(await screen.findByLabelText('答复函全文'), { target: { value: text } })
  return user
}

async function addInventedLetter() {
  const user = await pasteLetter(INVENTED_LETTER.replace(/\n/g, '\r\n'))
  // Read from the text: title, number, filer, filed title, session and date; the id in the style
  // of the published ids.
  await waitFor(() => expect(screen.getByLabelText('数据编号')).toHaveValue('km-160001'))
  expect(screen.getByLabelText('提出人')).toHaveValue('王明')
  expect(screen.getByLabelText('答复日期')).toHaveValue('2025-06-30')
  expect(screen.getByLabelText('建议或提案题目')).toHaveValue('关于加快科技成果转化的建议')
  expect(screen.getByLabelText('会议')).toHaveValue('市第十六届人大一次会议')
  await confirmGuesses(user)
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
    const dataset = draftDataset('km-160001')
    expect(dataset.sourceText).toBe(INVENTED_LETTER) // CRLF normalised
    expect(dataset.document).toMatchObject({
      number: '160001',
      filingKind: 'suggestion',
      filerRole: 'deputy',
      session: { name: '市第十六届人大一次会议' },
    })
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

  it('refuses a letter without its details in plain words, never the schema’s', async () => {
    const user = userEvent.setup()
    renderApp({ ...real, route: '/desk/letter' })
    await user.click(await screen.findByRole('button', { name: '加入草稿,下一步:确定承诺' }))
    expect(screen.getByText('请粘贴或载入答复函全文')).toBeInTheDocument()
    expect(screen.getByLabelText('标题')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('答复日期')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getAllByText('请填写;原文没有写明的,请勾选“原文未写明”').length).toBe(4)
    expect(screen.getByText('请填写至少一位提出人的姓名')).toBeInTheDocument()
    expect(screen.getAllByText('请填写这一栏').length).toBeGreaterThan(0)
    expect(screen.getByText(/处需要修改/)).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(RAW_WORDING)
  })

  it('reads a real Traditional letter: not stated is a choice, guesses confirmed, money becomes a funding line', async () => {
    const letter = readFileSync(
      fromRoot('test/fixtures/letters/huidong-pingshan-2020-s20202009/letter.txt'),
      'utf8',
    )
    const user = await pasteLetter(letter)
    await waitFor(() =>
      expect(screen.getByLabelText('建议或提案题目')).toHaveValue(
        '關于平山黃排小學周邊道路硬底化的建議',
      ),
    )
    expect(screen.getByLabelText('提出人')).toHaveValue('卓秀梅')
    expect(screen.getByLabelText('原文在姓名后写了“等”(名单不完整)')).toBeChecked()
    expect(screen.getByLabelText('答复单位')).toHaveValue('惠東縣人民政府平山街道辦事處')
    expect(screen.getByLabelText('答复单位层级')).toHaveValue('township')
    expect(screen.getByLabelText('建议或提案编号')).toHaveValue('20202009')
    expect(screen.getByLabelText('答复日期')).toHaveValue('2020-10-15')
    expect(screen.getByLabelText('标题')).toHaveValue('')

    // An unconfirmed guess holds the letter back, and says why.
    await user.click(screen.getByRole('button', { name: '加入草稿,下一步:确定承诺' }))
    expect(
      screen.getAllByText('这一栏是从正文识别的:请核对后点“确认”,或修改、清除').length,
    ).toBeGreaterThan(0)
    // A placeholder typed as data is refused: "not stated" is a choice of its own.
    fill(screen.getByLabelText('标题'), '原文未写明')
    expect(
      screen.getByText('这不是原文的内容:原文没有写明的,请留空或勾选“原文未写明”'),
    ).toBeInTheDocument()
    await user.clear(screen.getByLabelText('标题'))
    await user.click(screen.getByLabelText('标题:原文未写明'))
    await user.click(screen.getByLabelText('会议:原文未写明'))
    expect(screen.getByLabelText('标题')).toBeDisabled()
    await confirmGuesses(user)
    await user.click(screen.getByRole('button', { name: '加入草稿,下一步:确定承诺' }))

    // The scanner reads the Traditional text: a deadline-only promise and an estimated cost.
    const deadlines = await screen.findByRole('heading', {
      name: '系统找到的期限承诺(没有数字;1 项,待处理 1 项)',
    })
    await user.click(
      within(deadlines.closest('section')!).getByRole('button', {
        name: '采纳 計劃于2021年1月組織實施',
      }),
    )
    await user.click(await screen.findByRole('button', { name: '采纳 約12萬元' }))
    const fund = await screen.findByRole('button', { name: /^为 .*-c-cost-.* 建立资金项$/ })
    await user.click(fund)
    const form = screen.getByRole('form', { name: /^资金项:/ })
    expect(within(form).getByLabelText('阶段')).toHaveValue('needed')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(await screen.findByText(/^资金项“.*”已加入草稿。$/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^第20202009号建议 · 惠東縣/ })).toBeInTheDocument()

    await waitFor(() => expect(draftDataset('km-20202009')?.funding.lines).toHaveLength(1))
    const dataset = draftDataset('km-20202009')
    // Not stated: left out of the file, never written as a value.
    expect(dataset.document).not.toHaveProperty('title')
    expect(dataset.document).not.toHaveProperty('session')
    expect(dataset.document).toMatchObject({
      filingKind: 'suggestion',
      filersComplete: false,
      deputies: [{ name: '卓秀梅' }],
      respondent: { name: '惠東縣人民政府平山街道辦事處', level: 'township' },
      date: '2020-10-15',
    })
    expect(dataset.document).not.toHaveProperty('dateSource')
    expect(dataset.commitments.commitments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'promise',
          quote: expect.stringContaining('計劃于2021年1月組織實施'),
          deadline: expect.objectContaining({ type: 'date', date: '2021-01-31' }),
        }),
        expect.objectContaining({
          kind: 'estimate',
          figure: expect.objectContaining({ value: 120_000, unit: 'yuan' }),
        }),
      ]),
    )
    expect(dataset.funding.lines[0]).toMatchObject({
      fundSource: 'unspecified',
      entries: [
        {
          stage: 'needed',
          amount: 120_000,
          asWritten: '約12萬元',
          evidence: { type: 'document', quote: expect.stringContaining('預算費用約12萬元') },
        },
      ],
    })
  })
})

const PROPOSAL = [
  '关于政协某县第十届委员会第二次会议第14号提案的复函',
  '某某、某某某委员:',
  '你们提出的《关于某村道路硬化的提案》收悉,现答复如下:',
  '该道路已完成设计,预计明年底建成。',
  '该项目由乡政府组织实施,待上级批复后实施。',
  '另一条道路暂不具备实施条件。',
  '某县交通运输局',
  '2023年10月16日',
].join('\n')

describe('data desk: any kind of commitment', { timeout: 30_000 }, () => {
  it('records a proposal’s forecast without a number, a declined request and a measure, in plain words', async () => {
    const user = await pasteLetter(PROPOSAL)
    await waitFor(() => expect(screen.getByLabelText('答复的是')).toHaveValue('proposal'))
    expect(screen.getByLabelText('提出人身份')).toHaveValue('member')
    await confirmGuesses(user)
    await user.click(screen.getByRole('button', { name: '加入草稿,下一步:确定承诺' }))
    // A CPPCC proposal is named as one.
    expect(
      await screen.findByRole('link', { name: '第14号提案 · 某县交通运输局' }),
    ).toBeInTheDocument()

    await user.click(
      screen.getByRole('button', { name: '用这句话新建承诺:“该道路已完成设计,预计明年底建成”' }),
    )
    let form = screen.getByRole('form', { name: '用原文新建承诺' })
    await user.selectOptions(within(form).getByLabelText('类型'), 'forecast')
    await user.selectOptions(within(form).getByLabelText('期限类型'), 'year')
    fill(within(form).getByLabelText('年份'), '2024')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(await screen.findByText(/已加入草稿。$/)).toBeInTheDocument()

    await user.click(
      screen.getByRole('button', { name: '用这句话新建承诺:“另一条道路暂不具备实施条件”' }),
    )
    form = screen.getByRole('form', { name: '用原文新建承诺' })
    await user.selectOptions(within(form).getByLabelText('类型'), 'declined')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(within(form).getByLabelText('理由')).toHaveAttribute('aria-invalid', 'true')
    expect(within(form).getByText('请填写这一栏')).toBeInTheDocument()
    fill(within(form).getByLabelText('理由'), '暂不具备实施条件')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: '用原文新建承诺' })).not.toBeInTheDocument(),
    )

    await user.click(
      screen.getByRole('button', {
        name: '用这句话新建承诺:“该项目由乡政府组织实施,待上级批复后实施”',
      }),
    )
    form = screen.getByRole('form', { name: '用原文新建承诺' })
    await user.selectOptions(within(form).getByLabelText('类型'), 'target')
    fill(within(form).getByLabelText('数值'), '750')
    await user.selectOptions(within(form).getByLabelText('单位'), 'measure')
    fill(within(form).getByLabelText('计量对象(如 个项目)'), '米道路')
    fill(within(form).getByLabelText('原文写法(如 20个以上)'), '750米')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    expect(within(form).getByText('请填写计量单位,例如 米、公里、平方米、亩')).toBeInTheDocument()
    expect(form.textContent).not.toMatch(RAW_WORDING)
    fill(within(form).getByLabelText('计量单位(如 公里、平方米、亩)'), '米')
    fill(within(form).getByLabelText('实施条件(选填)'), '待上级批复后实施')
    fill(within(form).getByLabelText('实施单位(选填)'), '乡政府')
    await user.click(within(form).getByRole('button', { name: '加入草稿' }))
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: '用原文新建承诺' })).not.toBeInTheDocument(),
    )

    await waitFor(() => expect(draftDataset('km-14')?.commitments.commitments).toHaveLength(3))
    const [forecast, declined, target] = draftDataset('km-14').commitments.commitments
    expect(forecast).toMatchObject({ kind: 'forecast', deadline: { type: 'year', year: 2024 } })
    expect(forecast).not.toHaveProperty('figure')
    expect(declined).toMatchObject({ kind: 'declined', reason: '暂不具备实施条件' })
    expect(declined).not.toHaveProperty('deadline')
    expect(target).toMatchObject({
      kind: 'target',
      figure: { value: 750, unit: 'measure', unitName: '米', unitNameEn: 'm' },
      condition: '待上级批复后实施',
      implementer: { name: '乡政府' },
    })
  })
})
