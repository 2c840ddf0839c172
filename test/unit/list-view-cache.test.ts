import { describe, expect, it } from 'vitest'
import { commitmentsFileSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema } from '../../src/domain/schema/update'
import { cachedListView, cachedSplitByRating } from '../../src/features/commitments/list-view-cache'
import {
  EMPTY_FILTERS,
  listView,
  splitByRating,
  type ListParams,
} from '../../src/features/commitments/filter-commitments'
import { buildCommitmentRows } from '../../src/lib/data/commitment-rows'
import { realDataFiles } from '../support/real-data'

const files = realDataFiles()
const index = dataIndexSchema.parse(files['index.json'])
const rowsOf = () =>
  buildCommitmentRows(
    index.datasets.map((entry) => ({
      entry,
      document: documentSchema.parse(files[entry.document]),
      commitments: commitmentsFileSchema.parse(files[entry.commitments]).commitments,
      updates: entry.updates ? updatesFileSchema.parse(files[entry.updates]).updates : [],
      funding: [],
    })),
    '2025-06-30',
  )

const params = (over: Partial<ListParams>): ListParams => ({
  ...EMPTY_FILTERS,
  sort: 'urgency',
  ...over,
})

const STATES: ListParams[] = [
  params({}),
  params({ q: '项目' }),
  params({ q: '项' }),
  params({ status: ['not-rated'] }),
  params({ kind: ['target'], sort: 'deadline' }),
  params({ q: 'fund', category: ['funding'] }),
]

describe('the list’s remembered views', () => {
  it('are exactly what listView works out, in both languages', () => {
    const rows = rowsOf()
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const state of STATES) {
        expect(cachedListView(rows, state, lang, null)).toEqual(listView(rows, state, lang, null))
      }
    }
    expect(cachedListView(rows, STATES[1]!, 'zh-CN', null).shown.length).toBeGreaterThan(0)
  })

  it('come back for the same rows, filters, language and folding; anything else is worked out anew', () => {
    const rows = rowsOf()
    const first = cachedListView(rows, params({ q: '资金' }), 'zh-CN', null)
    expect(cachedListView(rows, params({ q: '资金' }), 'zh-CN', null)).toBe(first)
    expect(cachedListView(rows, params({ q: '资金' }), 'en', null)).not.toBe(first)
    expect(cachedListView(rows, params({ q: '资金' }), 'zh-CN', (s) => s)).not.toBe(first)
    // New data (a refetch builds new rows) never sees the old view.
    const again = rowsOf()
    const fresh = cachedListView(again, params({ q: '资金' }), 'zh-CN', null)
    expect(fresh).not.toBe(first)
    expect(fresh).toEqual(first)
  })

  it('keep the last sixteen states', () => {
    const rows = rowsOf()
    const oldest = cachedListView(rows, params({ q: 'a' }), 'zh-CN', null)
    for (let i = 0; i < 16; i += 1) cachedListView(rows, params({ q: `q${i}` }), 'zh-CN', null)
    expect(cachedListView(rows, params({ q: 'a' }), 'zh-CN', null)).not.toBe(oldest)
    const recent = cachedListView(rows, params({ q: 'q15' }), 'zh-CN', null)
    expect(cachedListView(rows, params({ q: 'q15' }), 'zh-CN', null)).toBe(recent)
  })

  it('split into rated and unrated once per shown array', () => {
    const { shown } = cachedListView(rowsOf(), params({}), 'zh-CN', null)
    expect(cachedSplitByRating(shown)).toEqual(splitByRating(shown))
    expect(cachedSplitByRating(shown)).toBe(cachedSplitByRating(shown))
  })
})
