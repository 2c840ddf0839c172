import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import type { DataFiles } from '../../mocks/data-handlers'
import { commitmentsFileSchema, type Commitment } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema } from '../../src/domain/schema/update'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../src/lib/data/commitment-rows'
import {
  EMPTY_FILTERS,
  facetCounts,
  filterRows,
  hasActiveFilters,
  listCommitments,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parseListParams,
  searchFolding,
  sortRows,
  startSearchFolding,
  subscribeSearchFolding,
  toggleValue,
  toUrlParams,
  type ListFilters,
  type ListParams,
} from '../../src/features/commitments/filter-commitments'
import { loadSimplify, type Simplify } from '../../src/lib/text/simplify'
import { STATUSES } from '../../src/domain/status'
import { realDataFiles } from '../support/real-data'

/** A dataset exactly as the app assembles it, from a folder of data files. */
function datasetFrom(files: DataFiles, id: string): Dataset {
  const index = dataIndexSchema.parse(files['index.json'])
  const updates = files[`${id}/updates.json`]
  return {
    entry: index.datasets.find((d) => d.id === id)!,
    document: documentSchema.parse(files[`${id}/document.json`]),
    commitments: commitmentsFileSchema.parse(files[`${id}/commitments.json`]).commitments,
    updates: updates ? updatesFileSchema.parse(updates).updates : [],
    funding: [],
  }
}

/** One more letter with a far deadline (a green light) and no English title. */
const extra: Dataset = {
  entry: { id: 'test-extra', document: 'x', commitments: 'x' } as Dataset['entry'],
  document: undefined,
  commitments: [
    {
      id: 'test-extra-c-far',
      documentId: 'test-extra',
      kind: 'promise',
      section: '四',
      category: 'talent',
      title: '阿拉伯数字2030年前完成',
      quote: '2030年前完成',
      deadline: { type: 'date', date: '2030-12-31' },
    } satisfies Commitment,
  ],
  updates: [],
  funding: [],
}

// On 2025-08-15 the illustrative rows cover every light: done, red, none, yellow (+ green above).
const AS_OF = '2025-08-15'
const demoRows = buildCommitmentRows(
  [
    datasetFrom(illustrativeFiles, 'demo-transit'),
    datasetFrom(illustrativeFiles, 'demo-schools'),
    extra,
  ],
  AS_OF,
)
const realDataset = datasetFrom(realDataFiles(), 'km-153005')
const realRows = buildCommitmentRows([realDataset], AS_OF)

const ids = (rows: readonly CommitmentRow[]) => rows.map((r) => r.commitment.id)
const filters = (over: Partial<ListFilters>): ListFilters => ({ ...EMPTY_FILTERS, ...over })
const search = (rows: readonly CommitmentRow[], q: string) => ids(filterRows(rows, filters({ q })))
const DOCS = ['demo-transit', 'demo-schools']
const parse = (query: string) => parseListParams(new URLSearchParams(query), DOCS)

describe('the fixtures cover what the list must handle', () => {
  it('has every light and several statuses', () => {
    expect(new Set(demoRows.map((r) => r.deadline?.light ?? null))).toEqual(
      new Set(['done', 'red', 'none', null, 'yellow', 'green']),
    )
    // Reported results have no status (null), never "not rated".
    expect(new Set(demoRows.map((r) => r.status?.status ?? null))).toEqual(
      new Set(['kept', 'partly-kept', 'not-rated', null]),
    )
    expect(realRows).toHaveLength(55)
  })
})

