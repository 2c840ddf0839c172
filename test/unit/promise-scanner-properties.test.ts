import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { deadlineSchema } from '../../src/domain/schema/commitment'
import { figureSchema, longTextSchema, partialDateSchema } from '../../src/domain/schema/primitives'
import {
  scanLetter,
  scanNumericPromises,
  type LetterScan,
  type NumericProposal,
  type Simplify,
} from '../../src/domain/promise-scanner'
import { loadSimplify } from '../../src/lib/text/simplify'
import { fromRoot } from '../support/paths'

/**
 * Properties over arbitrary text: the scanner never throws, every offset slices back to its
 * words, proposals come in order without overlap, and every figure, deadline, date and note is
 * one the data contract accepts. Seeded and bounded, so a failure replays exactly.
 */
const RUNS = { numRuns: 300, seed: 153_005 }

/** Pieces of official Chinese that exercise every rule, glued in random order. */
const PIECES = [
  ...'0123456789０１２３４５６７８９.,，．-~%％',
  ...'零〇一二两三四五六七八九十百千万亿壹拾佰仟',
  ...'元个项家名人位次批所件户支条种余多',
  ...'年月日号第届底前内。；！？;!?\n、:“”《》()约近逾',
  '以上',
  '以下',
  '以内',
  '左右',
  '超过',
  '不少于',
  '不超过',
  '至少',
  '百分之',
  '个百分点',
  '力争',
  '争取',
  '确保',
  '预计将',
  '截至',
  '今年',
  '明年',
  '目前',
  '年内',
  '季度',
  '上半年',
  '已',
  '了',
  '资金',
  '投入',
  '会议',
  '三、下一步工作计划\n',
  '“春城计划”',
  '2023年',
  '2025年底前',
  '12个',
  '5334万元',
  '1.87亿元',
  '3-5个',
  '60余项',
  '800萬元',
  '1.2億元',
  '預計',
  '力爭',
  '計劃',
  '項',
  '臺',
  '(jì)',
  '(xiàng)',
  '公里',
  '平方米',
  '4.27万亩',
  '辆',
  '二次改造',
  '第二批',
  '“十四五”',
  '“十三五”时期',
  '以来',
  '经测算需投入资金',
  '概算投资',
  '由企业自筹资金',
  '经积极争取',
  '2016年',
  '年底完工',
  '将于',
  '建成',
  '待上级批复后',
  '暂不具备',
  '无法实施',
  '\u202e',
  '\u0000',
]
const officialText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''))
const anyText = fc.oneof(officialText, fc.string({ unit: 'binary', maxLength: 200 }))
const letterDate = fc.option(
  fc.constantFrom('2023-06-19', '2024-12-31', '2000-01-01', 'not a date', '2023-02-30'),
  { nil: undefined },
)

function checkProposals(text: string, proposals: NumericProposal[]): void {
  let previousEnd = 0
  for (const p of proposals) {
    expect(text.slice(p.start, p.end)).toBe(p.match)
    expect(text.slice(p.sentenceStart, p.sentenceEnd)).toBe(p.quote)
    expect(p.sentenceStart <= p.start && p.end <= p.sentenceEnd).toBe(true)
    expect(p.start).toBeGreaterThanOrEqual(previousEnd)
    expect(p.end).toBeGreaterThan(p.start)
    expect(p.id).toBe(`${p.start}-${p.end}`)
    expect(p.figure.asWritten).toBe(p.match)
    expect(figureSchema.safeParse(p.figure).success).toBe(true)
    if (p.figure.unit === 'yuan') expect(Number.isSafeInteger(p.figure.value)).toBe(true)
    if (p.deadline) expect(deadlineSchema.safeParse(p.deadline).success).toBe(true)
    if (p.asOf) expect(partialDateSchema.safeParse(p.asOf).success).toBe(true)
    if (p.note) expect(longTextSchema.safeParse(p.note).success).toBe(true)
    if (p.noteEn) expect(longTextSchema.safeParse(p.noteEn).success).toBe(true)
    previousEnd = p.end
  }
}

