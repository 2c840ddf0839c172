import { validateFile } from '../../src/lib/data/validate'
import { describeError } from '../../src/lib/i18n/describe-issue'
import { translate } from '../../src/lib/i18n/translate'
import { commitmentSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingLineSchema } from '../../src/domain/schema/funding'
import { partialDateEnd, publishedBy } from '../../src/domain/dates'
import { formatValue } from '../../src/domain/figure-format'
import { assess } from '../../src/domain/assessment/assess'
import type { Commitment } from '../../src/domain/schema/commitment'

/** Version 2 of the contract: letters of any body, filings of any kind, figures in any unit. */

const v1Document = {
  id: 'a-1',
  kind: 'reply-letter',
  title: '答复函',
  session: { name: '会议' },
  deputies: [{ name: '陈力' }],
  suggestionTitle: '建议',
  respondent: { name: '某局' },
  date: '2023-06-19',
  sourceText: 'source.txt',
}

const common = {
  id: 'a-1-c-1',
  documentId: 'a-1',
  section: '正文',
  category: 'infrastructure',
  title: '道路改造',
  quote: '将予以治理',
}

describe('documents of any filing and body', () => {
  it('reads a CPPCC proposal answered by a co-organizing county bureau, with its 文号', () => {
    const proposal = {
      ...v1Document,
      filingKind: 'proposal',
      filerRole: 'member',
      filersComplete: false,
      replyNumber: '子交函〔2023〕34号',
      respondent: { name: '子洲县交通运输局', level: 'county', role: 'co-organizer' },
    }
    expect(documentSchema.safeParse(proposal).success).toBe(true)
    expect(documentSchema.safeParse({ ...proposal, filingKind: 'petition' }).success).toBe(false)
    expect(
      documentSchema.safeParse({ ...proposal, respondent: { name: 'x', level: 'city' } }).success,
    ).toBe(false)
  })

  it('leaves title, session, filed title and date out when the letter does not state them', () => {
    const { title: _t, session: _s, suggestionTitle: _g, date: _d, ...bare } = v1Document
    expect(documentSchema.safeParse(bare).success).toBe(true)
  })

  it('says where a date comes from, and refuses a source without a date', () => {
    expect(documentSchema.safeParse({ ...v1Document, dateSource: 'publishing-page' }).success).toBe(
      true,
    )
    const { date: _d, ...undated } = v1Document
    const result = documentSchema.safeParse({ ...undated, dateSource: 'letter' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['dateSource'])
  })

  it('places an undated letter on every date instead of hiding it', () => {
    expect(publishedBy({}, '2000-01-01')).toBe(true)
    expect(publishedBy({ date: '2023-06-19' }, '2023-06-18')).toBe(false)
  })
})

describe('commitments of the new kinds', () => {
  it('accepts a forecast with a deadline and no figure, and a promise with a condition', () => {
    const forecast = { ...common, kind: 'forecast', deadline: { type: 'year', year: 2024 } }
    expect(commitmentSchema.safeParse(forecast).success).toBe(true)
    const conditional = {
      ...common,
      kind: 'promise',
      deadline: { type: 'none' },
      condition: '待上级批复后实施',
      implementer: { name: '某镇人民政府' },
    }
    expect(commitmentSchema.safeParse(conditional).success).toBe(true)
  })

  it('keeps an estimate apart from a target and never rates it', () => {
    const estimate = {
      ...common,
      kind: 'estimate',
      figure: { comparator: '=', value: 200_000, unit: 'yuan', label: '资金', asWritten: '20万元' },
      asOf: '2023',
    }
    const parsed = commitmentSchema.parse(estimate) as Commitment
    const a = assess(parsed, [], '2025-01-01', { date: '2023-06-01' })
    expect(a.status).toBeNull()
    expect(a.deadline).toBeNull()
    expect(a.freshness).toBeNull()
    expect(commitmentSchema.safeParse({ ...estimate, deadline: { type: 'none' } }).success).toBe(
      false,
    )
  })

  it('records a declined request with its reason, unrated', () => {
    const declined = { ...common, kind: 'declined', reason: '暂不具备实施条件' }
    const parsed = commitmentSchema.parse(declined) as Commitment
    expect(assess(parsed, [], '2025-01-01').status).toBeNull()
    const { reason: _r, ...withoutReason } = declined
    expect(commitmentSchema.safeParse(withoutReason).success).toBe(false)
  })

  it('measures in any unit that names itself', () => {
    const figure = {
      comparator: '=',
      value: 137,
      unit: 'measure',
      label: '公路',
      asWritten: '137公里',
    }
    const target = { ...common, kind: 'target', deadline: { type: 'year', year: 2023 } }
    expect(
      commitmentSchema.safeParse({
        ...target,
        figure: { ...figure, unitName: '公里', unitNameEn: 'km' },
      }).success,
    ).toBe(true)
    const unnamed = commitmentSchema.safeParse({ ...target, figure })
    expect(unnamed.success).toBe(false)
    expect(unnamed.error?.issues[0]?.path).toEqual(['figure', 'unitName'])
    expect(
      commitmentSchema.safeParse({
        ...target,
        figure: { ...figure, unit: 'count', unitName: '公里' },
      }).success,
    ).toBe(false)
    const named = { unit: 'measure' as const, unitName: '公里', unitNameEn: 'km' }
    expect(formatValue(137, named, 'zh-CN')).toBe('137公里')
    expect(formatValue(137, named, 'en')).toBe('137 km')
  })

  it('takes a year or a month as a result’s as-of date and a baseline’s', () => {
    for (const asOf of ['2023', '2023-10', '2023-10-31']) {
      const result = { ...common, kind: 'result', asOf }
      expect(commitmentSchema.safeParse(result).success, asOf).toBe(true)
    }
    for (const bad of ['2023-13', '23', '2023-1', '2023年']) {
      expect(
        commitmentSchema.safeParse({ ...common, kind: 'result', asOf: bad }).success,
        bad,
      ).toBe(false)
    }
    expect(partialDateEnd('2023')).toBe('2023-12-31')
    expect(partialDateEnd('2024-02')).toBe('2024-02-29')
    expect(partialDateEnd('2023-06-19')).toBe('2023-06-19')
  })

  it('measures a target from the end of a baseline year, so a same-year deadline is not a typo', () => {
    const target = {
      ...common,
      kind: 'target',
      figure: { comparator: '>=', value: 20, unit: 'count', label: '个', asWritten: '20个' },
      baseline: { value: 12, asOf: '2024' },
    }
    expect(
      commitmentSchema.safeParse({ ...target, deadline: { type: 'year', year: 2024 } }).success,
    ).toBe(true)
    expect(
      commitmentSchema.safeParse({ ...target, deadline: { type: 'year', year: 2023 } }).success,
    ).toBe(false)
  })
})

describe('funding of any body', () => {
  const line = {
    id: 'a-1-f-1',
    documentId: 'a-1',
    commitmentIds: [],
    label: '道路改造资金',
    fundSource: 'self-raised',
    entries: [
      {
        stage: 'needed',
        amount: 200_000,
        asWritten: '20万元',
        asOf: null,
        evidence: { type: 'document', documentId: 'a-1', quote: '经测算需投入资金20万元' },
      },
    ],
  }
  it('records a stated need, self-raised money and a named special fund', () => {
    expect(fundingLineSchema.safeParse(line).success).toBe(true)
    expect(
      fundingLineSchema.safeParse({ ...line, fundSource: 'special-fund', fundName: '车购税资金' })
        .success,
    ).toBe(true)
    const unfunded = { ...line.entries[0], stage: 'unfunded' }
    expect(fundingLineSchema.safeParse({ ...line, entries: [unfunded] }).success).toBe(true)
  })
})

describe('versions', () => {
  const index = {
    datasets: [{ id: 'a-1', document: 'a-1/document.json', commitments: 'a-1/commitments.json' }],
  }
  it('reads version-1 data unchanged and refuses data for a newer contract', () => {
    expect(dataIndexSchema.safeParse(index).success).toBe(true)
    expect(dataIndexSchema.safeParse({ ...index, contractVersion: 2 }).success).toBe(true)
    const newer = dataIndexSchema.safeParse({ ...index, contractVersion: 3 })
    expect(newer.success).toBe(false)
    expect(newer.error?.issues[0]?.path).toEqual(['contractVersion'])
  })
})

describe('the new rules speak to a person', () => {
  const bad = (value: unknown, schema: { parse: (v: unknown) => unknown }) => {
    try {
      validateFile('a-1/commitments.json', value, schema as never)
    } catch (error) {
      return {
        zh: describeError(error, (key, params) => translate('zh-CN', key, params)),
        en: describeError(error, (key, params) => translate('en', key, params)),
      }
    }
    throw new Error('expected the data to be refused')
  }

  it.each([
    [{ ...common, kind: 'result', asOf: '2023年' }, '“2023年” 无效', 'not valid'],
    [
      {
        ...common,
        kind: 'estimate',
        asOf: null,
        figure: { comparator: '=', value: 3, unit: 'measure', label: '公路', asWritten: '3公里' },
      },
      'unitName',
      'unitName',
    ],
  ])('%#: names the field and says what to write, in both languages', (value, zh, en) => {
    const message = bad(value, commitmentSchema)
    expect(message.zh).toContain('a-1/commitments.json')
    expect(message.zh).toContain(zh)
    expect(message.en).toContain(en)
    for (const text of [message.zh, message.en]) {
      expect(text).not.toMatch(/invalid_|Invalid input|类型错误|太小或太短/)
    }
  })

  it('refuses data for a newer contract in words', () => {
    const index = { contractVersion: 3, datasets: [] }
    expect(bad(index, dataIndexSchema).zh).toContain('第 2 版')
  })
})