describe('parseListParams', () => {
  it('reads an empty query as the plain list, most urgent first', () => {
    expect(parse('')).toEqual({ ...EMPTY_FILTERS, sort: 'urgency' })
  })

  it('reads comma-separated and repeated values, in the canonical order, once each', () => {
    expect(parse('status=not-rated,kept&status=kept').status).toEqual(['kept', 'not-rated'])
    expect(parse('category=funding&kind=target,promise&deadline=red,none')).toMatchObject({
      category: ['funding'],
      kind: ['target', 'promise'],
      deadline: ['red', 'none'],
    })
  })

  it('ignores unknown values instead of failing', () => {
    const parsed = parse(
      'status=kept,done,<script>,,KEPT&category=nope&kind=wish&deadline=purple&sort=random&doc=nope',
    )
    expect(parsed).toEqual({ ...EMPTY_FILTERS, status: ['kept'], sort: 'urgency' })
  })

  it('keeps a known document, the sort and the query as typed (cut to a sane length)', () => {
    expect(parse('doc=demo-schools&sort=deadline&q=%E8%B5%84%E9%87%91+gap')).toMatchObject({
      doc: 'demo-schools',
      sort: 'deadline',
      q: '资金 gap',
    })
    expect(parse(`q=${'x'.repeat(1000)}`).q).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('survives malformed escapes in a hand-typed URL', () => {
    expect(() => parse('q=%E8%B5&status=%ZZ')).not.toThrow()
  })
})

describe('toUrlParams', () => {
  it('writes set values comma-separated and removes empty ones and the default sort', () => {
    expect(
      toUrlParams({ ...EMPTY_FILTERS, status: ['kept', 'broken'], q: '缺口', sort: 'urgency' }),
    ).toEqual({
      status: 'kept,broken',
      category: null,
      kind: null,
      deadline: null,
      doc: null,
      q: '缺口',
      sort: null,
    })
  })

  it('only touches what it is given', () => {
    expect(toUrlParams({ sort: 'title' })).toEqual({ sort: 'title' })
  })

  it('round-trips through the URL', () => {
    const list: ListParams = {
      status: ['partly-kept', 'not-rated'],
      category: ['funding', 'projects'],
      kind: ['target'],
      deadline: ['red'],
      doc: 'demo-transit',
      q: '三(五) gap',
      sort: 'deadline',
    }
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(toUrlParams(list))) if (value) query.set(name, value)
    expect(parseListParams(new URLSearchParams(query.toString()), DOCS)).toEqual({
      ...list,
      // Canonical order of the schema's category list.
      category: ['projects', 'funding'],
    })
  })
})

describe('hasActiveFilters and toggleValue', () => {
  it('counts filters and a non-blank query, not the sort', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false)
    expect(hasActiveFilters(filters({ q: '   ' }))).toBe(false)
    expect(hasActiveFilters(filters({ q: '资金' }))).toBe(true)
    expect(hasActiveFilters(filters({ doc: 'demo-schools' }))).toBe(true)
    expect(hasActiveFilters(filters({ deadline: ['none'] }))).toBe(true)
  })

  it('adds and removes a value in canonical order', () => {
    expect(toggleValue(['not-rated'], 'kept', STATUSES)).toEqual(['kept', 'not-rated'])
    expect(toggleValue(['kept', 'not-rated'], 'kept', STATUSES)).toEqual(['not-rated'])
  })
})

