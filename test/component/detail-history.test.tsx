import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers } from '../../mocks/data-handlers'
import type { ChangeLogFile } from '../../src/domain/schema/change-log'
import { renderApp } from '../support/render-app'
import { CHANGES, filesWithChangeLog } from '../support/change-log-site'
import { letterFiles } from '../support/real-data'

const PROJECTS = 'km-153005-c-projects-20'

beforeAll(async () => {
  await import('../../src/features/commitments/components/commitment-detail-page')
})

/**
 * An illustrative change log, built here only (never shipped): the ids are the shipped letter's,
 * the dates, names and reasons are made up for the test.
 */
const changeLog: ChangeLogFile = {
  documentId: 'km-153005',
  entries: [
    {
      id: 'km-153005-ch-1',
      date: '2024-03-01',
      recordedBy: '李四',
      changes: [{ file: 'updates', itemId: 'km-153005-u-2023-new-projects', action: 'added' }],
    },
    {
      id: 'km-153005-ch-2',
      date: '2025-03-02',
      recordedBy: '张三',
      changes: [
        {
          file: 'updates',
          itemId: 'km-153005-u-2024-projects-with-results',
          action: 'changed',
          field: 'verdict',
          verdict: { from: null, to: 'partly-kept' },
          reason: '示例理由甲',
          reasonEn: 'Example reason A',
        },
        // Another commitment's evidence: not this page's history.
        { file: 'updates', itemId: 'km-153005-u-2023-key-labs', action: 'removed' },
      ],
    },
  ],
}

const history = (name: string) => screen.findByRole('region', { name })

describe('a commitment’s history', () => {
  it('lists the changes that concern the commitment, newest first, with reason and recorder', async () => {
    renderApp({
      route: `/commitments/${PROJECTS}`,
      handlers: dataFileHandlers(filesWithChangeLog(changeLog)),
    })
    const section = within(await history('记录'))
    const items = await section.findAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      '2025年3月2日 · 核定为“部分兑现” · 理由:示例理由甲 · 记录人 张三',
      '2024年3月1日 · 新增一条进展证据 · 记录人 李四',
    ])
  })

  it('reads in English, with the English reason', async () => {
    renderApp({
      route: `/commitments/${PROJECTS}`,
      lang: 'en',
      handlers: dataFileHandlers(filesWithChangeLog(changeLog)),
    })
    const items = await within(await history('History')).findAllByRole('listitem')
    expect(items[0]!.textContent).toBe(
      'Mar 2, 2025 · rated “Partly kept” · reason: Example reason A · recorded by 张三',
    )
  })

  it('says when the history cannot be read, and the rest of the page still shows', async () => {
    renderApp({
      route: `/commitments/${PROJECTS}`,
      handlers: [
        http.get(`*/data/${CHANGES}`, () => new HttpResponse('oops', { status: 500 })),
        ...dataFileHandlers(filesWithChangeLog(changeLog)),
      ],
    })
    const section = within(await history('记录'))
    expect(await section.findByRole('alert')).toHaveTextContent(/^修改记录无法读取/)
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '进展证据' })).toBeInTheDocument()
  })

  it('says a missing change log cannot be read', async () => {
    renderApp({
      route: `/commitments/${PROJECTS}`,
      handlers: dataFileHandlers(filesWithChangeLog()),
    })
    expect(await within(await history('记录')).findByRole('alert')).toHaveTextContent(
      /^修改记录无法读取/,
    )
  })

  it('shows no history section for data published without a change log', async () => {
    renderApp({ route: `/commitments/${PROJECTS}`, handlers: dataFileHandlers(letterFiles()) })
    await screen.findByRole('region', { name: '进展证据' })
    expect(screen.queryByRole('region', { name: '记录' })).toBeNull()
  })
})
