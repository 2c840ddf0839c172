import { scanNumericPromises, type NumericProposal } from '../../src/domain/promise-scanner'
import { parseChineseNumeral, scaleDecimal } from '../../src/domain/promise-scanner/numbers'

/** Invented sentences, one or more per wording the scanner reads. */

function only(text: string, letterDate?: string): NumericProposal {
  const found = scanNumericPromises(text, letterDate ? { letterDate } : {})
  expect(found.map((p) => p.match)).toHaveLength(1)
  return found[0] as NumericProposal
}

const matches = (text: string, letterDate?: string) =>
  scanNumericPromises(text, letterDate ? { letterDate } : {}).map((p) => p.match)

describe('numbers', () => {
  it('reads Chinese numerals, and refuses digit strings and malformed ones', () => {
    expect(parseChineseNumeral('二十')).toBe(20)
    expect(parseChineseNumeral('十二')).toBe(12)
    expect(parseChineseNumeral('一百一十')).toBe(110)
    expect(parseChineseNumeral('一千零十')).toBe(1010)
    expect(parseChineseNumeral('两')).toBe(2)
    expect(parseChineseNumeral('三千万')).toBe(30_000_000)
    expect(parseChineseNumeral('一亿三千万')).toBe(130_000_000)
    expect(parseChineseNumeral('壹拾伍')).toBe(15)
    expect(parseChineseNumeral('二〇二三')).toBeNull()
    expect(parseChineseNumeral('三四')).toBeNull()
  })

  it('scales decimals exactly', () => {
    expect(scaleDecimal('1.87', 8)).toBe(187_000_000)
    expect(scaleDecimal('0.5', 8)).toBe(50_000_000)
    expect(scaleDecimal('1,000', 4)).toBe(10_000_000)
    expect(scaleDecimal('4.2', 8)).toBe(420_000_000)
    expect(scaleDecimal('0.07', 4)).toBe(700)
  })
})

describe('amounts', () => {
  it.each([
    ['下达补助资金500万元。', '500万元', 5_000_000],
    ['争取资金18700万元。', '18700万元', 187_000_000],
    ['总投资1.87亿元。', '1.87亿元', 187_000_000],
    ['安排0.5亿元。', '0.5亿元', 50_000_000],
    ['拨付1,000万元。', '1,000万元', 10_000_000],
    ['投入三亿元。', '三亿元', 300_000_000],
    ['安排五千万元。', '五千万元', 50_000_000],
    ['奖励2000元。', '2000元', 2_000],
    ['安排3千万元。', '3千万元', 30_000_000],
  ])('%s → %s = %d yuan', (text, match, value) => {
    const p = only(text)
    expect(p).toMatchObject({ match, kind: 'amount', pattern: 'amount' })
    expect(p.figure).toMatchObject({ comparator: '=', value, unit: 'yuan', asWritten: match })
  })

  it('reads 万/亿 without 元 as money only in a clause about money', () => {
    expect(only('投入省市资金3亿,用于平台建设。').figure).toMatchObject({
      value: 300_000_000,
      unit: 'yuan',
    })
    expect(matches('覆盖人口3亿。')).toEqual([])
    expect(only('培训5万人。').figure).toMatchObject({ value: 50_000, unit: 'person' })
  })

  it('reads 余/多 inside an amount as "more than"', () => {
    expect(only('获得资金三千余万元。').figure).toMatchObject({
      comparator: '>',
      value: 30_000_000,
      asWritten: '三千余万元',
    })
    expect(only('投入3亿多元。')).toMatchObject({ match: '3亿多元', pattern: 'plus' })
  })
})

