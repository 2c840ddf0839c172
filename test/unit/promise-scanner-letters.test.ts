import { parseYuanText } from '../../src/domain/draft/amount-text'
import {
  scanDeadlinePromises,
  scanLetter,
  scanNumericPromises,
  type NumericProposal,
  type ScanOptions,
  type Simplify,
} from '../../src/domain/promise-scanner'
import { loadSimplify } from '../../src/lib/text/simplify'

/**
 * Invented sentences in the style of reply letters from any body, one or more per failure of
 * issue 14: Traditional characters, past results that mention 争取, estimates and self-raised
 * money, deadline-only promises, conditions and refusals, ordinals and names, units of measure.
 */

let simplify: Simplify
beforeAll(async () => {
  simplify = await loadSimplify()
})

function only(text: string, options: ScanOptions = {}): NumericProposal {
  const found = scanNumericPromises(text, { simplify, ...options })
  expect(found.map((p) => p.match)).toHaveLength(1)
  return found[0] as NumericProposal
}

const matches = (text: string, options: ScanOptions = {}) =>
  scanNumericPromises(text, { simplify, ...options }).map((p) => p.match)

describe('Traditional characters', () => {
  it('reads Traditional amounts, cue words and measure words, quoting the letter as written', () => {
    const text = '預計投入資金800萬元。'
    const p = only(text)
    expect(p).toMatchObject({
      match: '800萬元',
      quote: '預計投入資金800萬元',
      suggestedKind: 'forecast',
    })
    expect(p.figure).toMatchObject({ value: 8_000_000, unit: 'yuan', asWritten: '800萬元' })
    expect(text.slice(p.start, p.end)).toBe('800萬元')
    expect(only('力爭2025年完成投資1.2億元。')).toMatchObject({
      suggestedKind: 'target',
      deadline: { type: 'year', year: 2025 },
    })
    expect(only('力爭2025年完成投資1.2億元。').figure.value).toBe(120_000_000)
    const counts = scanNumericPromises('計劃新建示範點3個,改造設備5臺,實施項目12項。', { simplify })
    expect(counts.map((c) => [c.match, c.figure.label, c.suggestedKind])).toEqual([
      ['3個', '個示範點', 'target'],
      ['5臺', '臺設備', 'target'],
      ['12項', '項項目', 'target'],
    ])
  })

  it('reads 萬/億 without the converter, but needs it for the words around them', () => {
    const p = scanNumericPromises('預計投入資金800萬元。')[0]
    expect(p?.figure.value).toBe(8_000_000)
    expect(p?.suggestedKind).toBe('result')
  })

  it('reads through the pinyin a re-encoded page prints after some characters', () => {
    const text =
      '該條道路目前正在進(jìn)行施工,預(yù)計(jì)年底完工。建設(shè)項(xiàng)目投入資金20萬元。'
    const [promise] = scanDeadlinePromises(text, { simplify, letterDate: '2018-06-10' })
    expect(promise).toMatchObject({
      match: '預(yù)計(jì)年底完工',
      deadlineText: '預(yù)計(jì)年底',
      deadline: { type: 'year', year: 2018 },
      suggestedKind: 'forecast',
    })
    const money = only(text)
    expect(money.quote).toBe('建設(shè)項(xiàng)目投入資金20萬元')
    expect(money.figure.label).toBe('元項目投入資金')
  })

  it('lets a lost character ("?" before pinyin) end no sentence', () => {
    const text = '據您建議,基礎設施薄弱是困擾當?shù)匕l(fā)展的因素,需要建設2公里溝渠。'
    expect(only(text).quote).toBe(text.slice(0, -1))
    expect(only(text).suggestedKind).toBe('result')
  })

  it('accepts a Traditional amount in amount entry', () => {
    expect(parseYuanText('800萬元')).toBe(8_000_000)
    expect(parseYuanText('1.2億元')).toBe(120_000_000)
    expect(parseYuanText('1.2億')).toBe(120_000_000)
    expect(parseYuanText('八百萬元')).toBeNull()
  })
})

