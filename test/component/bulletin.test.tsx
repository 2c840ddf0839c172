import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { deadlineDate } from '../../src/domain/deadline'
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
