import { commitmentSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingLineSchema } from '../../src/domain/schema/funding'
import {
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  yuanSchema,
} from '../../src/domain/schema/primitives'
import { progressUpdateSchema } from '../../src/domain/schema/update'

const validTarget = {
  id: 'km-1-c-projects',
  documentId: 'km-1',
  section: '三(五)',
  category: 'projects',
  title: '立项20个以上',
  quote: '积极争取立项20个以上',
  kind: 'target',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个项目', asWritten: '20个以上' },
  baseline: { value: 12, asOf: null },
  deadline: { type: 'year', year: 2024 },
}

describe('primitives', () => {
  it('accepts real ISO dates only', () => {
    expect(isoDateSchema.safeParse('2023-06-19').success).toBe(true)
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true)
    for (const bad of [
      '2023-02-30',
      '2023-02-29',
      '2023-13-01',
      '2023-6-19',
      '19/06/2023',
      '2023-06-19T00:00:00Z',
    ]) {
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false)
    }
  })

  it('stores money as non-negative integer yuan', () => {
    expect(yuanSchema.safeParse(53_340_000).success).toBe(true)
    for (const bad of [-1, 1.5, '53340000', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(yuanSchema.safeParse(bad).success, String(bad)).toBe(false)
    }
  })

  it('allows only http(s) URLs', () => {
    expect(
      httpUrlSchema.safeParse('https://kjj.km.gov.cn/c/2023-06-19/4748386.shtml').success,
    ).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'ftp://x.y/z',
      '//x.y',
      'not a url',
    ]) {
      expect(httpUrlSchema.safeParse(bad).success, bad).toBe(false)
    }
  })

  it('keeps ids stable and plain', () => {
    expect(idSchema.safeParse('km-153005-c-gap-5334').success).toBe(true)
    for (const bad of ['Km-1', 'a b', 'a--b', '-a', 'a_b', '__proto__', '']) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false)
    }
  })
})

describe('commitments', () => {
  it('accepts each kind with what it needs', () => {
    expect(commitmentSchema.safeParse(validTarget).success).toBe(true)
    const { figure: _f, baseline: _b, ...rest } = validTarget
    expect(
      commitmentSchema.safeParse({
        ...rest,
        kind: 'promise',
        routines: ['weekly', 'monthly'],
        deadline: { type: 'none' },
      }).success,
    ).toBe(true)
    const { deadline: _d, ...undated } = rest
    expect(commitmentSchema.safeParse({ ...undated, kind: 'result', asOf: null }).success).toBe(
      true,
    )
    expect(
      commitmentSchema.safeParse({ ...rest, kind: 'forecast', figure: validTarget.figure }).success,
    ).toBe(true)
    // A baseline belongs to targets only.
    expect(commitmentSchema.safeParse({ ...validTarget, kind: 'forecast' }).success).toBe(false)
  })

  it('requires a figure on a target and a deadline (even "none")', () => {
    const { figure: _figure, ...noFigure } = validTarget
    expect(commitmentSchema.safeParse(noFigure).success).toBe(false)
    const { deadline: _deadline, ...noDeadline } = validTarget
    expect(commitmentSchema.safeParse(noDeadline).success).toBe(false)
  })

  it('names the field that is wrong', () => {
    const result = commitmentSchema.safeParse({
      ...validTarget,
      figure: { ...validTarget.figure, comparator: '≥' },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['figure', 'comparator'])
  })

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(commitmentSchema.safeParse({ ...validTarget, qoute: 'x' }).success).toBe(false)
  })

  it('supports every deadline shape', () => {
    for (const deadline of [
      { type: 'date', date: '2023-12-31' },
      { type: 'year', year: 2023 },
      { type: 'quarter', year: 2023, quarter: 4 },
      { type: 'none', note: '及时' },
    ]) {
      expect(commitmentSchema.safeParse({ ...validTarget, deadline }).success).toBe(true)
    }
    expect(
      commitmentSchema.safeParse({
        ...validTarget,
        deadline: { type: 'quarter', year: 2023, quarter: 5 },
      }).success,
    ).toBe(false)
  })
})

describe('documents, updates, funding, index', () => {
  const document = {
    id: 'km-1',
    kind: 'reply-letter',
    number: '153005',
    title: '答复函',
    session: { name: '会议' },
    deputies: [{ name: '陈力' }],
    suggestionTitle: '建议',
    respondent: { name: '昆明市科学技术局' },
    date: '2023-06-19',
    replyClass: 'B',
    sourceText: 'source.txt',
  }

  it('describes a reply letter, with reply class and satisfaction optional', () => {
    expect(documentSchema.safeParse(document).success).toBe(true)
    expect(documentSchema.safeParse({ ...document, replyClass: 'E' }).success).toBe(false)
    expect(documentSchema.safeParse({ ...document, deputies: [] }).success).toBe(false)
    expect(documentSchema.safeParse({ ...document, sourceText: '../../etc/passwd' }).success).toBe(
      false,
    )
    expect(documentSchema.safeParse({ ...document, url: 'javascript:alert(1)' }).success).toBe(
      false,
    )
  })

  it('records dated evidence with an optional verdict', () => {
    const update = {
      id: 'u-1',
      commitmentId: 'c-1',
      asOf: '2023-12-31',
      value: 3,
      comparability: 'same-metric',
      summary: '新增3个项目',
      source: {
        title: '云南日报',
        date: '2024-02-22',
        url: 'http://www.kmanhang.cn//Content.aspx?id=1',
      },
    }
    expect(progressUpdateSchema.safeParse(update).success).toBe(true)
    expect(
      progressUpdateSchema.safeParse({
        ...update,
        verdict: { status: 'kept', date: '2024-02-22', rationale: '达到' },
      }).success,
    ).toBe(true)
    expect(
      progressUpdateSchema.safeParse({
        ...update,
        verdict: { status: 'done', date: '2024-02-22', rationale: 'x' },
      }).success,
    ).toBe(false)
    expect(progressUpdateSchema.safeParse({ ...update, comparability: undefined }).success).toBe(
      false,
    )
  })

  it('makes "of which provincial" and a pledged gap first-class funding data', () => {
    const entry = {
      stage: 'allocated',
      amount: 93_500_000,
      asWritten: '9350万元',
      asOf: null,
      evidence: { type: 'document', documentId: 'km-1', quote: '其中省级财政科技经费9350万元' },
    }
    const line = {
      id: 'f-prov',
      documentId: 'km-1',
      commitmentIds: [],
      label: '省级',
      fundSource: 'provincial',
      partOf: 'f-total',
      entries: [entry],
    }
    const parsed = fundingLineSchema.parse(line)
    expect(parsed.entries[0]?.comparator).toBe('=')
    expect(
      fundingLineSchema.safeParse({ ...line, entries: [{ ...entry, amount: 9350.5 }] }).success,
    ).toBe(false)
    expect(fundingLineSchema.safeParse({ ...line, fundSource: 'federal' }).success).toBe(false)
  })

  it('lists datasets in the index, defaulting to real (not illustrative) data', () => {
    const index = dataIndexSchema.parse({
      datasets: [
        { id: 'km-1', document: 'km-1/document.json', commitments: 'km-1/commitments.json' },
      ],
    })
    expect(index.illustrative).toBe(false)
    expect(dataIndexSchema.safeParse({ datasets: [] }).success).toBe(false)
    expect(
      dataIndexSchema.safeParse({
        datasets: [{ id: 'x', document: 'https://cdn.example.com/d.json', commitments: 'c.json' }],
      }).success,
    ).toBe(false)
  })
})
