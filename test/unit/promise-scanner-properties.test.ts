import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { deadlineSchema } from '../../src/domain/schema/commitment'
import { figureSchema, isoDateSchema, longTextSchema } from '../../src/domain/schema/primitives'
import { scanNumericPromises, type NumericProposal } from '../../src/domain/promise-scanner'
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
    if (p.asOf) expect(isoDateSchema.safeParse(p.asOf).success).toBe(true)
    if (p.note) expect(longTextSchema.safeParse(p.note).success).toBe(true)
    if (p.noteEn) expect(longTextSchema.safeParse(p.noteEn).success).toBe(true)
    previousEnd = p.end
  }
}

describe('numeric-promise scanner properties', () => {
  it('never throws, and every proposal slices back to its match and quote', () => {
    fc.assert(
      fc.property(anyText, letterDate, (text, date) => {
        checkProposals(text, scanNumericPromises(text, { letterDate: date }))
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

  it('scans a long letter whole: six copies give six times the figures, read alike', () => {
    const letter = readFileSync(fromRoot('public/data/km-153005/source.txt'), 'utf8')
    const long = Array.from({ length: 6 }, () => letter).join('\n')
    expect(long.length).toBeGreaterThan(18_000)
    const reading = (p: NumericProposal) => [p.match, p.figure, p.suggestedKind]
    const once = scanNumericPromises(letter).map(reading)
    const six = scanNumericPromises(long)
    expect(six.map(reading)).toEqual(Array.from({ length: 6 }, () => once).flat())
    checkProposals(long, six)
  })

  it('returns nothing for empty or number-free text', () => {
    expect(scanNumericPromises('')).toEqual([])
    expect(scanNumericPromises('感谢您对昆明市科技工作的关心和支持。')).toEqual([])
  })
})
