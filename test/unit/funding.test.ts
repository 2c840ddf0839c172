import {
  addComparators,
  datedEntries,
  fundingTotals,
  gapClosure,
  latestStageAmounts,
  ofWhichSplits,
  partsOf,
  subtractComparators,
  type FundingContext,
} from '../../src/domain/funding'
import type { SourceDocument } from '../../src/domain/schema/document'
import type { FundingEntry, FundingLine } from '../../src/domain/schema/funding'
import { fundingFileSchema } from '../../src/domain/schema/funding'
import { bodyName, fundingBodies, lineSourceLabel } from '../../src/features/funding/funding-model'
import type { Dataset } from '../../src/lib/data/assemble'
import { translate, type Translate } from '../../src/lib/i18n/translate'
import { readShipped } from '../support/real-data'

const context: FundingContext = { documentDates: { d: '2023-06-19' } }

const entry = (over: Partial<FundingEntry>): FundingEntry => ({
  stage: 'allocated',
  comparator: '=',
  amount: 0,
  asWritten: 'x',
  asOf: null,
  evidence: { type: 'document', documentId: 'd', quote: 'q' },
  ...over,
})

const line = (over: Partial<FundingLine>): FundingLine => ({
  id: 'l',
  documentId: 'd',
  commitmentIds: [],
  label: 'line',
  fundSource: 'unspecified',
  entries: [],
  ...over,
})

const total = line({
  id: 'total',
  fundSource: 'province-and-city',
  entries: [entry({ amount: 187_000_000, asWritten: '18700万元' })],
})
const provincial = line({
  id: 'provincial',
  fundSource: 'provincial',
  partOf: 'total',
  entries: [entry({ amount: 93_500_000, asWritten: '9350万元' })],
})

describe('datedEntries and latestStageAmounts', () => {
  it('dates an unclear as-of by the document date and says it is not stated', () => {
    const [dated] = datedEntries(total, context)
    expect(dated).toMatchObject({ date: '2023-06-19', dateStated: false })
  })

  it('keeps the newest amount of each stage, ordered by as-of, not by file order', () => {
    const l = line({
      entries: [
        entry({ stage: 'disbursed', amount: 30, asOf: '2024-06-30' }),
        entry({ stage: 'disbursed', amount: 10, asOf: '2023-12-31' }),
        entry({ stage: 'pledged', amount: 50, asOf: null }),
      ],
    })
    const latest = latestStageAmounts(l, context)
    expect(latest.disbursed?.entry.amount).toBe(30)
    expect(latest.pledged?.entry.amount).toBe(50)
    expect(latest.allocated).toBeUndefined()
  })

  it('ignores entries dated after the as-of date', () => {
    const l = line({
      entries: [
        entry({ stage: 'disbursed', amount: 10, asOf: '2023-12-31' }),
        entry({ stage: 'disbursed', amount: 30, asOf: '2024-06-30' }),
      ],
    })
    expect(latestStageAmounts(l, { ...context, asOf: '2024-01-01' }).disbursed?.entry.amount).toBe(
      10,
    )
  })

  it('lets a later entry of the same date win (a correction is appended)', () => {
    const l = line({
      entries: [entry({ amount: 1, asOf: '2024-01-01' }), entry({ amount: 2, asOf: '2024-01-01' })],
    })
    expect(latestStageAmounts(l, context).allocated?.entry.amount).toBe(2)
  })
})

describe('comparators of sums', () => {
  it('reads sums of bounds literally', () => {
    expect(addComparators('=', '>=')).toBe('>=')
    expect(addComparators('>=', '>')).toBe('>')
    expect(addComparators('<=', '=')).toBe('<=')
    expect(addComparators('>=', '<=')).toBeNull()
    expect(addComparators(null, '=')).toBeNull()
    expect(subtractComparators('=', '>=')).toBe('<=')
    expect(subtractComparators('>=', '=')).toBe('>=')
  })
})