describe('filters', () => {
  it('by status (any of the ticked values)', () => {
    expect(ids(filterRows(demoRows, filters({ status: ['kept'] })))).toEqual([
      'demo-transit-c-lines-20',
    ])
    expect(ids(filterRows(demoRows, filters({ status: ['kept', 'partly-kept'] })))).toEqual([
      'demo-transit-c-lines-20',
      'demo-transit-c-funds-50m',
    ])
    expect(filterRows(demoRows, filters({ status: ['broken'] }))).toEqual([])
  })

  it('by status never lists a reported result: results have no status to filter on', () => {
    const notRated = filterRows(realRows, filters({ status: ['not-rated'] }))
    expect(notRated.some((r) => r.commitment.kind === 'result')).toBe(false)
    // Exactly the trackable commitments not yet rated: the overview's 待评估 total.
    const expected = realRows.filter(
      (r) => r.commitment.kind !== 'result' && r.status?.status === 'not-rated',
    )
    expect(ids(notRated)).toEqual(ids(expected))
    expect(notRated).toHaveLength(28)
    // Every status ticked still leaves the 26 results out.
    const all = filterRows(realRows, filters({ status: [...STATUSES] }))
    expect(all).toHaveLength(realRows.filter((r) => r.commitment.kind !== 'result').length)
    expect(all).toHaveLength(29)
    // The results are still there without a status filter, and under their kind.
    expect(filterRows(realRows, filters({ kind: ['result'] }))).toHaveLength(26)
    expect(filterRows(realRows, filters({ kind: ['result'], status: ['not-rated'] }))).toEqual([])
  })

  it('by category', () => {
    expect(ids(filterRows(realRows, filters({ category: ['reporting'] })))).toEqual([
      'km-153005-c-reporting-routine',
    ])
    expect(filterRows(realRows, filters({ category: ['funding'] }))).toHaveLength(10)
  })

  it('by kind', () => {
    expect(ids(filterRows(realRows, filters({ kind: ['target'] })))).toEqual([
      'km-153005-c-gap-5334',
      'km-153005-c-projects-20',
      'km-153005-c-funds-300m',
    ])
    expect(filterRows(realRows, filters({ kind: ['forecast'] }))).toHaveLength(6)
  })

  it('by deadline light; reported results have no light and never match one', () => {
    expect(ids(filterRows(demoRows, filters({ deadline: ['red'] })))).toEqual([
      'demo-transit-c-funds-50m',
    ])
    expect(ids(filterRows(demoRows, filters({ deadline: ['done', 'yellow', 'green'] })))).toEqual([
      'demo-transit-c-lines-20',
      'demo-schools-c-places-3000',
      'test-extra-c-far',
    ])
    expect(ids(filterRows(demoRows, filters({ deadline: ['none'] })))).toEqual([
      'demo-transit-c-punctuality',
    ])
  })

  it('by document', () => {
    expect(ids(filterRows(demoRows, filters({ doc: 'demo-schools' })))).toEqual([
      'demo-schools-c-places-3000',
    ])
  })

  it('combines filters: every one must hold', () => {
    expect(
      ids(filterRows(realRows, filters({ category: ['funding'], kind: ['target'], q: '缺口' }))),
    ).toEqual(['km-153005-c-gap-5334'])
    expect(filterRows(realRows, filters({ category: ['talent'], kind: ['target'] }))).toEqual([])
  })
})

describe('search', () => {
  it('finds Chinese substrings in the title and the quote', () => {
    expect(search(realRows, '缺口')).toContain('km-153005-c-gap-5334')
    expect(search(realRows, '及时、足额')).toEqual(['km-153005-c-gap-5334'])
  })

  it('finds English in titleEn and quoteEn, without regard to case or full-width letters', () => {
    expect(search(realRows, 'gap')).toContain('km-153005-c-gap-5334')
    expect(search(realRows, 'GAP')).toEqual(search(realRows, 'gap'))
    expect(search(realRows, 'ＧＡＰ')).toEqual(search(realRows, 'gap'))
    expect(search(realRows, 'paid promptly')).toEqual(['km-153005-c-gap-5334'])
  })

  it('looks in the section, with full-width brackets as typed on a Chinese keyboard', () => {
    const section = search(realRows, '三(五)')
    expect(section.length).toBeGreaterThan(0)
    expect(section).toContain('km-153005-c-projects-20')
    expect(search(realRows, '三（五）')).toEqual(section)
  })

  it('looks in the notes in both languages', () => {
    expect(search(realRows, '缺口形成的原因')).toEqual(['km-153005-c-gap-5334'])
    expect(search(realRows, 'speaks of planning')).toEqual(['km-153005-c-budget-2023'])
  })

  it('looks in the evidence: what it says, its quote, the source’s title and publisher', () => {
    // Words that only the evidence holds, not the commitments. The source's sentence names the
    // revenue, the IP count and the projects at once, and is quoted by all three updates.
    expect(search(realRows, '营业收入').sort()).toEqual([
      'km-153005-c-patents-60',
      'km-153005-c-projects-20',
      'km-153005-c-sales-5b',
    ])
    expect(search(realRows, '63.15亿元')).toContain('km-153005-c-sales-5b')
    expect(search(realRows, '231')).toContain('km-153005-c-patents-60')
    expect(search(realRows, '云南日报').sort()).toEqual([
      'km-153005-c-key-labs-9',
      'km-153005-c-projects-20',
      'km-153005-c-workstations-18',
    ])
    expect(search(realRows, '云南网')).toEqual(
      expect.arrayContaining(['km-153005-c-sales-5b', 'km-153005-c-patents-60']),
    )
    // The quote of the source, and the English of the summary and the publisher.
    expect(search(realRows, '工业与安防信息感知')).toEqual(['km-153005-c-projects-20'])
    expect(search(realRows, 'operating revenue')).toEqual(['km-153005-c-sales-5b'])
    expect(search(realRows, 'yunnan daily')).toEqual(search(realRows, '云南日报'))
    // A commitment term and an evidence term together.
    expect(search(realRows, '销售 营业收入')).toEqual(['km-153005-c-sales-5b'])
  })

  it('does not look in evidence published after the view date', () => {
    // The letter is from 2023-06-19; the first evidence was published on 2024-02-22.
    const before = buildCommitmentRows([realDataset], '2024-01-01')
    expect(search(before, '营业收入')).toEqual([])
    expect(search(before, '云南日报')).toEqual([])
    const between = buildCommitmentRows([realDataset], '2024-06-30')
    expect(search(between, '云南日报')).toHaveLength(3)
    expect(search(between, '营业收入')).toEqual([])
  })

  it('needs every term, and blank queries match everything', () => {
    expect(search(realRows, 'gap  5334')).toEqual(['km-153005-c-gap-5334'])
    expect(search(realRows, 'gap 不存在的词')).toEqual([])
    expect(search(realRows, '   ')).toHaveLength(55)
    expect(normalizeQuery(' 资金\u3000GAP ')).toEqual(['资金', 'gap'])
  })
})