/** Every deadline proposal and flag slices back too, in order, inside its sentence. */
function checkLetterScan(text: string, scan: LetterScan): void {
  checkProposals(text, scan.figures)
  for (const list of [scan.deadlines, scan.conditions, scan.declined]) {
    let previousStart = -1
    for (const item of list) {
      expect(text.slice(item.start, item.end)).toBe(item.match)
      expect(text.slice(item.sentenceStart, item.sentenceEnd)).toBe(item.quote)
      expect(item.sentenceStart <= item.start && item.end <= item.sentenceEnd).toBe(true)
      expect(item.id).toBe(`${item.start}-${item.end}`)
      expect(item.start).toBeGreaterThanOrEqual(previousStart)
      previousStart = item.start
    }
  }
  for (const d of scan.deadlines) {
    expect(deadlineSchema.safeParse(d.deadline).success).toBe(true)
    expect(text.includes(d.deadlineText)).toBe(true)
  }
}

let simplify: Simplify
beforeAll(async () => {
  simplify = await loadSimplify()
})

/** A converter that breaks its promise to keep lengths must not shift a single offset. */
const lengthChanging: Simplify = (text) => text.replace(/萬/g, '万万')

describe('numeric-promise scanner properties', () => {
  it('never throws, and every proposal slices back to its match and quote', () => {
    fc.assert(
      fc.property(anyText, letterDate, (text, date) => {
        checkProposals(text, scanNumericPromises(text, { letterDate: date }))
      }),
      RUNS,
    )
  })

  it('slices back in the letter itself whatever the converter and reading aids', () => {
    const converter = fc.constantFrom<Simplify | undefined>(
      undefined,
      (text) => simplify(text),
      lengthChanging,
    )
    fc.assert(
      fc.property(anyText, letterDate, converter, (text, date, fold) => {
        checkLetterScan(text, scanLetter(text, { letterDate: date, simplify: fold }))
      }),
      RUNS,
    )
  })

  it('finds the same figures at shifted offsets when text is put before the letter', () => {
    const letter = readFileSync(fromRoot('public/data/km-153005/source.txt'), 'utf8')
    const base = scanNumericPromises(letter).map((p) => [p.match, p.figure.value])
    fc.assert(
      fc.property(fc.constantFrom('', '前言。\n', '说明:无。\n\n', '“引言”;'), (prefix) => {
        const shifted = scanNumericPromises(prefix + letter)
        expect(shifted.map((p) => [p.match, p.figure.value])).toEqual(base)
        expect(shifted[0]?.start).toBe((scanNumericPromises(letter)[0]?.start ?? 0) + prefix.length)
      }),
      { numRuns: 4, seed: 1 },
    )
  })

  it('scans a long letter whole, and proposes a passage the letter repeats word for word once', () => {
    const letter = readFileSync(fromRoot('public/data/km-153005/source.txt'), 'utf8')
    const long = Array.from({ length: 6 }, () => letter).join('\n')
    expect(long.length).toBeGreaterThan(18_000)
    const reading = (p: NumericProposal) => [p.match, p.figure, p.suggestedKind]
    const once = scanNumericPromises(letter).map(reading)
    const six = scanNumericPromises(long)
    expect(six.map(reading)).toEqual(once)
    checkProposals(long, six)
  })

  it('scans thousands of distinct sentences, one proposal each', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `第${i + 1}段:投入资金${i + 1}万元。`)
    const found = scanNumericPromises(sentences.join('\n'))
    expect(found).toHaveLength(3000)
    expect(found.at(-1)?.figure.value).toBe(30_000_000)
  })

  it('stays linear in a letter without a single full stop', () => {
    // 120 000 characters, one sentence: any per-figure cost in the sentence's length (a key, a
    // search) turns this into minutes; linear, it takes well under a second.
    const pieces = [
      '投入资金1万元和',
      '力争2025年完成',
      '待上级批复后',
      '据您建议',
      '預(yù)計(jì)',
      '需要建设2公里',
    ]
    const text = Array.from({ length: 16_000 }, (_, i) => pieces[i % pieces.length]).join('')
    const started = performance.now()
    const scan = scanLetter(text, { letterDate: '2023-06-19', simplify })
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(scan.figures.length).toBeGreaterThan(5_000)
  })

  it('returns nothing for empty or number-free text', () => {
    expect(scanNumericPromises('')).toEqual([])
    expect(scanNumericPromises('感谢您对昆明市科技工作的关心和支持。')).toEqual([])
  })
})
