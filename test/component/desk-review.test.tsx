import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { addLetter, upsertItem } from '../../src/domain/draft/draft-edits'
import { emptyDraft, type Draft } from '../../src/domain/draft/draft-schema'
import { itemsOf } from '../../src/domain/draft/snapshot'
import { DRAFT_STORAGE_KEY } from '../../src/lib/draft/draft-store'
import { recordPublishAs } from '../support/change-log-form'
import {
  INVENTED_DOCUMENT,
  INVENTED_LETTER,
  NEW_TARGET,
  shippedSnapshot,
} from '../support/desk-snapshot'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

const real = { handlers: dataFileHandlers(realDataFiles()) }
const published = shippedSnapshot()
const NOW = new Date('2026-11-30T08:00:00Z')
const PUBLISHED_COMMITMENTS = published.datasets.flatMap((dataset) =>
  itemsOf(dataset.commitments, 'commitments'),
).length

const gapPaid = {
  id: 'km-153005-u-gap-paid',
  commitmentId: 'km-153005-c-gap-5334',
  asOf: '2023-09-30',
  value: 53340000,
  comparability: 'same-metric',
  summary: '第二批缺口资金已足额拨付(示例)。',
  source: { title: '示例来源', date: '2023-10-08' },
  verdict: { status: 'kept', date: '2023-10-08', rationale: '已足额拨付(示例)。' },
}

function storeDraft(draft: Draft) {
  window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft))
}