describe('facetCounts', () => {
  it('never counts a reported result under a status', () => {
    const counts = facetCounts(realRows, EMPTY_FILTERS)
    const total = Object.values(counts.status).reduce((sum, n) => sum + n, 0)
    expect(total).toBe(29)
    expect(counts.status['not-rated']).toBe(28)
    expect(counts.kind.result).toBe(26)
  })

  it('counts each option given the other filters, ignoring its own', () => {
    const counts = facetCounts(demoRows, filters({ status: ['kept'], doc: 'demo-transit' }))
    // Status counts ignore the status filter but keep the document filter; the reported result
    // (demo-transit-c-lines-8) has no status and counts under none.
    expect(counts.status).toEqual({ kept: 1, 'partly-kept': 1, 'not-rated': 1 })
    // Document counts ignore the document filter but keep the status filter.
    expect(counts.doc).toEqual({ 'demo-transit': 1 })
    expect(counts.deadline).toEqual({ done: 1 })
    expect(counts.kind).toEqual({ target: 1 })
  })
})

describe('sortRows', () => {
  it('keeps letter order when asked for it (the default: urgency-sort.test.ts)', () => {
    expect(ids(listCommitments(demoRows, parse('sort=letter'), 'zh-CN'))).toEqual(ids(demoRows))
  })

  it('by deadline: soonest first, kept ones after open ones, none and results last', () => {
    expect(ids(sortRows(demoRows, 'deadline', 'zh-CN'))).toEqual([
      'demo-transit-c-funds-50m', // 2024-12-31, overdue
      'demo-schools-c-places-3000', // 2025-09-01
      'test-extra-c-far', // 2030-12-31
      'demo-transit-c-lines-20', // kept: its deadline no longer matters
      'demo-transit-c-punctuality', // no deadline stated
      'demo-transit-c-lines-8', // a reported result
    ])
  })

  it('by status on the fixed scale, letter order within one status, results last', () => {
    expect(ids(sortRows(demoRows, 'status', 'zh-CN'))).toEqual([
      'demo-transit-c-lines-20',
      'demo-transit-c-funds-50m',
      'demo-transit-c-punctuality',
      'demo-schools-c-places-3000',
      'test-extra-c-far',
      'demo-transit-c-lines-8', // a reported result: no status
    ])
  })

  it('by title in the reader’s language', () => {
    const en = sortRows(demoRows, 'title', 'en').map(
      (r) => r.commitment.titleEn ?? r.commitment.title,
    )
    expect(en).toEqual([
      '8 new bus lines this year',
      'Add 3,000 school places',
      'Invest ¥50M+ of city funds',
      'Open 20+ new bus lines',
      'Publish punctuality monthly',
      '阿拉伯数字2030年前完成',
    ])
    // Chinese collates by pinyin: 阿 (a) … 新 (xin).
    const zh = sortRows(demoRows, 'title', 'zh-CN').map((r) => r.commitment.title)
    expect(zh[0]).toBe('阿拉伯数字2030年前完成')
    expect(zh.at(-1)).toBe('新增学位3000个')
  })

  it('does not change the rows it is given', () => {
    const before = ids(demoRows)
    sortRows(demoRows, 'title', 'en')
    expect(ids(demoRows)).toEqual(before)
  })
})

