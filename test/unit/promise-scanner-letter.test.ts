import { readFileSync } from 'node:fs'
import { deadlineSchema, type Commitment } from '../../src/domain/schema/commitment'
import { figureSchema, type Comparator, type Unit } from '../../src/domain/schema/primitives'
import { scanNumericPromises, type SuggestedKind } from '../../src/domain/promise-scanner'
import { fromRoot } from '../support/paths'
import { readShipped } from '../support/real-data'

/**
 * The scanner on the real 153005 letter. The table below was written by reading the letter line
 * by line: every 万元/亿元 amount and every count it states, in order, with its reading. The
 * scan must return exactly these: a missed figure, a misread one or an extra one fails.
 */
const text = readFileSync(fromRoot('public/data/km-153005/source.txt'), 'utf8')
const LETTER_DATE = '2023-06-19'

type Row = [match: string, comparator: Comparator, value: number, unit: Unit, kind: SuggestedKind]

const EXPECTED: Row[] = [
  // 二(一) 制度保障
  ['7个', '=', 7, 'count', 'result'],
  // 二(二) 统筹协调
  ['六个', '=', 6, 'count', 'result'],
  // 二(三) 截至今年10月…
  ['两批', '=', 2, 'count', 'result'],
  ['12个', '=', 12, 'count', 'result'],
  ['18700万元', '=', 187_000_000, 'yuan', 'result'],
  ['9350万元', '=', 93_500_000, 'yuan', 'result'],
  // 揭榜制
  ['10个', '=', 10, 'count', 'result'],
  ['12个', '=', 12, 'count', 'result'],
  ['4个', '=', 4, 'count', 'result'],
  // 预计… (expected effects of the projects)
  ['60余项', '>', 60, 'count', 'forecast'],
  ['20余项', '>', 20, 'count', 'forecast'],
  ['50人以上', '>=', 50, 'person', 'forecast'],
  ['超过4.2亿元', '>', 420_000_000, 'yuan', 'forecast'],
  ['超过50亿元', '>', 5_000_000_000, 'yuan', 'forecast'],
  ['超过7亿元', '>', 700_000_000, 'yuan', 'forecast'],
  // 二(四) 平台
  ['3000万元', '=', 30_000_000, 'yuan', 'result'],
  ['9项', '=', 9, 'count', 'result'],
  ['18个', '=', 18, 'count', 'result'],
  ['5家', '=', 5, 'count', 'result'],
  ['4家', '=', 4, 'count', 'result'],
  ['11家', '=', 11, 'count', 'result'],
  ['2家', '=', 2, 'count', 'result'],
  ['1家', '=', 1, 'count', 'result'],
  // 二(五) 人才
  ['14名', '=', 14, 'person', 'result'],
  ['11个', '=', 11, 'count', 'result'],
  ['107万元', '=', 1_070_000, 'yuan', 'result'],
  // 三(二) 投入保障: 确保…缺口资金
  ['5334万元', '=', 53_340_000, 'yuan', 'target'],
  // 三(五): 前期征集的储备项目 is already done; 争取立项 and 投入 are promised
  ['60余项', '>', 60, 'count', 'result'],
  ['20个以上', '>=', 20, 'count', 'target'],
  ['3亿元以上', '>=', 300_000_000, 'yuan', 'target'],
]

