import type { Commitment } from '../../src/domain/schema/commitment'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { evidenceItems } from '../../src/features/evidence/model/evidence-items'
import {
  EMPTY_EVIDENCE_FILTERS,
  evidenceView,
  searchFolding,
  startSearchFolding,
  subscribeSearchFolding,
  termsOf,
} from '../../src/features/evidence/model/filter-evidence'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows } from '../../src/lib/data/commitment-rows'
import { loadSimplify, type Simplify } from '../../src/lib/text/simplify'

/**
 * The evidence page's search across Simplified and Traditional Chinese. The letter and its
 * evidence are MADE UP for this test: one report in Traditional characters, one in Simplified.
 */
const AS_OF = '2025-08-15'

const update = (id: string, summary: string, publisher: string): ProgressUpdate => ({
  id,
  commitmentId: 'test-fold-c-funds',
  asOf: '2024-12-31',
  comparability: 'context',
  summary,
  source: { title: `${publisher}报道(测试)`, date: '2025-01-10', publisher },
})

const dataset: Dataset = {
  entry: { id: 'test-fold', document: 'x', commitments: 'x' } as Dataset['entry'],
  document: undefined,
  commitments: [
    {
      id: 'test-fold-c-funds',
      documentId: 'test-fold',
      kind: 'promise',
      section: '二',
      category: 'funding',
      title: '争取项目资金到位(测试)',
      quote: '积极争取项目资金',
      deadline: { type: 'year', year: 2026 },
    } satisfies Commitment,
  ],
  updates: [
    update('test-fold-u-trad', '項目資金已全部到位(測試)。', '示例縣融媒體中心'),
    update('test-fold-u-simp', '道路改造已开工(测试)。', '示例县融媒体中心'),
  ],
  funding: [],
}

const items = evidenceItems(buildCommitmentRows([dataset], AS_OF))
const shown = (q: string, fold: Simplify | null) =>
  evidenceView(items, { ...EMPTY_EVIDENCE_FILTERS, q }, fold)
    .shown.map((item) => item.evidence.update.id)
    .sort()

describe('evidence search across Simplified and Traditional Chinese', () => {
  let fold: Simplify
  beforeAll(async () => {
    fold = await loadSimplify()
  })

  it('finds Traditional evidence with a Simplified query', () => {
    expect(shown('资金已全部到位', fold)).toEqual(['test-fold-u-trad'])
  })

  it('finds Simplified evidence with a Traditional query', () => {
    expect(shown('道路改造已開工', fold)).toEqual(['test-fold-u-simp'])
    // The publisher, written in each script by one report: both found by either spelling.
    expect(shown('示例縣融媒體', fold)).toEqual(['test-fold-u-simp', 'test-fold-u-trad'])
    expect(shown('示例县融媒体', fold)).toEqual(['test-fold-u-simp', 'test-fold-u-trad'])
  })

  it('matches plainly until the converter has loaded, then searches again', () => {
    const plainItems = evidenceItems(buildCommitmentRows([dataset], AS_OF))
    const view = (q: string, f: Simplify | null) =>
      evidenceView(plainItems, { ...EMPTY_EVIDENCE_FILTERS, q }, f).shown.length
    expect(view('資金', null)).toBe(1)
    expect(view('资金已', null)).toBe(0)
    // Typing on after the converter arrived: the plain miss above is not refined, it is redone.
    expect(view('资金已全', fold)).toBe(1)
    expect(termsOf('項目 資金', fold)).toEqual(['项目', '资金'])
  })

  it('keeps the evidence text as written', () => {
    shown('资金', fold)
    expect(dataset.updates[0]!.summary).toBe('項目資金已全部到位(測試)。')
  })

  it('loads the converter once on first use and tells the page', async () => {
    const listener = vi.fn()
    const unsubscribe = subscribeSearchFolding(listener)
    expect(searchFolding()).toBeNull()
    startSearchFolding()
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1))
    expect(searchFolding()).toBe(fold)
    unsubscribe()
    const byDefault = evidenceView(items, { ...EMPTY_EVIDENCE_FILTERS, q: '资金已全部' })
    expect(byDefault.shown.map((item) => item.evidence.update.id)).toEqual(['test-fold-u-trad'])
  })
})