describe('ofWhichSplits', () => {
  it('derives the remainder of 18700万元 after the stated provincial 9350万元, flagged derived', () => {
    const [split] = ofWhichSplits(total, [total, provincial], context)
    expect(split?.state).toBe('split')
    if (split?.state !== 'split') return
    expect(split.stage).toBe('allocated')
    expect(split.parts.map((p) => p.dated.entry.amount)).toEqual([93_500_000])
    expect(split.remainder).toEqual({
      amount: 93_500_000,
      comparator: '=',
      derived: true,
      fundSource: 'municipal',
    })
  })

  it('reports parts larger than the total as an inconsistency, never a negative remainder', () => {
    const tooBig = line({
      ...provincial,
      entries: [entry({ amount: 200_000_000 })],
    })
    const [split] = ofWhichSplits(total, [total, tooBig], context)
    expect(split).toMatchObject({
      state: 'inconsistent',
      partsSum: 200_000_000,
      excess: 13_000_000,
    })
    expect(split).not.toHaveProperty('remainder')
  })

  it('only subtracts parts stated at the same stage', () => {
    const pledgedPart = line({ ...provincial, entries: [entry({ stage: 'pledged', amount: 5 })] })
    expect(ofWhichSplits(total, [total, pledgedPart], context)).toEqual([])
  })

  it('does not guess whose money the rest is when a part is silent at that stage', () => {
    const silent = line({ id: 'silent', partOf: 'total', fundSource: 'provincial' })
    const [split] = ofWhichSplits(total, [total, provincial, silent], context)
    expect(split?.state === 'split' && split.remainder.fundSource).toBeNull()
    expect(split?.state === 'split' && split.partsWithoutStage.map((l) => l.id)).toEqual(['silent'])
  })

  it('keeps "at least" when the total is a lower bound', () => {
    const atLeast = line({ ...total, entries: [entry({ amount: 100, comparator: '>=' })] })
    const part = line({ ...provincial, entries: [entry({ amount: 40 })] })
    const [split] = ofWhichSplits(atLeast, [atLeast, part], context)
    expect(split?.state === 'split' && split.remainder).toMatchObject({
      amount: 60,
      comparator: '>=',
    })
  })

  it('returns nothing for a line without parts', () => {
    expect(partsOf(provincial, [total, provincial])).toEqual([])
    expect(ofWhichSplits(provincial, [total, provincial], context)).toEqual([])
  })
})

describe('fundingTotals', () => {
  it('never counts a share twice: 18700万元 includes the provincial 9350万元', () => {
    const totals = fundingTotals([total, provincial], context)
    expect(totals.byStage.allocated?.amount).toBe(187_000_000)
    expect(totals.byStage.allocated?.items.map((i) => i.line.id)).toEqual(['total'])
    expect(totals.bySource['province-and-city']?.allocated?.amount).toBe(187_000_000)
    expect(totals.bySource.provincial).toBeUndefined()
  })

  it('counts a share at a stage its parent does not state', () => {
    const paidPart = line({
      ...provincial,
      entries: [...provincial.entries, entry({ stage: 'disbursed', amount: 10 })],
    })
    const totals = fundingTotals([total, paidPart], context)
    expect(totals.byStage.disbursed?.amount).toBe(10)
    expect(totals.bySource.provincial?.disbursed?.amount).toBe(10)
    expect(totals.byStage.allocated?.amount).toBe(187_000_000)
  })

  it('adds lines per stage and source, keeping "at least" bounds', () => {
    const gap = line({
      id: 'gap',
      fundSource: 'municipal',
      entries: [entry({ stage: 'pledged', amount: 53_340_000 })],
    })
    const next = line({
      id: 'next',
      fundSource: 'province-and-city',
      entries: [entry({ stage: 'pledged', amount: 300_000_000, comparator: '>=' })],
    })
    const totals = fundingTotals([total, provincial, gap, next], context)
    expect(totals.byStage.pledged).toMatchObject({ amount: 353_340_000, comparator: '>=' })
    expect(totals.bySource.municipal?.pledged?.amount).toBe(53_340_000)
    expect(totals.byStage.disbursed).toBeUndefined()
  })

  it('adds up the shipped 153005 funding without double counting', () => {
    const file = fundingFileSchema.parse(readShipped('km-153005/funding.json'))
    const totals = fundingTotals(file.lines, { documentDates: { 'km-153005': '2023-06-19' } })
    // 18700万元 + 3000万元 + 107万元; the provincial 9350万元 is inside the 18700万元.
    expect(totals.byStage.allocated?.amount).toBe(218_070_000)
    expect(totals.byStage.pledged).toMatchObject({ amount: 353_340_000, comparator: '>=' })
    expect(totals.byStage.disbursed).toBeUndefined()
  })
})

