import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import { deadlineDate } from '../../src/domain/deadline'
import type { ChangeLogFile } from '../../src/domain/schema/change-log'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import type { DataIndex } from '../../src/domain/schema/data-index'
import type { SourceDocument } from '../../src/domain/schema/document'
import type { FundingFile } from '../../src/domain/schema/funding'
import type { UpdatesFile } from '../../src/domain/schema/update'
import { renderApp } from '../support/render-app'
import { readShipped, realDataFiles } from '../support/real-data'

/**
 * The bulletin for 2024 on the whole shipped site, every section checked against the data files
 * themselves (what was published, dated and promised), not against figures read off the screen.
 */
const FROM = '2024-01-01'
const TO = '2024-12-31'
const BASELINE = '2023-12-31'
const AS_OF = '2025-06-30'
const ROUTE = `/bulletin?from=${FROM}&to=${TO}&asOf=${AS_OF}`
const RATED = new Set(['target', 'forecast', 'promise'])

const index = readShipped<DataIndex>('index.json')
const letters = index.datasets.map((entry) => ({
  id: entry.id,
  document: readShipped<SourceDocument>(entry.document),
  commitments: readShipped<CommitmentsFile>(entry.commitments).commitments,
  updates: entry.updates ? readShipped<UpdatesFile>(entry.updates).updates : [],
  funding: entry.funding ? readShipped<FundingFile>(entry.funding).lines : [],
}))
/** Letters out by the period's end (none of the shipped ones lacks a date). */
const known = letters.filter((l) => l.document.date! <= TO)
const knownBefore = new Set(letters.filter((l) => l.document.date! <= BASELINE).map((l) => l.id))
const updates = known.flatMap((l) => l.updates)
const inPeriod = (date: string) => date >= FROM && date <= TO
const rated = known.flatMap((l) => l.commitments.filter((c) => RATED.has(c.kind)))

const expected = {
  evidence: updates.filter((u) => inPeriod(u.source.date)),
  // With no verdicts in the data, a rated commitment changes status when its first evidence
  // comes out: from "not yet rated" to whatever that evidence says.
  statusChanges: rated.filter((c) => {
    const own = updates.filter((u) => u.commitmentId === c.id).map((u) => u.source.date)
    return own.some(inPeriod) && !own.some((d) => d <= BASELINE)
  }),
  newLetters: known.filter((l) => !knownBefore.has(l.id)),
  newlyOverdue: rated.filter((c) => {
    const due = 'deadline' in c ? deadlineDate(c.deadline) : null
    return due !== null && due >= BASELINE && due < TO
  }),
  upcoming: rated.filter((c) => {
    const due = 'deadline' in c ? deadlineDate(c.deadline) : null
    return due !== null && due >= TO && due <= '2025-01-30'
  }),
  money: known.flatMap((l) =>
    l.funding.flatMap((line) =>
      line.entries.filter(
        (e) =>
          (e.stage === 'allocated' || e.stage === 'disbursed') &&
          inPeriod(e.asOf ?? l.document.date!),
      ),
    ),
  ),
  noEvidence: rated.filter(
    (c) => !updates.some((u) => u.commitmentId === c.id && u.source.date <= TO),
  ),
}

it('the expectations are not empty where the data has something to say', () => {
  // Guards the checks below against passing on nothing: 2024 has evidence, a first status and
  // deadlines that passed (the 2023 year-end ones), and many commitments without evidence.
  expect(expected.evidence.map((u) => u.id)).toHaveLength(3)
  expect(expected.statusChanges.map((c) => c.id)).toEqual(['km-153005-c-projects-20'])
  expect(expected.newlyOverdue.length).toBeGreaterThan(0)
  expect(expected.noEvidence.length).toBeGreaterThan(10)
})

const real = { handlers: dataFileHandlers(realDataFiles()) }

afterEach(() => vi.restoreAllMocks())

async function renderBulletin(route = ROUTE) {
  renderApp({ ...real, route })
  await screen.findByRole('heading', { level: 1, name: '定期通报' })
}