describe('data desk: review and publish', { timeout: 30_000 }, () => {
  it('shows the change commitment by commitment and offers the files', async () => {
    storeDraft(upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', gapPaid, NOW))
    renderApp({ ...real, route: '/desk/review' })
    const item = await waitFor(() => {
      const found = document.querySelector('[data-commitment-id="km-153005-c-gap-5334"]')
      expect(found).not.toBeNull()
      return within(found as HTMLElement)
    })
    expect(item.getByRole('heading', { level: 3 })).toHaveTextContent('5334万元')
    expect(item.getByText('新增进展')).toBeInTheDocument()
    expect(item.getByText('第二批缺口资金已足额拨付(示例)。')).toBeInTheDocument()
    expect(item.getByText('评估结论:已兑现。理由:已足额拨付(示例)。')).toBeInTheDocument()
    // Every publish leaves its public record: who records it, and why the verdict is set.
    const download = screen.getByRole('button', { name: '下载全部要发布的文件(zip)' })
    expect(download).toBeDisabled()
    expect(screen.getByRole('alert')).toHaveTextContent('请先在上方“修改记录”中填写记录人')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('记录人'), '王五')
    expect(download).toBeDisabled()
    const reason = screen.getByRole('textbox', { name: /核定为已兑现的理由/ })
    expect(reason).toHaveAccessibleName(/5334万元/)
    await user.type(reason, '年报写明已足额拨付(示例)')
    await waitFor(() => expect(download).toBeEnabled())
    expect(screen.getByText(/检查通过/)).toHaveTextContent('将发布 3 个文件')
    expect(screen.getByText('data/km-153005/updates.json')).toBeInTheDocument()
    expect(screen.getByText('data/km-153005/changes.json')).toBeInTheDocument()
    expect(screen.getByText('data/index.json')).toBeInTheDocument()
  })

  it('keeps the change record with the draft: a reopened review finds it as typed', async () => {
    storeDraft(upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', gapPaid, NOW))
    const user = userEvent.setup()
    const first = renderApp({ ...real, route: '/desk/review' })
    await user.type(await screen.findByLabelText('记录人'), '王五')
    await user.type(screen.getByRole('textbox', { name: /核定为已兑现的理由/ }), '示例理由')
    await waitFor(() =>
      expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('示例理由'),
    )
    first.unmount()
    renderApp({ ...real, route: '/desk/review' })
    expect(await screen.findByLabelText('记录人')).toHaveValue('王五')
    expect(screen.getByRole('textbox', { name: /核定为已兑现的理由/ })).toHaveValue('示例理由')
    expect(screen.getByRole('button', { name: '下载全部要发布的文件(zip)' })).toBeEnabled()
  })

  it('shows a new letter’s funding line with its source, stage and amount', async () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: { ...INVENTED_DOCUMENT, filingKind: 'proposal' }, sourceText: INVENTED_LETTER },
      NOW,
    )
    const funds = {
      ...NEW_TARGET,
      id: 'km-160001-c-funds-50m',
      category: 'funding',
      title: '投入资金5000万元',
      quote: '投入资金5000万元',
      figure: {
        comparator: '=',
        value: 50_000_000,
        unit: 'yuan',
        label: '元',
        asWritten: '5000万元',
      },
    }
    draft = upsertItem(published, draft, 'km-160001', 'commitments', funds, NOW)
    draft = upsertItem(
      published,
      draft,
      'km-160001',
      'funding',
      {
        id: 'km-160001-f-funds-50m',
        documentId: 'km-160001',
        commitmentIds: ['km-160001-c-funds-50m'],
        label: '项目资金',
        fundSource: 'special-fund',
        fundName: '科技专项资金',
        entries: [
          {
            stage: 'pledged',
            comparator: '=',
            amount: 50_000_000,
            asWritten: '5000万元',
            asOf: '2025-06-30',
            evidence: { type: 'document', documentId: 'km-160001', quote: '投入资金5000万元' },
          },
        ],
      },
      NOW,
    )
    storeDraft(draft)
    renderApp({ ...real, route: '/desk/review' })
    const item = await waitFor(() => {
      const found = document.querySelector('[data-commitment-id="km-160001-c-funds-50m"]')
      expect(found).not.toBeNull()
      return within(found as HTMLElement)
    })
    expect(
      item.getByText('项目资金(资金来源:专项资金(写明名称) · 科技专项资金)'),
    ).toBeInTheDocument()
    expect(
      item.getByText('项目资金:承诺 5000万元(原文:5000万元),日期 2025-06-30'),
    ).toBeInTheDocument()
    // The letter is named as what it answers: a proposal, not a suggestion.
    expect(screen.getByRole('heading', { level: 2, name: /第160001号提案/ })).toBeInTheDocument()
    await recordPublishAs(userEvent.setup())
    expect(await screen.findByText('data/km-160001/funding.json')).toBeInTheDocument()
  })

  it('disables the download and says why when the draft is invalid', async () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      NOW,
    )
    draft = upsertItem(published, draft, 'km-160001', 'commitments', {
      ...NEW_TARGET,
      quote: '新增项目30个以上',
    })
    draft = upsertItem(published, draft, 'km-153005', 'updates', { ...gapPaid, asOf: '2023-02-30' })
    storeDraft(draft)
    renderApp({ ...real, route: '/desk/review' })
    const button = await screen.findByRole('button', { name: '下载全部要发布的文件(zip)' })
    expect(button).toBeDisabled()
    const reasons = document.getElementById(button.getAttribute('aria-describedby')!)!
    expect(reasons).toHaveTextContent('还不能下载:有 3 个问题需要先在草稿中修改。')
    expect(reasons).toHaveTextContent('请先在上方“修改记录”中填写记录人')
    expect(reasons).toHaveTextContent(
      'km-160001/commitments.json 中 commitments[0].quote:承诺 km-160001-c-projects-20 的引文在答复函原文中找不到',
    )
    expect(reasons).toHaveTextContent('km-153005/updates.json')
    expect(reasons).toHaveTextContent('日期无效,应为真实存在的日期')
    expect(screen.queryByText('data/index.json')).not.toBeInTheDocument()
  })

  it('a corrupt stored draft is reported, can be exported, and discarded after confirming', async () => {
    const user = userEvent.setup()
    window.localStorage.setItem(DRAFT_STORAGE_KEY, '{"format": "commitment-tracker-draft", "ver')
    renderApp({ ...real, route: '/desk' })
    const alert = await screen.findByText(/本浏览器中保存的草稿无法读取/)
    expect(alert).toHaveTextContent('内容不是有效的 JSON')
    expect(screen.getByRole('button', { name: '导出无法读取的草稿内容' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '丢弃无法读取的草稿' }))
    expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).not.toBeNull()
    await user.click(screen.getByRole('button', { name: '确定丢弃' }))
    expect(screen.queryByText(/本浏览器中保存的草稿无法读取/)).not.toBeInTheDocument()
    expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
    expect(screen.getByText('草稿为空:尚未做任何修改。')).toBeInTheDocument()
  })

  it('previews the dashboard with the draft applied, with a banner on every page', async () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      NOW,
    )
    draft = upsertItem(published, draft, 'km-160001', 'commitments', NEW_TARGET, NOW)
    storeDraft(draft)
    const user = userEvent.setup()
    renderApp({ ...real, route: '/documents?preview=draft' })
    expect(await screen.findByText('预览:草稿尚未发布')).toBeInTheDocument()
    expect(
      await screen.findByRole('link', { name: '关于加快科技成果转化的建议' }),
    ).toBeInTheDocument()
    // Links keep the preview; leaving it shows the published data again.
    await user.click(screen.getByRole('link', { name: '承诺清单' }))
    expect(await screen.findByText('预览:草稿尚未发布')).toBeInTheDocument()
    // In the list, and in the timeline's table below it.
    expect((await screen.findAllByText('新增项目20个以上')).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('link', { name: '退出预览' }))
    await waitFor(() => expect(screen.queryByText('预览:草稿尚未发布')).not.toBeInTheDocument())
    expect(
      await screen.findByText(new RegExp(`${PUBLISHED_COMMITMENTS} 项承诺`)),
    ).toBeInTheDocument()
    expect(screen.queryAllByText('新增项目20个以上')).toHaveLength(0)
  })
})
