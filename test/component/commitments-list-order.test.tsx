import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { dataFileHandlers, type DataFiles } from '../../mocks/data-handlers'
import { commitmentsFileSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema } from '../../src/domain/schema/update'
import type { Language } from '../../src/domain/language'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows } from '../../src/lib/data/commitment-rows'
import { describeProgress } from '../../src/lib/format/describe-assessment'
import { translate, type Translate } from '../../src/lib/i18n/translate'
import { renderApp } from '../support/render-app'
import { letterFiles, realDataFiles } from '../support/real-data'

/**
 * The list's default order and groups through the whole app and msw: promises and targets by
 * urgency, then the reported results, estimates and declined requests in a folded group of their
 * own; a progress column that is the assessment's reading; no status where there is none.
 */
const AS_OF = '2025-08-15'
/** Every shipped letter is known by then (屏边's is dated 2025-09-22). */
const ALL_KNOWN = '2025-12-31'
const SLOW = { timeout: 15_000 }

const promisesTable = () =>
  screen.findByRole('table', { name: /^承诺清单|^Commitments/ }, SLOW) as Promise<HTMLElement>
const idsIn = (root: ParentNode) =>
  [...root.querySelectorAll('tbody tr[data-commitment-id]')].map((row) =>
    row.getAttribute('data-commitment-id'),
  )
const group = () => document.querySelector<HTMLDetailsElement>('details.list-results')
const hashParams = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

/** The assessment the app computes, built here from the same files (no React). */
function rowsOf(files: DataFiles) {
  const index = dataIndexSchema.parse(files['index.json'])
  const datasets: Dataset[] = index.datasets.map((entry) => {
    const updates = files[`${entry.id}/updates.json`]
    return {
      entry,
      document: documentSchema.parse(files[`${entry.id}/document.json`]),
      commitments: commitmentsFileSchema.parse(files[`${entry.id}/commitments.json`]).commitments,
      updates: updates ? updatesFileSchema.parse(updates).updates : [],
      funding: [],
    }
  })
  return buildCommitmentRows(datasets, AS_OF)
}
const translator =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params)