describe('search across Simplified and Traditional Chinese', () => {
  // A made-up letter written in Traditional characters, as some published replies are.
  const traditional: Dataset = {
    entry: { id: 'test-trad', document: 'x', commitments: 'x' } as Dataset['entry'],
    document: undefined,
    commitments: [
      {
        id: 'test-trad-c-funds',
        documentId: 'test-trad',
        kind: 'promise',
        section: '二',
        category: 'funding',
        title: '爭取項目資金到位(測試)',
        quote: '積極爭取項目資金',
        deadline: { type: 'year', year: 2026 },
      } satisfies Commitment,
    ],
    updates: [],
    funding: [],
  }
  const rows = buildCommitmentRows([traditional], AS_OF)
  const both = buildCommitmentRows([realDataset, traditional], AS_OF)
  let fold: Simplify
  beforeAll(async () => {
    fold = await loadSimplify()
  })
  const folded = (list: readonly CommitmentRow[], q: string) =>
    ids(filterRows(list, filters({ q }), fold))
  const plain = (list: readonly CommitmentRow[], q: string) =>
    ids(filterRows(list, filters({ q }), null))

  it('finds Traditional text with a Simplified query', () => {
    expect(folded(rows, '项目资金')).toEqual(['test-trad-c-funds'])
    expect(folded(both, '争取项目资金')).toEqual(['test-trad-c-funds'])
  })

  it('finds Simplified text with a Traditional query', () => {
    expect(folded(realRows, '缺口資金')).toContain('km-153005-c-gap-5334')
    expect(folded(realRows, '雲南日報').sort()).toEqual(search(realRows, '云南日报').sort())
    // Mixed scripts in one query, and each script still finds itself.
    expect(folded(both, '項目资金')).toEqual(['test-trad-c-funds'])
    expect(folded(both, '項目資金')).toEqual(['test-trad-c-funds'])
  })

  it('matches plainly until the converter has loaded', () => {
    expect(plain(rows, '項目資金')).toEqual(['test-trad-c-funds'])
    expect(plain(rows, '项目资金')).toEqual([])
    expect(plain(realRows, '缺口资金')).toContain('km-153005-c-gap-5334')
  })

  it('searches again once folded: a plain search of the same rows is not reused', () => {
    const fresh = buildCommitmentRows([traditional], AS_OF)
    expect(plain(fresh, '项目资金')).toEqual([])
    expect(plain(fresh, '项目资金x')).toEqual([])
    expect(folded(fresh, '项目资金')).toEqual(['test-trad-c-funds'])
    expect(facetCounts(fresh, filters({ q: '项目资金' }), fold).category).toEqual({ funding: 1 })
  })

  it('keeps the stored text as written', () => {
    folded(rows, '项目资金')
    expect(rows[0]!.commitment.title).toBe('爭取項目資金到位(測試)')
    expect(normalizeQuery('項目 資金', fold)).toEqual(['项目', '资金'])
    expect(normalizeQuery('項目 資金')).toEqual(['項目', '資金'])
  })

  it('loads the converter once on first use and tells the page', async () => {
    const listener = vi.fn()
    const unsubscribe = subscribeSearchFolding(listener)
    expect(searchFolding()).toBeNull()
    startSearchFolding()
    startSearchFolding()
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1))
    expect(searchFolding()).toBe(fold)
    startSearchFolding()
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    // From now on the list's default is the loaded converter (the export uses it too).
    expect(ids(filterRows(rows, filters({ q: '项目资金' })))).toEqual(['test-trad-c-funds'])
  })
})