describe('counts and comparators', () => {
  it('N个以上 is at least N', () => {
    const p = only('建成省级重点实验室20个以上。')
    expect(p).toMatchObject({ match: '20个以上', pattern: 'at-least', kind: 'count' })
    expect(p.figure).toMatchObject({ comparator: '>=', value: 20, unit: 'count' })
  })

  it('N余项 is more than N, flagged approximate', () => {
    const p = only('申请发明专利60余项。')
    expect(p).toMatchObject({ match: '60余项', pattern: 'plus', approximate: true })
    expect(p.figure).toMatchObject({ comparator: '>', value: 60 })
    expect(p.note).toContain('余')
  })

  it('超过 is strictly more than; 不少于 and 至少 are at least; 逾 is more than', () => {
    expect(only('销售收入超过50亿元。')).toMatchObject({
      match: '超过50亿元',
      pattern: 'more-than',
    })
    expect(only('销售收入超过50亿元。').figure.comparator).toBe('>')
    expect(only('每年培训不少于100人次。').figure).toMatchObject({
      comparator: '>=',
      value: 100,
      unit: 'count',
      asWritten: '不少于100人次',
    })
    expect(only('建设至少3所。')).toMatchObject({ match: '至少3所', pattern: 'at-least' })
    // The adverb may stand before the verb; the figure stays the match and a note says so.
    const apart = only('至少建设3所。')
    expect(apart).toMatchObject({ match: '3所', pattern: 'at-least' })
    expect(apart.figure.comparator).toBe('>=')
    expect(apart.note).toContain('至少建设3所')
    expect(only('惠及逾万户。' + '投入资金逾5000万元。').figure).toMatchObject({
      comparator: '>',
      value: 50_000_000,
    })
  })

  it('不超过 and 以内 are at most', () => {
    expect(only('项目不超过10个。')).toMatchObject({ pattern: 'at-most', match: '不超过10个' })
    expect(only('项目不超过10个。').figure.comparator).toBe('<=')
    expect(only('控制在5%以内。').figure).toMatchObject({ comparator: '<=', unit: 'percent' })
  })

  it('约 and 左右 are approximate, but 节约 is a verb', () => {
    expect(only('约3000万元。')).toMatchObject({ pattern: 'approximately', approximate: true })
    expect(only('约3000万元。').figure.comparator).toBe('=')
    expect(only('培训50人左右。').match).toBe('50人左右')
    expect(only('节约500万元。')).toMatchObject({ match: '500万元', pattern: 'amount' })
  })

  it('counts people with 人/名/位 and things with other measure words', () => {
    expect(only('推荐了14名人选。').figure.unit).toBe('person')
    expect(only('邀请专家8位。').figure.unit).toBe('person')
    expect(only('认定基地11家。').figure.unit).toBe('count')
    expect(only('新增高校2所。').figure.unit).toBe('count')
  })

  it('reads ranges with the lower end as the figure', () => {
    const p = only('每年建设3-5个示范基地。')
    expect(p).toMatchObject({ match: '3-5个', pattern: 'range', range: { min: 3, max: 5 } })
    expect(p.figure).toMatchObject({ comparator: '>=', value: 3 })
    expect(only('建设三至五个。').range).toEqual({ min: 3, max: 5 })
    expect(only('投入3~5亿元。').range).toEqual({ min: 300_000_000, max: 500_000_000 })
  })

  it('reads percentages and percentage points', () => {
    expect(only('研发投入增长10%以上。').figure).toMatchObject({
      comparator: '>=',
      value: 10,
      unit: 'percent',
    })
    expect(only('占比达到百分之二十。')).toMatchObject({ match: '百分之二十', kind: 'percent' })
    expect(only('占比达到百分之二十。').figure.value).toBe(20)
    expect(only('提高2个百分点。')).toMatchObject({ kind: 'percent', match: '2个百分点' })
  })
})

describe('ways of writing numbers', () => {
  it('reads Chinese numerals', () => {
    expect(only('建成二十个。').figure.value).toBe(20)
    expect(only('完成十二项。').figure.value).toBe(12)
    expect(only('培养一百余名。').figure).toMatchObject({
      value: 100,
      comparator: '>',
      unit: 'person',
    })
    expect(only('组建两个团队。').figure.value).toBe(2)
  })

  it('reads full-width digits and keeps the match verbatim', () => {
    const text = '建成２０个以上，投入１．５亿元。'
    const found = scanNumericPromises(text)
    expect(found.map((p) => p.match)).toEqual(['２０个以上', '１．５亿元'])
    expect(found.map((p) => p.figure.value)).toEqual([20, 150_000_000])
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.match)
  })

  it('reads 一 before a measure word as "a", not as a count of one', () => {
    expect(matches('形成一批重大成果,造就一支队伍,建立一个机制。')).toEqual([])
    expect(only('净增1家。').figure.value).toBe(1)
    expect(only('至少建立一个。').figure).toMatchObject({ comparator: '>=', value: 1 })
  })
})