async function section(name: string): Promise<HTMLElement> {
  await vi.waitFor(() => expect(document.querySelector(`[data-section="${name}"]`)).not.toBeNull())
  return document.querySelector<HTMLElement>(`[data-section="${name}"]`)!
}

const itemIds = (element: HTMLElement, attribute = 'data-commitment-id') =>
  [...element.querySelectorAll<HTMLElement>(`.bulletin-item[${attribute}]`)].map((item) =>
    item.getAttribute(attribute)!,
  )

describe('the bulletin for 2024 on the shipped data', () => {
  it('states the period, and the counts at the top are the data’s', async () => {
    await renderBulletin()
    expect(await screen.findByText('时段:2024年1月1日至2024年12月31日')).toBeInTheDocument()
    expect(screen.getByText(/状态变化是与2023年12月31日的情况相比/)).toBeInTheDocument()
    const count = (name: string) =>
      Number(document.querySelector(`[data-count-of="${name}"]`)?.getAttribute('data-count'))
    expect(count('evidence')).toBe(expected.evidence.length)
    expect(count('status-changes')).toBe(expected.statusChanges.length)
    expect(count('new-letters')).toBe(expected.newLetters.length)
    expect(count('newly-overdue')).toBe(expected.newlyOverdue.length)
    expect(count('upcoming')).toBe(expected.upcoming.length)
    expect(count('money')).toBe(expected.money.length)
    expect(count('no-evidence')).toBe(expected.noEvidence.length)
    // The shipped evidence files all load: "cannot be read" is not mentioned at all.
    expect(document.querySelector('[data-count-of="unreadable"]')).toBeNull()
  })

  it('lists exactly the evidence published in 2024: the 153005 letter’s, with labels and caveats', async () => {
    await renderBulletin()
    const evidence = await section('evidence')
    expect(expected.evidence.length).toBeGreaterThan(0)
    expect(expected.evidence.every((u) => u.commitmentId.startsWith('km-153005-'))).toBe(true)
    expect(itemIds(evidence, 'data-update-id').sort()).toEqual(
      expected.evidence.map((u) => u.id).sort(),
    )
    for (const update of expected.evidence) {
      const item = evidence.querySelector<HTMLElement>(`[data-update-id="${update.id}"]`)!
      expect(item).toHaveAttribute('data-commitment-id', update.commitmentId)
      expect(within(item).getAllByRole('link')[0]).toHaveAttribute(
        'href',
        `#/commitments/${update.commitmentId}?asOf=${AS_OF}`,
      )
      expect(item.querySelector('[data-field="evidence-label"]')).toHaveAttribute(
        'data-comparability',
        update.comparability,
      )
      expect(item).toHaveTextContent(update.summary)
      const caveat = item.querySelector('[data-field="caveat"]')
      if (update.comparability === 'same-metric') expect(caveat).toBeNull()
      else expect(caveat).toHaveTextContent(update.note!)
    }
    // Nothing published after the period is in it.
    const later = updates.filter((u) => u.source.date > TO)
    expect(later.length).toBeGreaterThan(0)
    for (const update of later) expect(evidence).not.toHaveTextContent(update.summary)
  })

  it('shows each status change before and after, with the reason of the status after', async () => {
    await renderBulletin()
    const status = await section('status')
    expect(itemIds(status).sort()).toEqual(expected.statusChanges.map((c) => c.id).sort())
    for (const commitment of expected.statusChanges) {
      const item = status.querySelector<HTMLElement>(`[data-commitment-id="${commitment.id}"]`)!
      expect(item).toHaveAttribute('data-before', 'not-rated')
      expect(item.getAttribute('data-after')).not.toBe('not-rated')
      expect(within(item).getByText('待评估')).toBeInTheDocument()
      expect(item).toHaveTextContent(/依据:.+/)
    }
    if (expected.newLetters.length === 0)
      expect(document.querySelector('[data-section="new-letters"]')).toBeNull()
  })

  it('lists the deadlines that passed in 2024 and those due in the 30 days after', async () => {
    await renderBulletin()
    const overdue = await section('newly-overdue')
    expect(itemIds(overdue).sort()).toEqual(expected.newlyOverdue.map((c) => c.id).sort())
    for (const item of overdue.querySelectorAll('.bulletin-item'))
      expect(item).toHaveTextContent(/截至2024年12月31日已逾期 \d+ 天/)
    const upcoming = await section('upcoming')
    expect(itemIds(upcoming)).toHaveLength(expected.upcoming.length)
    if (expected.upcoming.length === 0)
      expect(upcoming).toHaveTextContent('时段结束后 30 天内没有到期的承诺。')
  })

  it('lists money allocated or paid in the period, and says so when there is none', async () => {
    await renderBulletin()
    const money = await section('money')
    // Funding files are not waited for before the page shows: wait for what they say.
    await vi.waitFor(() =>
      expect(money.querySelectorAll('.bulletin-item')).toHaveLength(expected.money.length),
    )
    if (expected.money.length === 0)
      expect(money).toHaveTextContent('本时段内没有资金安排或拨付的记录。')
  })

  it('lists the rated commitments with no evidence at all by the end of 2024', async () => {
    await renderBulletin()
    const none = await section('no-evidence')
    expect(itemIds(none).sort()).toEqual(expected.noEvidence.map((c) => c.id).sort())
    expect(none).toHaveTextContent('没有证据只说明尚无消息,不等于未兑现')
  })
})

