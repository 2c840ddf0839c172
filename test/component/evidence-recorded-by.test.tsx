import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers } from '../../mocks/data-handlers'
import type { ChangeLogFile } from '../../src/domain/schema/change-log'
import { renderApp } from '../support/render-app'
import { CHANGES, filesWithChangeLog } from '../support/change-log-site'
import { letterFiles } from '../support/real-data'

/**
 * The evidence page says of each piece of evidence when and by whom it was recorded, as its
 * letter's public change log says; nothing when the log says nothing or the letter has none.
 */
const NEW_PROJECTS = 'km-153005-u-2023-new-projects'
const REVENUE = 'km-153005-u-2024-revenue'
const KEY_LABS = 'km-153005-u-2023-key-labs'
// The first render also loads the page's code: allow for a busy machine.
const SLOW = { timeout: 15_000 }

/**
 * An illustrative change log, built here only (never shipped): the ids are the shipped letter's,
 * the dates and names are made up for the test. It says nothing of the other updates.
 */
const changeLog: ChangeLogFile = {
  documentId: 'km-153005',
  entries: [
    {
      id: 'km-153005-ch-1',
      date: '2024-03-01',
      recordedBy: '李四',
      changes: [{ file: 'updates', itemId: NEW_PROJECTS, action: 'added' }],
    },
    {
      id: 'km-153005-ch-2',
      date: '2025-02-21',
      recordedBy: '张三',
      changes: [
        { file: 'updates', itemId: REVENUE, action: 'added' },
        // A commitment's change: not a piece of evidence.
        { file: 'commitments', itemId: 'km-153005-c-projects-20', action: 'changed' },
      ],
    },
    {
      id: 'km-153005-ch-3',
      date: '2025-03-02',
      recordedBy: '王五',
      changes: [
        { file: 'updates', itemId: REVENUE, action: 'changed', field: 'summary' },
        // Evidence removed since: never on the page, nothing to say.
        { file: 'updates', itemId: 'km-153005-u-gone', action: 'removed' },
      ],
    },
  ],
}

const entry = (id: string) => document.querySelector<HTMLElement>(`li[data-evidence-id="${id}"]`)
const recordedLine = (id: string) =>
  entry(id)?.querySelector<HTMLElement>('[data-field="recorded"]') ?? null
const entries = () => document.querySelectorAll('li[data-evidence-id]')
const list = () => screen.findByRole('list', { name: /进展证据|Evidence/ }, SLOW)
/** The English catalogue loads on its own: wait until the page reads in English. */
const english = () => screen.findByRole('heading', { level: 1, name: 'Evidence' }, SLOW)

describe('evidence page: when and by whom each piece was recorded', { timeout: 30_000 }, () => {
  it('says when and by whom an item was recorded, and its last change', async () => {
    renderApp({ route: '/evidence', handlers: dataFileHandlers(filesWithChangeLog(changeLog)) })
    await list()
    await waitFor(() => expect(recordedLine(NEW_PROJECTS)).not.toBeNull(), SLOW)
    expect(recordedLine(NEW_PROJECTS)).toHaveTextContent(/^记录于 2024年3月1日 · 记录人 李四$/)
    expect(recordedLine(REVENUE)).toHaveTextContent(
      /^记录于 2025年2月21日 · 记录人 张三 · 最后修改于 2025年3月2日 · 记录人 王五$/,
    )
    // Machine-readable days, the change log's own.
    const times = [...recordedLine(REVENUE)!.querySelectorAll('time')]
    expect(times.map((time) => time.getAttribute('dateTime'))).toEqual(['2025-02-21', '2025-03-02'])
    // Recorded before the log began: the log says nothing, and neither does the page.
    expect(entry(KEY_LABS)).not.toBeNull()
    expect(recordedLine(KEY_LABS)).toBeNull()
    expect(entry(KEY_LABS)).not.toHaveTextContent(/记录于|记录人|未知/)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reads in English', async () => {
    renderApp({
      route: '/evidence',
      lang: 'en',
      handlers: dataFileHandlers(filesWithChangeLog(changeLog)),
    })
    await english()
    await list()
    await waitFor(() => expect(recordedLine(NEW_PROJECTS)).not.toBeNull(), SLOW)
    expect(recordedLine(NEW_PROJECTS)).toHaveTextContent(/^Recorded Mar 1, 2024 · by 李四$/)
    expect(recordedLine(REVENUE)).toHaveTextContent(
      /^Recorded Feb 21, 2025 · by 张三 · last changed Mar 2, 2025 · by 王五$/,
    )
    expect(recordedLine(KEY_LABS)).toBeNull()
  })

  it('says nothing for a letter published without a change log, and never asks for one', async () => {
    let asked = 0
    renderApp({
      route: '/evidence',
      handlers: [
        http.get('*/data/*/changes.json', () => {
          asked += 1
          return new HttpResponse(null, { status: 404 })
        }),
        ...dataFileHandlers(letterFiles()),
      ],
    })
    await list()
    expect(entries().length).toBe(8)
    expect(document.querySelector('[data-field="recorded"]')).toBeNull()
    expect(screen.queryByText(/记录于|记录人/)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(asked).toBe(0)
  })

  it('says once that an unreadable change log cannot be read, and still lists every item', async () => {
    renderApp({
      route: '/evidence',
      handlers: [
        http.get(`*/data/${CHANGES}`, () => new HttpResponse('oops', { status: 500 })),
        ...dataFileHandlers(filesWithChangeLog(changeLog)),
      ],
    })
    await list()
    const alert = await screen.findByRole('alert', {}, SLOW)
    expect(alert).toHaveTextContent(/^第153005号建议的修改记录无法读取/)
    expect(alert).toHaveTextContent('这份文件的证据照常列出')
    // Said once for the page, never on the items.
    expect(screen.getAllByText(/修改记录无法读取/)).toHaveLength(1)
    expect(entries().length).toBe(8)
    expect(document.querySelector('[data-field="recorded"]')).toBeNull()
    expect(screen.getByText('显示 8 / 8 条证据')).toBeInTheDocument()
  })

  it('says in English that a listed but missing change log cannot be read', async () => {
    renderApp({
      route: '/evidence',
      lang: 'en',
      handlers: dataFileHandlers(filesWithChangeLog()),
    })
    await english()
    await list()
    const alert = await screen.findByRole('alert', {}, SLOW)
    expect(alert).toHaveTextContent(/^The record of changes of .*153005.* could not be read/)
    expect(entries().length).toBe(8)
    expect(document.querySelector('[data-field="recorded"]')).toBeNull()
  })
})