describe('what is not a figure', () => {
  it.each([
    ['a date', '2023年6月19日'],
    ['a month', '自2021年10月起'],
    ['a year', '2022年院士专家工作站认定取得新进展。'],
    ['a suggestion number', '关于第153005号建议的答复'],
    ['a number before 号', '153005号建议收悉。'],
    ['a document number', '根据昆科发〔2023〕12号文件。'],
    ['a session', '昆明市第十五届人大三次会议'],
    ['a phone number', '联系电话:0871-63111234。'],
    ['a section number', '(一)强化制度保障。二、工作情况'],
    ['an ordinal', '第二批项目,第12个'],
    ['a programme name', '入选国家“千人计划”和“两个一百”工程。'],
    ['a ranking', '排名前3名。'],
    ['a code', 'No.5家'],
  ])('%s: %s', (_name, text) => {
    expect(matches(text)).toEqual([])
  })
})

describe('deadlines', () => {
  it('力争YYYY年 is a year deadline and makes the figure a target', () => {
    const p = only('力争2025年建成省级重点实验室20个以上。')
    expect(p.deadline).toMatchObject({ type: 'year', year: 2025 })
    expect(p).toMatchObject({ deadlineText: '力争2025年', suggestedKind: 'target' })
  })

  it('YYYY年底前 is a year deadline even without a cue word', () => {
    const p = only('2025年底前完成3个示范园区建设。')
    expect(p.deadline).toMatchObject({ type: 'year', year: 2025 })
    expect(p).toMatchObject({ deadlineText: '2025年底前', suggestedKind: 'target' })
  })

  it('reads months, days and quarters', () => {
    expect(only('到2024年6月底前建成5个。').deadline).toMatchObject({
      type: 'date',
      date: '2024-06-30',
    })
    expect(only('确保2024年3月15日前拨付500万元。').deadline).toMatchObject({
      type: 'date',
      date: '2024-03-15',
    })
    expect(only('力争2024年第三季度建成5个。').deadline).toMatchObject({
      type: 'quarter',
      year: 2024,
      quarter: 3,
    })
  })

  it('resolves 年内 and 今年底前 from the letter date, and says so when it cannot', () => {
    expect(only('年内建成5个。', '2023-06-19').deadline).toMatchObject({ type: 'year', year: 2023 })
    expect(only('力争明年底前建成5个。', '2023-06-19').deadline).toMatchObject({
      type: 'year',
      year: 2024,
    })
    const unresolved = only('年内建成5个。')
    expect(unresolved.deadline?.type).toBe('none')
    expect(unresolved.deadline?.note).toContain('年内')
  })

  it('a past "YYYY年底" in the letter is when something happened, not a deadline', () => {
    expect(only('2022年底建成5个。', '2023-06-19').deadline).toBeUndefined()
  })
})

describe('as-of dates', () => {
  it('截至YYYY年M月 dates a result to the end of that month', () => {
    const p = only('截至2022年10月,已建成院士工作站18个。')
    expect(p).toMatchObject({
      asOf: '2022-10-31',
      asOfText: '截至2022年10月',
      suggestedKind: 'result',
    })
  })

  it('截至今年10月 needs the letter date, and must not fall after it', () => {
    const text = '截至今年10月,共立项12个。'
    expect(only(text, '2023-11-20').asOf).toBe('2023-10-31')
    expect(only(text, '2023-06-19')).toMatchObject({ asOf: null, asOfText: '截至今年10月' })
    expect(only(text)).toMatchObject({ asOf: null, asOfText: '截至今年10月' })
  })

  it('截至目前 is the letter date', () => {
    expect(only('截至目前,累计投入资金3000万元。', '2023-06-19').asOf).toBe('2023-06-19')
  })
})