describe('downloading the bulletin', () => {
  it('saves the same items as CSV (with a BOM) and JSON', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    await renderBulletin()
    const bar = document.querySelector<HTMLElement>('[data-export="bulletin"]')!
    await vi.waitFor(() => expect(bar).not.toBeNull())
    await user.click(within(bar).getByRole('button', { name: '下载 CSV' }))
    await user.click(within(bar).getByRole('button', { name: '下载 JSON' }))
    expect(downloads.map((d) => d.name)).toEqual([
      `bulletin-${FROM}-${TO}.csv`,
      `bulletin-${FROM}-${TO}.json`,
    ])

    const csv = await readBlob(downloads[0]!.blob)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = csvRecords(csv).map(csvCells)
    expect(header).toEqual([
      '栏目',
      '答复函',
      '承诺编号',
      '承诺',
      '日期',
      '情况',
      '口径',
      '说明',
      '来源',
      '时段开始',
      '时段结束',
    ])
    const bySection = (name: string) => rows.filter((cells) => cells[0] === name)
    const evidenceRows = bySection('新公开的证据')
    expect(evidenceRows.map((cells) => cells[2]).sort()).toEqual(
      expected.evidence.map((u) => u.commitmentId).sort(),
    )
    for (const update of expected.evidence) {
      const row = evidenceRows.find((cells) => cells[5] === update.summary)!
      expect(row[4]).toBe(update.source.date)
      if (update.comparability !== 'same-metric') expect(row[7]).toContain(update.note!)
    }
    expect(
      bySection('状态变化')
        .map((cells) => cells[2])
        .sort(),
    ).toEqual(expected.statusChanges.map((c) => c.id).sort())
    expect(
      bySection('本期到期未兑现')
        .map((cells) => cells[2])
        .sort(),
    ).toEqual(expected.newlyOverdue.map((c) => c.id).sort())
    expect(
      bySection('尚无任何证据')
        .map((cells) => cells[2])
        .sort(),
    ).toEqual(expected.noEvidence.map((c) => c.id).sort())
    expect(bySection('资金')).toHaveLength(expected.money.length)
    expect(rows.every((cells) => cells[9] === FROM && cells[10] === TO)).toBe(true)

    const json = JSON.parse(await readBlob(downloads[1]!.blob)) as {
      period: { from: string; to: string }
      asOf: string
      counts: Record<string, number>
      evidence: Array<{ commitmentId: string; what: string; comparability: string }>
      noEvidence: Array<{ commitmentId: string }>
    }
    expect(json.period).toEqual({ from: FROM, to: TO })
    expect(json.asOf).toBe(AS_OF)
    expect(json.counts).toMatchObject({
      evidence: expected.evidence.length,
      statusChanges: expected.statusChanges.length,
      newlyOverdue: expected.newlyOverdue.length,
      money: expected.money.length,
      noEvidence: expected.noEvidence.length,
    })
    expect(json.evidence.map((e) => e.what).sort()).toEqual(
      expected.evidence.map((u) => u.summary).sort(),
    )
    expect(json.noEvidence).toHaveLength(expected.noEvidence.length)
  })
})