describe('past results', () => {
  it('reads a year before the letter as a result, even with 争取', () => {
    const p = only('2016年经积极争取,获得补助资金900万元。', { letterDate: '2018-05-01' })
    expect(p).toMatchObject({ suggestedKind: 'result', asOf: '2016', asOfText: '2016年' })
    expect(only('2016年争取补助资金900万元。', { letterDate: '2018-05-01' }).suggestedKind).toBe(
      'result',
    )
    // In the letter's own year the same 争取 is still to come.
    expect(only('2018年争取补助资金900万元。', { letterDate: '2018-05-01' }).suggestedKind).toBe(
      'target',
    )
    expect(only('经多方争取,下达补助资金900万元。').suggestedKind).toBe('result')
    expect(only('已争取到补助资金900万元。').suggestedKind).toBe('result')
  })

  it('dates results of a period before the letter, and "since" up to the letter', () => {
    const date = { letterDate: '2023-05-05' }
    expect(only('“十三五”时期建设农村公路3513公里。', date)).toMatchObject({
      suggestedKind: 'result',
      asOf: '2020',
    })
    expect(only('自2017年以来硬化农村公路约130公里。', date)).toMatchObject({
      suggestedKind: 'result',
      asOf: '2023-05-05',
      asOfText: '自2017年以来',
    })
    expect(only('2021-2022年完成提质改造工程283公里。', date).asOf).toBe('2022')
    expect(only('2018年3月完成改造5处。', { letterDate: '2018-06-10' }).asOf).toBe('2018-03')
  })

  it('reads the letter year followed by what it will do as a target with that deadline', () => {
    const p = only('2023年我局将继续提质改造农村公路137公里。', { letterDate: '2023-05-05' })
    expect(p).toMatchObject({ suggestedKind: 'target', deadline: { type: 'year', year: 2023 } })
    expect(
      only('2024年至2025年我局累计投入1523.34万元。', { letterDate: '2025-06-19' }).deadline,
    ).toBe(undefined)
  })
})

describe('estimates, needs and self-raised money', () => {
  it.each([
    ['经测算需投入资金20万元。', '20万元'],
    ['概算投资35万元。', '35万元'],
    ['现已完成初步设计与预算,预算费用约12万元。', '约12万元'],
    ['约需资金50万元。', '50万元'],
    ['该项目需要投入资金80万元。', '80万元'],
    ['需要新建蓄水池2座。', '2座'],
    ['项目预计总投资约3500万元。', '约3500万元'],
  ])('%s is an estimate, never a target', (text, match) => {
    expect(only(text)).toMatchObject({ match, suggestedKind: 'estimate' })
  })

  it('keeps a fund named for the budget (预算内) and a need the request states apart', () => {
    expect(only('中央预算内资金3000万元已下达。').suggestedKind).toBe('result')
    expect(only('代表们建议修建通村公路长750米。').suggestedKind).toBe('result')
    expect(only('据您建议,需要建设2公里沟渠。').suggestedKind).toBe('result')
    expect(only('代表们建议修建通村公路,概算投资23万元。').suggestedKind).toBe('estimate')
  })

  it('flags the applicant’s own money and never proposes it as the government’s target', () => {
    const plain = only('由企业自筹资金200万元。')
    expect(plain).toMatchObject({ fundSource: 'self-raised', suggestedKind: 'result' })
    expect(plain.note).toContain('自筹')
    expect(plain.noteEn).toContain('raises itself')
    expect(only('计划由企业自筹资金200万元。')).toMatchObject({
      fundSource: 'self-raised',
      suggestedKind: 'estimate',
    })
    expect(only('将由群众自筹30万元。').suggestedKind).toBe('estimate')
    expect(only('计划安排一般债券6000万元。').fundSource).toBeUndefined()
  })
})