describe('the numeric-promise scanner on the 153005 letter', () => {
  const proposals = scanNumericPromises(text, { letterDate: LETTER_DATE })

  it('finds every amount and count the letter states, in order, and nothing else', () => {
    expect(proposals.map((p) => p.match)).toEqual(EXPECTED.map(([match]) => match))
  })

  it.each(EXPECTED.map((row, index) => [index, ...row] as const))(
    '#%i %s → %s %d %s (%s)',
    (index, match, comparator, value, unit, kind) => {
      const proposal = proposals[index]
      expect(proposal?.match).toBe(match)
      expect(proposal?.figure).toMatchObject({ comparator, value, unit, asWritten: match })
      expect(proposal?.kind).toBe(unit === 'yuan' ? 'amount' : 'count')
      expect(proposal?.suggestedKind).toBe(kind)
    },
  )

  it('finds every figure of the shipped commitments, read the same way, in the same quote', () => {
    const { commitments } = readShipped<{ commitments: Commitment[] }>('km-153005/commitments.json')
    const withFigures = commitments.filter((c) => 'figure' in c && c.figure)
    expect(withFigures.length).toBeGreaterThan(25)
    for (const commitment of withFigures) {
      if (!('figure' in commitment) || !commitment.figure) continue
      const quoteStart = text.indexOf(commitment.quote)
      expect(quoteStart, commitment.id).toBeGreaterThanOrEqual(0)
      const found = proposals.find(
        (p) =>
          // The shipped data sometimes writes the noun too ("7个方案" for the scanner's "7个").
          commitment.figure?.asWritten.startsWith(p.match) === true &&
          p.start >= quoteStart &&
          p.end <= quoteStart + commitment.quote.length,
      )
      expect(found, commitment.id).toBeDefined()
      const { comparator, value, unit } = commitment.figure
      expect(found?.figure, commitment.id).toMatchObject({ comparator, value, unit })
      expect(found?.suggestedKind, commitment.id).toBe(commitment.kind)
    }
  })

  it('slices every match and quote back out of the letter, with unique ids', () => {
    for (const p of proposals) {
      expect(text.slice(p.start, p.end)).toBe(p.match)
      expect(text.slice(p.sentenceStart, p.sentenceEnd)).toBe(p.quote)
      expect(p.sentenceStart).toBeLessThanOrEqual(p.start)
      expect(p.sentenceEnd).toBeGreaterThanOrEqual(p.end)
      expect(p.quote).not.toMatch(/[。;\n]/)
      expect(p.id).toBe(`${p.start}-${p.end}`)
    }
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length)
  })

  it('gives every proposal a figure and deadline the data contract accepts', () => {
    for (const p of proposals) {
      expect(figureSchema.safeParse(p.figure).success, p.match).toBe(true)
      if (p.deadline) expect(deadlineSchema.safeParse(p.deadline).success, p.match).toBe(true)
    }
  })

  it('labels figures with their measure word and noun', () => {
    const label = (match: string) => proposals.find((p) => p.match === match)?.figure.label
    expect(label('18700万元')).toBe('元省市财政科技经费投入')
    expect(label('9350万元')).toBe('元省级财政科技经费')
    expect(label('7个')).toBe('个方案')
    expect(label('50人以上')).toBe('人各类高端技术人才、专业人才')
    expect(label('超过4.2亿元')).toBe('元社会投资')
    expect(label('3000万元')).toBe('元培育经费')
  })

  it('keeps "截至今年10月" as words: October 2023 is after the letter date, so the date is unresolved', () => {
    const dated = proposals.filter((p) => p.asOfText === '截至今年10月')
    expect(dated.map((p) => p.match)).toEqual(['两批', '12个', '18700万元', '9350万元'])
    for (const p of dated) {
      expect(p.asOfText).toBe('截至今年10月')
      expect(p.asOf).toBeNull()
      expect(p.note).toContain('晚于答复日期')
    }
  })

  it('dates the other results by the dates before the letter their sentences start with', () => {
    const dated = proposals.filter((p) => p.asOfText !== undefined && p.asOfText !== '截至今年10月')
    expect(dated.map((p) => [p.match, p.asOfText, p.asOf])).toEqual([
      ['7个', '自2021年10月', '2021-10'],
      ['11个', '2022年度', '2022'],
      ['107万元', '2022年度', '2022'],
    ])
  })

  it('resolves the same words when the letter is dated after October', () => {
    const later = scanNumericPromises(text, { letterDate: '2022-12-01' })
    expect(later.find((p) => p.match === '18700万元')?.asOf).toBe('2022-10-31')
  })

  it('reads 余 as "more than, roughly" and 以上 as "at least"', () => {
    const patents = proposals.find((p) => p.match === '60余项')
    expect(patents).toMatchObject({ pattern: 'plus', approximate: true })
    expect(patents?.noteEn).toContain('more than, roughly')
    expect(proposals.find((p) => p.match === '20个以上')?.pattern).toBe('at-least')
    expect(proposals.find((p) => p.match === '超过50亿元')?.pattern).toBe('more-than')
  })

  it('ties 5334万元 to no deadline: "力争2023年" is a separate clause about next year\'s budget', () => {
    const gap = proposals.find((p) => p.match === '5334万元')
    expect(gap?.deadline).toBeUndefined()
    expect(gap?.figure.label).toBe('元市级第二批一体化项目缺口资金')
  })
})