describe('the commitments list puts promises first (shipped letters)', { timeout: 30_000 }, () => {
  it('lists open promises by urgency and folds the results into their own group', async () => {
    const user = userEvent.setup()
    renderApp({
      route: `/commitments?asOf=${ALL_KNOWN}`,
      handlers: dataFileHandlers(realDataFiles()),
    })
    const promises = await promisesTable()
    // The count is every row, in both groups.
    expect(screen.getByText('显示 81 / 81 项承诺')).toHaveAttribute('role', 'status')
    // The sort control names the default.
    const sort = screen.getByRole('combobox', { name: '排序' })
    expect(sort).toHaveValue('urgency')
    expect(within(sort).getByRole('option', { selected: true })).toHaveTextContent(/^按紧迫程度/)
    expect(hashParams().get('sort')).toBeNull()

    // Overdue (most days first), then due soonest, then the open-ended ones.
    const ids = idsIn(promises)
    expect(ids).toHaveLength(36)
    expect(ids.slice(0, 5)).toEqual([
      'gd-nynct-2020-1238-c-provincial-parks-2020-funds', // due in 2020: 1,826 days overdue
      'gd-nynct-2020-1238-c-eastern-western-northern-parks-2020', // the same: letter order
      'km-153005-c-budget-2023', // due in 2023: 731 days overdue
      'hn-jtj-2023-182-c-upgrade-2023-137km', // the same: km- is first in the index
      'pb-nkj-2025-99-c-project-pool-2026', // due in 2026: 365 days left
    ])
    const lights = ids.map(
      (id) =>
        promises
          .querySelector(`tr[data-commitment-id="${id}"] [data-light]`)
          ?.getAttribute('data-light') ?? null,
    )
    expect(lights.slice(0, 5)).toEqual(['red', 'red', 'red', 'red', 'green'])
    expect(new Set(lights.slice(5))).toEqual(new Set(['none']))
    // Open-ended: the longest open first (the 2020 letter's forecast, then 2023's).
    const openDays = [...promises.querySelectorAll('[data-field="open-days"]')].map((e) =>
      Number(e.getAttribute('data-days')),
    )
    expect(openDays[0]).toBe(2021) // 2020-06-19 to 2025-12-31
    expect(openDays).toEqual([...openDays].sort((a, b) => b - a))
    // Every row up here has a status badge; none is a result.
    for (const row of promises.querySelectorAll('tbody tr')) {
      expect(row.querySelector('.status-badge')).not.toBeNull()
    }

    // The results, estimates and declined requests: below, folded, named with their count.
    const others = group()!
    expect(others.open).toBe(false)
    const summary = others.querySelector('summary')!
    expect(summary).toHaveTextContent(
      '已报告的成果等 45 项(已报告的成果 43 项、测算或所需 1 项、未予采纳 1 项)',
    )
    const results = idsIn(others)
    expect(results).toHaveLength(45)
    expect(results).toContain('pb-nkj-2025-99-c-investment-estimate-52-9m')
    expect(results).toContain('pb-nkj-2025-99-c-xiaohebian-not-eligible')
    expect(others.querySelector('table')).not.toBeVisible()

    // A native disclosure (Enter and Space toggle a <summary> in browsers; jsdom only clicks):
    // opened, its rows are shown, and it folds again.
    expect(others.firstElementChild).toBe(summary)
    await user.click(summary)
    await waitFor(() => expect(others.open).toBe(true))
    expect(others.querySelector('table')).toBeVisible()
    expect(screen.getByRole('table', { name: /^已报告的成果、测算和未予采纳的请求/ })).toBe(
      others.querySelector('table'),
    )
    // Filtering keeps it as the reader left it; the count follows both groups.
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '项目')
    await waitFor(() => expect(screen.getByText(/^显示 \d+ \/ 81 项承诺$/)).toBeInTheDocument())
    expect(group()!.open).toBe(true)
    const shown = Number(/显示 (\d+)/.exec(screen.getByText(/^显示 \d+ \/ 81/).textContent!)![1])
    expect(idsIn(document.querySelector('.commitments-list')!)).toHaveLength(shown)
    await user.click(group()!.querySelector('summary')!)
    await waitFor(() => expect(group()!.open).toBe(false))
  })

  it('shows no status for a result, only its kind, whatever the sort', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}`, handlers: dataFileHandlers(letterFiles()) })
    await promisesTable()
    const others = group()!
    // The group has no status, progress or deadline column at all.
    const headers = [...others.querySelectorAll('thead th')].map((th) => th.textContent)
    expect(headers).toEqual(['承诺', '类型', '最新证据', '类别', '章节'])
    const result = others.querySelector<HTMLElement>(
      'tr[data-commitment-id="km-153005-c-projects-12"]',
    )!
    expect(result.querySelector('.status-badge')).toBeNull()
    expect(result.querySelector('.deadline-light')).toBeNull()
    expect(result.querySelector('[data-field="progress"]')).toBeNull()
    expect(result.textContent).not.toMatch(/待评估|—/)
    // The kind label stands where a status would be (the cross-surface contract's status field).
    const kind = result.querySelector('[data-field="status"]')!
    expect(kind).toHaveAttribute('data-status', 'none')
    expect(kind).toHaveTextContent('已报告的成果')

    // One table under a chosen sort: the result's status, progress and deadline cells are empty.
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), 'letter')
    expect(group()).toBeNull()
    const mixed = document.querySelector<HTMLElement>(
      'tr[data-commitment-id="km-153005-c-projects-12"]',
    )!
    expect(mixed.querySelector('.status-badge')).toBeNull()
    expect(mixed.querySelector('.deadline-light')).toBeNull()
    expect(mixed.querySelectorAll('td.list-cell-empty')).toHaveLength(3)
    expect(mixed.querySelector('[data-field="status"]')).toHaveTextContent('已报告的成果')
    expect(mixed.textContent).not.toMatch(/待评估|不适用/)
  })

  it('shows the assessment’s reading as progress, both readings where there are two', async () => {
    const files = letterFiles()
    const expected = new Map(rowsOf(files).map((row) => [row.commitment.id, row]))
    for (const lang of ['zh-CN', 'en'] as const) {
      const view = renderApp({
        route: `/commitments?asOf=${AS_OF}`,
        lang,
        handlers: dataFileHandlers(files),
      })
      const promises = await promisesTable()
      const t = translator(lang)
      for (const tr of promises.querySelectorAll('tbody tr[data-commitment-id]')) {
        const row = expected.get(tr.getAttribute('data-commitment-id')!)!
        const progress = tr.querySelector('[data-field="progress"]')
        if (row.kind === 'target' || row.kind === 'forecast') {
          // The same words as every surface: the reading, or "no like-for-like value yet".
          expect(progress).toHaveTextContent(
            describeProgress(row, t, lang) ?? t('assessment.progress.none'),
          )
        } else {
          // A qualitative promise has no figure to reach: nothing at all, not a placeholder.
          expect(progress).toBeNull()
          expect(tr.querySelectorAll('td.list-cell-empty')).toHaveLength(1)
        }
      }
      // "立项20个以上": the letter does not say whether the 12 earlier projects count.
      const projects = promises.querySelector(
        'tr[data-commitment-id="km-153005-c-projects-20"] [data-field="progress"]',
      )!
      expect(projects).toHaveAttribute('data-readings', '2')
      // Both readings, each labelled, the derived one with its arithmetic.
      expect(projects.textContent).toBe(
        lang === 'zh-CN'
          ? '两种读法:不计入基数 12:3 / 20;计入基数 12:15 / 20(推算值,原文未写明:12加3)'
          : 'Two readings: not counting the baseline of 12: 3 of 20; counting the baseline of 12: 15 of 20 (derived, not stated in the letter: 12 plus 3)',
      )
      expect(projects.textContent).not.toMatch(/%/)
      view.unmount()
    }
  })
})

describe('the commitments list’s order on illustrative data (two documents)', () => {
  it('puts kept promises after the open ones, and the result in its group', async () => {
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    const promises = await promisesTable()
    expect(idsIn(promises)).toEqual([
      'demo-transit-c-funds-50m', // overdue since 2024-12-31
      'demo-schools-c-places-3000', // due 2025-09-01
      'demo-transit-c-punctuality', // no deadline stated
      'demo-transit-c-lines-20', // kept: closed
    ])
    expect(idsIn(group()!)).toEqual(['demo-transit-c-lines-8'])
    expect(group()!.querySelector('summary')).toHaveTextContent(/^已报告的成果 1 项$/)
    expect(screen.getByText('显示 5 / 5 项承诺')).toBeInTheDocument()
  })

  it('keeps an explicit sort working as before: one table, in that order', async () => {
    const user = userEvent.setup()
    renderApp({ route: `/commitments?asOf=${AS_OF}` })
    await promisesTable()
    const sort = screen.getByRole('combobox', { name: '排序' })
    await user.selectOptions(sort, 'deadline')
    expect(hashParams().get('sort')).toBe('deadline')
    expect(group()).toBeNull()
    expect(idsIn(document)).toEqual([
      'demo-transit-c-funds-50m',
      'demo-schools-c-places-3000',
      'demo-transit-c-lines-20', // kept: its deadline no longer matters
      'demo-transit-c-punctuality', // no deadline stated
      'demo-transit-c-lines-8', // a reported result
    ])
    await user.selectOptions(sort, 'letter')
    expect(hashParams().get('sort')).toBe('letter')
    expect(idsIn(document)).toEqual([
      'demo-transit-c-lines-20',
      'demo-transit-c-funds-50m',
      'demo-transit-c-punctuality',
      'demo-transit-c-lines-8',
      'demo-schools-c-places-3000',
    ])
    // Back to the default: the plain address again, and the groups.
    await user.selectOptions(sort, 'urgency')
    expect(hashParams().get('sort')).toBeNull()
    expect(idsIn(group()!)).toEqual(['demo-transit-c-lines-8'])
  })

  it('shows only the group’s table, open, when only results match', async () => {
    renderApp({ route: `/commitments?asOf=${AS_OF}&kind=result` })
    const table = await screen.findByRole(
      'table',
      { name: /^已报告的成果、测算和未予采纳的请求/ },
      SLOW,
    )
    expect(idsIn(table)).toEqual(['demo-transit-c-lines-8'])
    expect(group()).toBeNull()
    expect(table.querySelector('.status-badge')).toBeNull()
  })
})

/** jsdom has no downloads: record the blobs the export would have saved. */
function captureDownloads(): Blob[] {
  const blobs = new Map<string, Blob>()
  const saved: Blob[] = []
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
    if (blob) saved.push(blob)
  })
  return saved
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new TextDecoder('utf-8').decode(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

describe('the list’s export keeps the list’s order', { timeout: 30_000 }, () => {
  afterEach(() => vi.restoreAllMocks())

  it.each([
    ['the default (promises by urgency, then the group)', ''],
    ['a chosen sort', '&sort=title'],
    ['a search', `&q=${encodeURIComponent('项目')}`],
  ])('downloads the rows in the order on screen: %s', async (_, extra) => {
    const saved = captureDownloads()
    const user = userEvent.setup()
    renderApp({
      route: `/commitments?asOf=${ALL_KNOWN}${extra}`,
      handlers: dataFileHandlers(realDataFiles()),
    })
    await screen.findByText(/^显示 \d+ \/ 81 项承诺$/, {}, SLOW)
    const onScreen = idsIn(document.querySelector('.commitments-list')!)
    expect(onScreen.length).toBeGreaterThan(1)
    const bar = document.querySelector('[data-export="commitments"]') as HTMLElement
    await user.click(within(bar).getByRole('button', { name: '下载 JSON' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const json = JSON.parse(await readBlob(saved[0]!))
    expect(json.commitments.map((c: { id: string }) => c.id)).toEqual(onScreen)
  })
})