describe('deadline-only promises', () => {
  const deadlines = (text: string, letterDate = '2023-06-19') =>
    scanDeadlinePromises(text, { simplify, letterDate }).map((d) => [
      d.match,
      d.deadline.type === 'date'
        ? d.deadline.date
        : d.deadline.type === 'year'
          ? d.deadline.year
          : d.deadline.type,
      d.suggestedKind,
    ])

  it('proposes a deadline and what it dates, as a promise or, after 预计, a forecast', () => {
    expect(deadlines('预计明年底建成。')).toEqual([['预计明年底建成', 2024, 'forecast']])
    expect(deadlines('力争2020年完工。', '2019-03-01')).toEqual([
      ['力争2020年完工', 2020, 'promise'],
    ])
    expect(deadlines('故我街道计划于2021年1月组织实施该项目。', '2020-10-15')).toEqual([
      ['计划于2021年1月组织实施', '2021-01-31', 'promise'],
    ])
    expect(
      deadlines('现已完成招投标,将于2022年7月中旬开工,预计2023年7月底前完工。', '2022-07-05'),
    ).toEqual([
      ['将于2022年7月中旬开工', '2022-07-20', 'promise'],
      ['预计2023年7月底前完工', '2023-07-31', 'forecast'],
    ])
    expect(deadlines('力争在2019年、2020年进行硬化。', '2018-07-30')).toEqual([
      ['力争在2019年、2020年进行硬化', 2020, 'promise'],
    ])
    expect(deadlines('预计10月下旬开始路基拓宽,年底可完成施工。', '2020-10-23')).toEqual([
      ['预计10月下旬开始', '2020-10-31', 'forecast'],
      ['年底可完成', 2020, 'forecast'],
    ])
    expect(deadlines('确保今年内解决。')).toEqual([['确保今年内解决', 2023, 'promise']])
  })

  it('reads a year after the letter as a deadline when the clause puts work into it', () => {
    expect(
      deadlines('我局已将该段道路上报为2024年破损路改造项目,将予以治理。', '2023-10-16'),
    ).toEqual([['上报为2024年破损路改造', 2024, 'promise']])
    expect(deadlines('将协调乡镇将项目纳入2026年项目库。', '2025-09-22')).toEqual([
      ['纳入2026年', 2026, 'promise'],
    ])
  })

  it('leaves out dates of things done, clauses with a figure and refusals', () => {
    expect(deadlines('该道路已于2018年3月完成测量设计。', '2018-06-10')).toEqual([])
    expect(deadlines('力争2025年建成省级重点实验室20个以上。')).toEqual([])
    expect(deadlines('现行政策下无法在年底前完成硬化。')).toEqual([])
    expect(deadlines('力争该项目尽早落地开工建设。')).toEqual([])
  })

  it('says so when the year cannot be resolved without the letter date', () => {
    const [promise] = scanDeadlinePromises('预计年底完工。', { simplify })
    expect(promise?.deadline.type).toBe('none')
    expect(promise?.deadline.note).toContain('预计年底')
  })
})

describe('conditions and declined requests', () => {
  const flags = (text: string) => {
    const scan = scanLetter(text, { simplify })
    return {
      conditions: scan.conditions.map((c) => c.match),
      declined: scan.declined.map((d) => d.match),
    }
  }

  it('flags the words that state a condition', () => {
    expect(flags('待上级批复后实施。').conditions).toEqual(['待上级批复后'])
    expect(flags('积极争取资金支持,待下达资金计划后组织实施。').conditions).toEqual([
      '待下达资金计划后',
    ])
    expect(flags('条件成熟后启动建设。').conditions).toEqual(['条件成熟后'])
    expect(flags('若今后政策有所变化,我镇将积极争取。').conditions).toEqual([
      '若今后政策有所变化,我镇将',
    ])
    expect(flags('后续我局将根据上级资金逐年安排。').conditions).toEqual(['根据上级资金'])
    expect(flags('我局高度重视,已安排专人办理。').conditions).toEqual([])
  })

  it('hands the condition to the figures and deadlines of its sentence', () => {
    const scan = scanLetter('待上级批复后,力争2024年建成,计划投入资金50万元。另投入30万元。', {
      simplify,
      letterDate: '2023-06-19',
    })
    expect(scan.figures.map((f) => [f.match, f.condition])).toEqual([
      ['50万元', '待上级批复后'],
      ['30万元', undefined],
    ])
    expect(scan.deadlines.map((d) => [d.match, d.condition])).toEqual([
      ['力争2024年建成', '待上级批复后'],
    ])
  })

  it('flags the words that decline, once per sentence, and not a road that cannot be passed', () => {
    expect(flags('该路段暂不具备实施条件。').declined).toEqual(['暂不具备实施条件'])
    expect(flags('对该建议不予立项。').declined).toEqual(['不予立项'])
    expect(flags('故现行政策条件下无法实施硬化。').declined).toEqual(['无法实施'])
    expect(flags('今年暂不能安排。').declined).toEqual(['暂不能安排'])
    expect(flags('与政策不符合,难以批准立项。').declined).toEqual(['政策不符合'])
    expect(flags('雨天泥泞无法通行。').declined).toEqual([])
  })
})