describe('gapClosure', () => {
  it('is unknown, not zero, when nothing says any of the pledge was paid', () => {
    const gap = line({ entries: [entry({ stage: 'pledged', amount: 53_340_000 })] })
    const closure = gapClosure(gap, context)
    expect(closure.state).toBe('unknown')
    expect(closure).not.toHaveProperty('disbursed')
  })

  it('follows cumulative payments against the pledge', () => {
    const city = line({
      entries: [
        entry({ stage: 'pledged', amount: 50_000_000, comparator: '>=', asOf: '2023-07-01' }),
        entry({ stage: 'disbursed', amount: 30_000_000, asOf: '2024-06-30' }),
        entry({ stage: 'disbursed', amount: 10_000_000, asOf: '2023-12-31' }),
      ],
    })
    const closure = gapClosure(city, context)
    expect(closure).toMatchObject({
      state: 'open',
      disbursed: 30_000_000,
      remaining: 20_000_000,
      fraction: 0.6,
    })
    expect(closure.state === 'open' && closure.points.map((p) => p.date)).toEqual([
      '2023-12-31',
      '2024-06-30',
    ])
  })

  it('is closed once payments reach the pledge, and never reports a negative remainder', () => {
    const paid = line({
      entries: [
        entry({ stage: 'pledged', amount: 100 }),
        entry({ stage: 'disbursed', amount: 120, asOf: '2024-01-01' }),
      ],
    })
    expect(gapClosure(paid, context)).toMatchObject({ state: 'closed', remaining: 0 })
  })

  it('says there is no pledge for an allocation-only line', () => {
    expect(gapClosure(total, context)).toEqual({ state: 'no-pledge' })
  })
})

describe('stated needs and unfunded remainders', () => {
  // Made-up figures in the style of "经测算需投入资金120万元 … 自筹20万元 … 尚有缺口20万元".
  const need = line({
    id: 'need',
    entries: [entry({ stage: 'needed', amount: 1_200_000, asWritten: '120万元' })],
  })
  const self = line({
    id: 'self',
    fundSource: 'self-raised',
    entries: [entry({ stage: 'pledged', amount: 200_000, asWritten: '20万元' })],
  })
  const gap = line({
    id: 'gap',
    entries: [entry({ stage: 'unfunded', amount: 200_000, asWritten: '20万元' })],
  })

  it('keeps each as a stage of its own, never added to money pledged, allocated or paid', () => {
    const totals = fundingTotals([need, self, gap, total], context)
    expect(totals.byStage.needed?.amount).toBe(1_200_000)
    expect(totals.byStage.unfunded?.amount).toBe(200_000)
    expect(totals.byStage.pledged?.amount).toBe(200_000)
    expect(totals.byStage.allocated?.amount).toBe(187_000_000)
    expect(totals.bySource['self-raised']?.pledged?.items.map((i) => i.line.id)).toEqual(['self'])
    expect(totals.bySource.unspecified?.pledged).toBeUndefined()
  })

  it('never treats a need as a pledge to be paid', () => {
    expect(gapClosure(need, context)).toEqual({ state: 'no-pledge' })
    expect(gapClosure(gap, context)).toEqual({ state: 'no-pledge' })
  })

  it('splits a stated need by its stated shares, at that stage only', () => {
    const countyNeed = line({
      id: 'county-need',
      fundSource: 'county',
      entries: [entry({ stage: 'needed', amount: 1_200_000 })],
    })
    const share = line({
      id: 'share',
      fundSource: 'township',
      partOf: 'county-need',
      entries: [entry({ stage: 'needed', amount: 200_000 })],
    })
    const [split] = ofWhichSplits(countyNeed, [countyNeed, share], context)
    expect(split).toMatchObject({ state: 'split', stage: 'needed' })
    // A single payer's total: the rest is that payer's money.
    expect(split?.state === 'split' && split.remainder).toMatchObject({
      amount: 1_000_000,
      fundSource: 'county',
    })
  })
})