describe('choosing the period', () => {
  it('presets change the address, counted back from the view date', async () => {
    const user = userEvent.setup()
    await renderBulletin(`/bulletin?asOf=${AS_OF}`)
    // No period in the address: last month, and it says so.
    expect(await screen.findByText('时段:2025年5月1日至2025年5月31日')).toBeInTheDocument()
    expect(screen.getByText(/地址中没有指定时段,显示上月/)).toBeInTheDocument()
    const presets = screen.getByRole('navigation', { name: '选择时段' })
    await user.click(within(presets).getByRole('link', { name: '上一年' }))
    await vi.waitFor(() => expect(window.location.hash).toContain('from=2024-01-01&to=2024-12-31'))
    expect(window.location.hash).toContain(`asOf=${AS_OF}`)
    expect(within(presets).getByRole('link', { name: '上一年' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await user.click(within(presets).getByRole('link', { name: '上季度' }))
    await vi.waitFor(() => expect(window.location.hash).toContain('from=2025-01-01&to=2025-03-31'))
    await user.click(within(presets).getByRole('link', { name: '上周' }))
    await vi.waitFor(() => expect(window.location.hash).toContain('from=2025-06-23&to=2025-06-29'))

    // "Since the reply letter": the newest letter out by the view date, to the view date.
    const newest = letters
      .map((l) => l.document.date!)
      .filter((d) => d <= AS_OF)
      .sort()
      .at(-1)!
    await user.click(within(presets).getByRole('link', { name: '自答复函发出以来' }))
    await vi.waitFor(() => expect(window.location.hash).toContain(`from=${newest}&to=${AS_OF}`))
    expect(screen.getByText(/数据里没有人代会会期的日期/)).toBeInTheDocument()
  })

  it('explains an impossible date and a reversed period, and still offers the presets', async () => {
    await renderBulletin(`/bulletin?from=2024-02-30&to=2024-12-31&asOf=${AS_OF}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '地址中的开始日期“2024-02-30”不是真实存在的日期',
    )
    expect(screen.getByRole('navigation', { name: '选择时段' })).toBeInTheDocument()
    expect(document.querySelector('[data-section]')).toBeNull()

    window.location.hash = `/bulletin?from=2024-12-31&to=2024-01-01&asOf=${AS_OF}`
    expect(
      await screen.findByText(
        '开始日期(2024年12月31日)晚于结束日期(2024年1月1日),这个时段不成立。',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '上一年' })).toBeInTheDocument()
  })

  it('never looks past the view date: a later end is cut, a later start has nothing to report', async () => {
    await renderBulletin(`/bulletin?from=2025-06-01&to=2099-12-31&asOf=${AS_OF}`)
    expect(await screen.findByText('时段:2025年6月1日至2025年6月30日')).toBeInTheDocument()
    expect(document.querySelector('.bulletin-period-note')).toHaveTextContent(
      '时段结束日(2099年12月31日)晚于查看日期,只统计到查看日期(2025年6月30日)为止。',
    )

    window.location.hash = `/bulletin?from=2025-07-01&to=2025-07-31&asOf=${AS_OF}`
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '时段从2025年7月1日开始,晚于查看日期(2025年6月30日)',
    )
    expect(document.querySelector('[data-section]')).toBeNull()
  })

  it('a custom period from the form goes to the address', async () => {
    const user = userEvent.setup()
    await renderBulletin(ROUTE)
    const form = await screen.findByRole('form', { name: '自定时段' })
    const from = within(form).getByLabelText('开始日期')
    await user.clear(from)
    await user.type(from, '2024-02-01')
    await user.click(within(form).getByRole('button', { name: '显示' }))
    await vi.waitFor(() => expect(window.location.hash).toContain('from=2024-02-01&to=2024-12-31'))
  })
})

// ---------------------------------------------------------------- the record of changes

const CHANGES = 'km-153005/changes.json'

/**
 * An illustrative change log for km-153005, built here only (never shipped): the ids are the
 * shipped letter's, the dates, names, summaries and reasons are made up for the test. Oldest
 * first, as the file is written: one entry before 2024, two in it, one after.
 */
const changeLog: ChangeLogFile = {
  documentId: 'km-153005',
  entries: [
    {
      id: 'km-153005-ch-1',
      date: '2023-07-01',
      recordedBy: '赵六',
      changes: [{ file: 'commitments', itemId: 'km-153005-c-projects-20', action: 'added' }],
    },
    {
      id: 'km-153005-ch-2',
      date: '2024-02-22',
      recordedBy: '李四',
      // Names no commitment: the update's own commitment is read from the data.
      changes: [{ file: 'updates', itemId: 'km-153005-u-2023-new-projects', action: 'added' }],
    },
    {
      id: 'km-153005-ch-3',
      date: '2024-11-20',
      recordedBy: '张三',
      summary: '示例摘要甲',
      summaryEn: 'Example summary A',
      changes: [
        {
          file: 'updates',
          itemId: 'km-153005-u-2023-key-labs',
          commitmentIds: ['km-153005-c-key-labs-9'],
          action: 'changed',
          field: 'verdict',
          verdict: { from: null, to: 'partly-kept' },
          reason: '示例理由甲',
          reasonEn: 'Example reason A',
        },
        {
          file: 'updates',
          itemId: 'km-153005-u-2023-workstations',
          commitmentIds: ['km-153005-c-workstations-18'],
          action: 'changed',
          field: 'verdict',
          verdict: { from: 'partly-kept', to: 'kept' },
          reason: '示例理由乙',
        },
      ],
    },
    {
      id: 'km-153005-ch-4',
      date: '2025-02-20',
      recordedBy: '王五',
      changes: [{ file: 'updates', itemId: 'km-153005-u-2024-revenue', action: 'added' }],
    },
  ],
}

/** The whole shipped site, km-153005's index entry listing a change log served with `body`. */
function filesWithChangeLog(body: unknown = changeLog): DataFiles {
  const files = realDataFiles()
  const index = files['index.json'] as { datasets: Array<Record<string, unknown>> }
  const entry = index.datasets.find((d) => d.id === 'km-153005')!
  entry.changes = CHANGES
  files[CHANGES] = body
  return files
}

async function renderWithLog({
  route = ROUTE,
  lang = 'zh-CN' as const,
  handlers = dataFileHandlers(filesWithChangeLog()),
}: {
  route?: string
  lang?: 'zh-CN' | 'en'
  handlers?: ReturnType<typeof dataFileHandlers>
} = {}) {
  renderApp({ route, lang, handlers })
  await screen.findByRole('heading', {
    level: 1,
    name: lang === 'en' ? 'Periodic bulletin' : '定期通报',
  })
}

const entryItems = async (region: HTMLElement) => {
  await vi.waitFor(() =>
    expect(region.querySelectorAll('.bulletin-item[data-entry-id]').length).toBeGreaterThan(0),
  )
  return [...region.querySelectorAll<HTMLElement>('.bulletin-item[data-entry-id]')]
}
const titleOf = (item: HTMLElement) => item.querySelector('.bulletin-item-title')!.textContent
const linesOf = (item: HTMLElement) =>
  [...item.querySelectorAll('.bulletin-change-line')].map((line) => line.textContent)

describe('the record of changes in the bulletin', () => {
  it('lists the entries dated in the period, newest first, with recorder, lines and reasons', async () => {
    await renderWithLog()
    const region = await screen.findByRole('region', { name: '修改记录' })
    const items = await entryItems(region)
    expect(items.map((item) => item.getAttribute('data-entry-id'))).toEqual([
      'km-153005-ch-3',
      'km-153005-ch-2',
    ])
    expect(titleOf(items[0]!)).toBe('2024年11月20日 · 第153005号建议 · 记录人 张三 · 示例摘要甲')
    expect(linesOf(items[0]!)).toEqual([
      '核定为“部分兑现” · 涉及 自主遴选省级重点实验室项目9项 · 理由:示例理由甲',
      '评定由“部分兑现”改为“已兑现” · 涉及 认定院士专家工作站18个 · 理由:示例理由乙',
    ])
    expect(titleOf(items[1]!)).toBe('2024年2月22日 · 第153005号建议 · 记录人 李四')
    // The update names no commitment: the one it bears on is read from the data, and linked.
    expect(linesOf(items[1]!)).toEqual(['新增一条进展证据 · 涉及 积极争取立项20个以上'])
    expect(within(items[1]!).getByRole('link', { name: '积极争取立项20个以上' })).toHaveAttribute(
      'href',
      `#/commitments/km-153005-c-projects-20?asOf=${AS_OF}`,
    )
    // Before and after the period: not in it.
    expect(region).not.toHaveTextContent('赵六')
    expect(region).not.toHaveTextContent('王五')
    const count = document.querySelector('[data-count-of="change-log"]')
    expect(count).toHaveAttribute('data-count', '2')
    expect(count).toHaveTextContent('修改记录 2 条')
  })

  it('reads in English, with the English reason where the record gives one', async () => {
    await renderWithLog({ lang: 'en' })
    const region = await screen.findByRole('region', { name: 'Record of changes' })
    const items = await entryItems(region)
    expect(titleOf(items[0]!)).toBe(
      'Nov 20, 2024 · Suggestion No. 153005 · recorded by 张三 · Example summary A',
    )
    expect(linesOf(items[0]!)).toEqual([
      'rated “Partly kept” · concerning Nine provincial key-laboratory projects selected · reason: Example reason A',
      // No English reason in the record: the Chinese one, never none.
      'rating changed from “Partly kept” to “Kept” · concerning 18 academician and expert workstations · reason: 示例理由乙',
    ])
    expect(linesOf(items[1]!)).toEqual([
      'evidence added · concerning Strive to establish 20+ projects',
    ])
    expect(document.querySelector('[data-count-of="change-log"]')).toHaveTextContent(
      '2 entries in the record of changes',
    )
  })

  it('says plainly when the log has no entry in the period', async () => {
    await renderWithLog({ route: `/bulletin?from=2024-04-01&to=2024-10-31&asOf=${AS_OF}` })
    const region = await screen.findByRole('region', { name: '修改记录' })
    expect(await within(region).findByText('本时段内的修改记录中没有条目。')).toBeInTheDocument()
    expect(region.querySelector('.bulletin-item')).toBeNull()
    expect(document.querySelector('[data-count-of="change-log"]')).toHaveAttribute(
      'data-count',
      '0',
    )
  })

  it.each([
    ['answered with a server error', () => new HttpResponse('oops', { status: 500 })],
    [
      'not JSON',
      () => new HttpResponse('{ not json', { headers: { 'Content-Type': 'application/json' } }),
    ],
  ])(
    'says a log %s cannot be read, never that nothing changed, and the rest still shows',
    async (_, answer) => {
      await renderWithLog({
        handlers: [
          http.get(`*/data/${CHANGES}`, answer),
          ...dataFileHandlers(filesWithChangeLog()),
        ],
      })
      const region = await screen.findByRole('region', { name: '修改记录' })
      await vi.waitFor(() =>
        expect(region.querySelector('[data-section="change-log-unread"]')).not.toBeNull(),
      )
      expect(
        region.querySelector('[data-section="change-log-unread"] [data-dataset-id="km-153005"]'),
      ).toHaveTextContent(/^第153005号建议的修改记录无法读取/)
      expect(region).not.toHaveTextContent('本时段内的修改记录中没有条目')
      expect(region.querySelector('.bulletin-item[data-entry-id]')).toBeNull()
      // An unread log is not counted as none.
      expect(document.querySelector('[data-count-of="change-log"]')).toBeNull()
      // The rest of the bulletin stands.
      const evidence = await section('evidence')
      expect(itemIds(evidence, 'data-update-id')).toHaveLength(expected.evidence.length)
      expect(document.querySelector('[data-count-of="evidence"]')).toHaveAttribute(
        'data-count',
        String(expected.evidence.length),
      )
    },
  )

  it('has no such section, nor count, when no letter lists a change log', async () => {
    await renderBulletin()
    await section('no-evidence')
    expect(document.querySelector('[data-section="change-log"]')).toBeNull()
    expect(screen.queryByRole('region', { name: '修改记录' })).toBeNull()
    expect(document.querySelector('[data-count-of="change-log"]')).toBeNull()
  })

  it('saves the lines in the CSV and the JSON, in the page’s words', async () => {
    const downloads = captureDownloads()
    const user = userEvent.setup()
    await renderWithLog()
    await entryItems(await screen.findByRole('region', { name: '修改记录' }))
    const bar = document.querySelector<HTMLElement>('[data-export="bulletin"]')!
    await user.click(within(bar).getByRole('button', { name: '下载 CSV' }))
    await user.click(within(bar).getByRole('button', { name: '下载 JSON' }))

    const rows = csvRecords(await readBlob(downloads[0]!.blob))
      .map(csvCells)
      .filter((cells) => cells[0] === '修改记录')
    expect(rows.map((cells) => cells.slice(1, 9))).toEqual([
      [
        '第153005号建议',
        'km-153005-c-key-labs-9',
        '自主遴选省级重点实验室项目9项',
        '2024-11-20',
        '核定为“部分兑现”',
        '',
        '理由:示例理由甲',
        '记录人 张三 · 示例摘要甲',
      ],
      [
        '第153005号建议',
        'km-153005-c-workstations-18',
        '认定院士专家工作站18个',
        '2024-11-20',
        '评定由“部分兑现”改为“已兑现”',
        '',
        '理由:示例理由乙',
        '记录人 张三 · 示例摘要甲',
      ],
      [
        '第153005号建议',
        'km-153005-c-projects-20',
        '积极争取立项20个以上',
        '2024-02-22',
        '新增一条进展证据',
        '',
        '',
        '记录人 李四',
      ],
    ])

    const json = JSON.parse(await readBlob(downloads[1]!.blob)) as {
      counts: Record<string, number>
      changeLog: Array<{ date: string; what: string; note: string | null }>
    }
    expect(json.counts.changeLog).toBe(2)
    expect(json.changeLog.map((r) => [r.date, r.what, r.note])).toEqual([
      ['2024-11-20', '核定为“部分兑现”', '理由:示例理由甲'],
      ['2024-11-20', '评定由“部分兑现”改为“已兑现”', '理由:示例理由乙'],
      ['2024-02-22', '新增一条进展证据', null],
    ])
  })
})

// ---------------------------------------------------------------- downloads in jsdom

interface Download {
  name: string
  blob: Blob
}

/** jsdom has no blob: URLs and no downloads: record what would have been saved. */
function captureDownloads(): Download[] {
  const downloads: Download[] = []
  const blobs = new Map<string, Blob>()
  let next = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob) downloads.push({ name: this.download, blob })
  })
  return downloads
}

/** The blob's text with its byte-order mark kept (jsdom's Blob has no text()). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

/** Splits CSV text into records, honouring quoted newlines. */
function csvRecords(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .filter(Boolean)
}

/** One CSV record's cells (RFC 4180 quoting). */
function csvCells(record: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < record.length; i++) {
    const ch = record[i]!
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}