describe('ordinals, names and codes are not counts', () => {
  it.each([
    ['二次改造', '实施二次改造。'],
    ['二次收费', '关于乡镇快递存在二次收费问题的建议'],
    ['三期工程', '推进三期工程建设。'],
    ['第二批', '第二批项目已下达。'],
    ['十四五', '列入县十四五规划。'],
    ['a numbered suggestion', '第14号提案收悉。'],
    ['a document number', '子交函〔2023〕34号'],
    ['a mobile number', '联系电话:13855402597'],
    ['a phone number', '联系电话:0571-87808443'],
    ['a route', '省道302、县道024等路线连接。'],
    ['an article', '修建一所学校,建立一县一园。'],
  ])('%s', (_name, text) => {
    expect(matches(text)).toEqual([])
  })

  it('still counts 两次 and a count of one written in digits', () => {
    expect(only('开展两次培训。').figure.value).toBe(2)
    expect(only('每个乡镇建成1条干线公路。').figure).toMatchObject({
      value: 1,
      label: '条干线公路',
    })
  })
})

describe('no figure twice', () => {
  it('proposes a passage the letter repeats word for word once', () => {
    const text = '关于拓宽1.5公里村道的建议\n关于拓宽1.5公里村道的建议\n1.5公里村道今年未纳入计划。'
    expect(matches(text)).toEqual(['1.5公里', '1.5公里'])
    expect(scanNumericPromises(text).map((p) => p.quote)).toEqual([
      '关于拓宽1.5公里村道的建议',
      '1.5公里村道今年未纳入计划',
    ])
  })

  it('proposes two equal figures of one sentence twice', () => {
    expect(matches('建成1条干线公路,1条连接公路。')).toEqual(['1条', '1条'])
  })
})

describe('units of measure and measure words', () => {
  it.each([
    ['建设农村公路3513公里。', '3513公里', 3513, '公里', 'km'],
    ['路面宽度5米以上。', '5米以上', 5, '米', 'm'],
    ['建设高标准农田4.27万亩。', '4.27万亩', 42_700, '亩', 'mu'],
    ['新建厂房1200平方米。', '1200平方米', 1200, '平方米', 'm²'],
    ['覆盖面积3.5平方公里。', '3.5平方公里', 3.5, '平方公里', 'km²'],
    ['完成渠道建设3.79千米。', '3.79千米', 3.79, '千米', 'km'],
    ['造林200公顷。', '200公顷', 200, '公顷', 'ha'],
    ['处理垃圾50吨。', '50吨', 50, '吨', 't'],
    ['装机10万千瓦。', '10万千瓦', 100_000, '千瓦', 'kW'],
    ['农田坡度大于25度。', '大于25度', 25, '度', '°'],
  ])('%s → %s', (text, match, value, unitName, unitNameEn) => {
    const p = only(text)
    expect(p).toMatchObject({ match, kind: 'measure' })
    expect(p.figure).toMatchObject({ value, unit: 'measure', unitName, unitNameEn })
  })

  it('names the unit as the letter writes it', () => {
    expect(only('有橡膠1200畝。').figure).toMatchObject({ unitName: '畝', unitNameEn: 'mu' })
  })

  it.each([...'辆宗座所户间台套条处盏株'])(
    'N%s is a count labelled with its measure word',
    (word) => {
      const p = only(`新增5${word}。`)
      expect(p.figure).toMatchObject({ value: 5, unit: 'count' })
      expect(p.figure.label.startsWith(word)).toBe(true)
      expect(p.figure.unitName).toBeUndefined()
    },
  )
})