describe('fundingBodies', () => {
  const doc = (id: string, respondent: string, over: Partial<SourceDocument> = {}) =>
    ({
      id,
      kind: 'reply-letter',
      deputies: [{ name: '示例代表' }],
      respondent: { name: respondent },
      sourceText: 'source.txt',
      ...over,
    }) as SourceDocument
  const dataset = (id: string, document: SourceDocument | undefined, lines = 1): Dataset => ({
    entry: { id, document: `${id}/document.json`, commitments: `${id}/commitments.json` },
    document,
    commitments: [],
    updates: [],
    funding: Array.from({ length: lines }, (_, i) =>
      line({ id: `${id}-f-${i}`, documentId: id, entries: [entry({ amount: 10 + i })] }),
    ),
  })
  const t: Translate = (key, params) => translate('zh-CN', key, params)

  it('groups letters by responding body, in the order their first letter comes', () => {
    const bodies = fundingBodies(
      [
        dataset('a', doc('a', '示例县交通运输局')),
        dataset('b', doc('b', '示例市科学技术局')),
        dataset('c', doc('c', ' 示例县交通运输局 ')),
      ],
      '2025-01-01',
    )
    expect(bodies.map((b) => [b.key, b.name, b.datasets.map((d) => d.entry.id)])).toEqual([
      ['a', '示例县交通运输局', ['a', 'c']],
      ['b', '示例市科学技术局', ['b']],
    ])
    // Each body's model holds its own letters' lines only.
    expect(bodies[0]!.model.lines.map((l) => l.id)).toEqual(['a-f-0', 'c-f-0'])
    expect(bodies[1]!.model.lines.map((l) => l.id)).toEqual(['b-f-0'])
  })

  it('leaves out letters without money, and keeps unreadable letters apart', () => {
    const bodies = fundingBodies(
      [
        dataset('a', doc('a', '示例县交通运输局'), 0),
        dataset('x', undefined),
        dataset('y', undefined),
      ],
      '2025-01-01',
    )
    expect(bodies.map((b) => b.key)).toEqual(['x', 'y'])
    expect(bodyName(bodies[0]!, t, 'zh-CN')).toBe('答复单位不明(答复函文件未能读取)')
  })

  it('copes with a letter that states no date: its entries are dated "unknown"', () => {
    const [body] = fundingBodies([dataset('a', doc('a', '示例县交通运输局'))], '2025-01-01')
    const [dated] = datedEntries(body!.model.lines[0]!, body!.model.context)
    expect(dated).toMatchObject({ date: '', dateStated: false })
  })

  it('names a special fund by its name and self-raised money as the applicant’s own', () => {
    const special = line({ fundSource: 'special-fund', fundName: '车购税资金' })
    expect(lineSourceLabel(special, t, 'zh-CN')).toBe('专项资金:车购税资金')
    expect(lineSourceLabel(line({ fundSource: 'special-fund' }), t, 'zh-CN')).toBe(
      '专项资金(原文未写名称)',
    )
    expect(lineSourceLabel(line({ fundSource: 'self-raised' }), t, 'zh-CN')).toBe(
      '自筹(申请方自有资金,不是政府资金)',
    )
    const en: Translate = (key, params) => translate('en', key, params)
    expect(lineSourceLabel(line({ fundSource: 'self-raised' }), en, 'en')).toMatch(
      /not government funding/,
    )
  })
})