describe('target, forecast or result', () => {
  it('reads the nearest cue before the figure', () => {
    expect(only('预计新增产值超过5亿元。').suggestedKind).toBe('forecast')
    expect(only('销售规模预计将超过50亿元。').suggestedKind).toBe('forecast')
    expect(only('积极争取立项20个以上。').suggestedKind).toBe('target')
    expect(only('已认定基地11家。').suggestedKind).toBe('result')
    expect(only('累计投入资金3000万元。').suggestedKind).toBe('result')
  })

  it('ignores cue words inside quotation marks (programme names)', () => {
    expect(only('授予其“春城计划”团队称号,给予3000万元培育经费。').suggestedKind).toBe('result')
  })

  it('defaults to the letter part: next-step plans promise, the rest reports', () => {
    const plan = only('三、 下一步工作计划\n新建实验室5个。')
    expect(plan.suggestedKind).toBe('target')
    const report = only('二、 工作开展情况\n新建实验室5个。')
    expect(report.suggestedKind).toBe('result')
  })
})

describe('quotes', () => {
  it('quotes the sentence or clause holding the figure, ending at 。；！？ or a line break', () => {
    const text = '一是建成5个;二是投入300万元。\n三是培训50人'
    expect(scanNumericPromises(text).map((p) => p.quote)).toEqual([
      '一是建成5个',
      '二是投入300万元',
      '三是培训50人',
    ])
  })
})

describe('an invented reply letter', () => {
  const letter = `二、工作情况
2022年,全市共认定高新技术企业300家,较上年增长15.2%。拨付资金共计1.2亿余元。截至2023年5月底,累计培育国家级孵化器3个。项目总数达到1,250个。全市科技人员约5.6万人。引进团队12个、专家30余名。电话:0871-63111234,邮编650000。根据云政发〔2022〕15号文件。
三、下一步工作打算
计划到2025年,全市研发经费投入强度达到2.8%以上。下一步,我局将争取省级资金不少于5000万元,力争年内新增科技型中小企业200户。2024年6月30日前完成2个示范区验收。`

  it('reads every figure, and only figures', () => {
    const rows = scanNumericPromises(letter, { letterDate: '2023-06-19' }).map((p) => [
      p.match,
      p.figure.comparator,
      p.figure.value,
      p.figure.unit,
      p.suggestedKind,
      p.deadline && 'year' in p.deadline ? p.deadline.year : (p.deadline?.type ?? '-'),
      p.asOf ?? '-',
    ])
    expect(rows).toEqual([
      // "2022年," in a 2023 letter dates what the sentence reports.
      ['300家', '=', 300, 'count', 'result', '-', '2022'],
      ['15.2%', '=', 15.2, 'percent', 'result', '-', '2022'],
      ['1.2亿余元', '>', 120_000_000, 'yuan', 'result', '-', '-'],
      ['3个', '=', 3, 'count', 'result', '-', '2023-05-31'],
      ['1,250个', '=', 1250, 'count', 'result', '-', '-'],
      ['约5.6万人', '=', 56_000, 'person', 'result', '-', '-'],
      ['12个', '=', 12, 'count', 'result', '-', '-'],
      ['30余名', '>', 30, 'person', 'result', '-', '-'],
      ['2.8%以上', '>=', 2.8, 'percent', 'target', 2025, '-'],
      ['不少于5000万元', '>=', 50_000_000, 'yuan', 'target', '-', '-'],
      ['200户', '=', 200, 'count', 'target', 2023, '-'],
      ['2个', '=', 2, 'count', 'target', 'date', '-'],
    ])
  })

  it('labels figures with the noun they count, not the verb before it', () => {
    const labels = scanNumericPromises(letter).map((p) => p.figure.label)
    expect(labels).toContain('家高新技术企业')
    expect(labels).toContain('个国家级孵化器')
    expect(labels).toContain('户科技型中小企业')
    expect(labels).toContain('名专家')
  })
})
