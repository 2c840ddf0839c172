import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { applyDraft } from '../../src/domain/draft/apply-draft'
import { upsertItem } from '../../src/domain/draft/draft-edits'
import { emptyDraft, type Draft } from '../../src/domain/draft/draft-schema'
import { itemsOf, snapshotFiles, type JsonObject } from '../../src/domain/draft/snapshot'
import { DRAFT_STORAGE_KEY } from '../../src/lib/draft/draft-store'
import { recordPublishAs } from '../support/change-log-form'
import { shippedSnapshot } from '../support/desk-snapshot'
import { renderApp } from '../support/render-app'
import { realDataFiles } from '../support/real-data'

/*
 * Two officials draft against the same published files. A publishes first; B opens the review
 * afterwards, when the server already holds A's work.
 */

const ID = 'km-153005'
const T0 = new Date('2026-11-30T08:00:00Z')
const published = shippedSnapshot()
const firstUpdate = itemsOf(published.datasets[0]!.updates, 'updates')[0]!

const update = (id: string, summary: string): JsonObject => ({
  id,
  commitmentId: 'km-153005-c-gap-5334',
  asOf: '2023-09-30',
  value: 53340000,
  comparability: 'same-metric',
  summary,
  source: { title: '示例来源', date: '2023-10-08' },
})

/** The server after official A published: A's new update, and A's wording of an old one. */
function serverAfterA() {
  let a = upsertItem(
    published,
    emptyDraft(T0, 'a'),
    ID,
    'updates',
    update('km-153005-u-a', 'A 的进展(示例)'),
    T0,
  )
  a = upsertItem(published, a, ID, 'updates', { ...firstUpdate, summary: 'A 改写的摘要(示例)' }, T0)
  const files = realDataFiles()
  for (const [path, value] of snapshotFiles(applyDraft(published, a))) files[path] = value
  return { handlers: dataFileHandlers(files) }
}

function draftOfB(): Draft {
  let b = upsertItem(
    published,
    emptyDraft(T0, 'b'),
    ID,
    'updates',
    update('km-153005-u-b', 'B 的进展(示例)'),
    T0,
  )
  b = upsertItem(published, b, ID, 'updates', { ...firstUpdate, summary: 'B 改写的摘要(示例)' }, T0)
  return b
}

describe('data desk: a colleague published since the draft began', { timeout: 30_000 }, () => {
  it('keeps the colleague’s work, shows the overlap both ways and blocks download until decided', async () => {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftOfB()))
    const user = userEvent.setup()
    renderApp({ ...serverAfterA(), route: '/desk/review' })

    const merge = within(
      (await screen.findByRole('heading', { name: '与已发布数据合并' })).closest('section')!,
    )
    expect(merge.getByText(/^另一位同事已发布了 .*153005.* 的 1 条新进展。$/)).toBeInTheDocument()
    expect(merge.getByText(/^另一位同事修改了 .*153005.* 的 1 条进展。$/)).toBeInTheDocument()
    expect(merge.getByText('还有 1 处冲突未决定,决定之前不能下载或发布。')).toBeInTheDocument()
    const conflict = within(
      merge.getByRole('group', { name: /进展 km-153005-u-.* · 字段 summary/ }),
    )
    expect(conflict.getByText('B 改写的摘要(示例)')).toBeInTheDocument()
    expect(conflict.getByText('A 改写的摘要(示例)')).toBeInTheDocument()

    const download = screen.getByRole('button', { name: '下载全部要发布的文件(zip)' })
    expect(download).toBeDisabled()
    expect(screen.getByText(/尚未决定保留哪一份/)).toBeInTheDocument()
    // The colleague's update is not listed among B's changes as removed.
    expect(document.querySelector('[data-commitment-id] .is-removed')).toBeNull()
    expect(screen.queryByText('A 的进展(示例)')).toBeNull()

    await user.click(conflict.getByRole('radio', { name: /保留我的/ }))
    expect(await merge.findByText('1 处冲突已全部决定。')).toBeInTheDocument()
    await recordPublishAs(user)
    await waitFor(() => expect(download).toBeEnabled())
    expect(screen.getByText('data/km-153005/updates.json')).toBeInTheDocument()
  })

  it('says nothing changed when the server still holds what the draft began from', async () => {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftOfB()))
    renderApp({ handlers: dataFileHandlers(realDataFiles()), route: '/desk/review' })
    expect(
      await screen.findByText('自本草稿开始以来,已发布的数据文件没有变化。'),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-conflict-key]')).toBeNull()
    await recordPublishAs(userEvent.setup())
    expect(screen.getByRole('button', { name: '下载全部要发布的文件(zip)' })).toBeEnabled()
  })
})
