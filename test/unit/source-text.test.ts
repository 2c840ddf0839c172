import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import {
  coverageStats,
  findQuote,
  findQuoteInParagraphs,
  occurrences,
  segmentParagraph,
  splitParagraphs,
} from '../../src/domain/source-text'
import { readShipped, readShippedText } from '../support/real-data'

describe('splitParagraphs', () => {
  it('gives one paragraph per line and drops blank lines', () => {
    expect(splitParagraphs('第一段\n\n第二段\n   \n第三段')).toEqual(['第一段', '第二段', '第三段'])
  })

  it('handles Windows line ends, a byte-order mark and a missing final newline', () => {
    expect(splitParagraphs('\uFEFF标题\r\n正文。\r\n')).toEqual(['标题', '正文。'])
  })

  it('keeps the text of each line verbatim (no trimming inside a paragraph)', () => {
    expect(splitParagraphs('一、 提案的主要内容\n')).toEqual(['一、 提案的主要内容'])
  })

  it('gives nothing for an empty text', () => {
    expect(splitParagraphs('')).toEqual([])
  })
})

describe('findQuote', () => {
  // \uFF0C is the full-width comma of Chinese text.
  const text = '标题\n确保资金及时拨付。\n力争立项20个以上\uFF0C投入资金3亿元以上。'

  it('names the paragraph and the range of the quote in it', () => {
    const found = findQuote(text, '投入资金3亿元以上')
    expect(found).toEqual({ paragraphIndex: 2, start: 10, end: 19 })
    const paragraph = splitParagraphs(text)[found!.paragraphIndex]!
    expect(paragraph.slice(found!.start, found!.end)).toBe('投入资金3亿元以上')
  })

  it('finds the first occurrence of a repeated quote', () => {
    expect(findQuote('甲乙\n乙丙\n乙', '乙')).toEqual({ paragraphIndex: 0, start: 1, end: 2 })
  })

  it('returns null for a quote that is not in the text, is empty or spans a line break', () => {
    expect(findQuote(text, '投入资金5亿元')).toBeNull()
    expect(findQuote(text, '')).toBeNull()
    expect(findQuote(text, '标题\n确保')).toBeNull()
  })

  it('does not change punctuation: full-width and half-width commas differ', () => {
    expect(findQuote(text, '20个以上,投入')).toBeNull()
    expect(findQuoteInParagraphs(splitParagraphs(text), '20个以上\uFF0C投入')).not.toBeNull()
  })
})

describe('occurrences', () => {
  it('lists every non-overlapping occurrence', () => {
    expect(occurrences('啊啊啊啊', '啊啊')).toEqual([0, 2])
    expect(occurrences('甲乙甲乙', '甲')).toEqual([0, 2])
    expect(occurrences('甲乙', '')).toEqual([])
  })
})

describe('segmentParagraph', () => {
  const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('')

  it('leaves a paragraph without quotes as one unmarked segment', () => {
    expect(segmentParagraph('感谢您的关心和支持。', [])).toEqual([
      { text: '感谢您的关心和支持。', start: 0, end: 10, commitmentIds: [] },
    ])
  })

  it('marks a quote and keeps the text around it unmarked', () => {
    const segments = segmentParagraph('前文确保资金拨付后文', [{ id: 'a', quote: '确保资金拨付' }])
    expect(segments.map((s) => [s.text, s.commitmentIds])).toEqual([
      ['前文', []],
      ['确保资金拨付', ['a']],
      ['后文', []],
    ])
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 8],
      [8, 10],
    ])
  })

  it('splits overlapping quotes at every boundary, most specific commitment first', () => {
    // The real letter: "sales" is a prefix of "sales and taxes".
    const paragraph = '相关新产品销售规模预计将超过50亿元、利税超过7亿元,并产生'
    const segments = segmentParagraph(paragraph, [
      { id: 'sales', quote: '相关新产品销售规模预计将超过50亿元' },
      { id: 'taxes', quote: '相关新产品销售规模预计将超过50亿元、利税超过7亿元' },
    ])
    expect(segments.map((s) => [s.text, s.commitmentIds])).toEqual([
      ['相关新产品销售规模预计将超过50亿元', ['sales', 'taxes']],
      ['、利税超过7亿元', ['taxes']],
      [',并产生', []],
    ])
    expect(join(segments)).toBe(paragraph)
  })

  it('handles a quote nested in the middle of another and partial overlaps', () => {
    const segments = segmentParagraph('一二三四五六七', [
      { id: 'outer', quote: '二三四五六' },
      { id: 'inner', quote: '四' },
      { id: 'tail', quote: '六七' },
    ])
    expect(segments.map((s) => [s.text, s.commitmentIds])).toEqual([
      ['一', []],
      ['二三', ['outer']],
      ['四', ['inner', 'outer']],
      ['五', ['outer']],
      ['六', ['tail', 'outer']],
      ['七', ['tail']],
    ])
  })

  it('marks every occurrence of a repeated quote', () => {
    const segments = segmentParagraph('按月通报,再按月通报。', [{ id: 'm', quote: '按月通报' }])
    expect(segments.filter((s) => s.commitmentIds.length > 0).map((s) => s.start)).toEqual([0, 6])
  })

  it('lists both commitments when two quote the same words, in the order given', () => {
    const segments = segmentParagraph('甲乙丙', [
      { id: 'first', quote: '乙' },
      { id: 'second', quote: '乙' },
    ])
    expect(segments[1]).toEqual({
      text: '乙',
      start: 1,
      end: 2,
      commitmentIds: ['first', 'second'],
    })
  })

  it('merges adjacent quotes of the same commitment and keeps different ones apart', () => {
    const same = segmentParagraph('甲乙丙', [
      { id: 'a', quote: '甲' },
      { id: 'a', quote: '乙' },
    ])
    expect(same.map((s) => [s.text, s.commitmentIds])).toEqual([
      ['甲乙', ['a']],
      ['丙', []],
    ])
    const different = segmentParagraph('甲乙', [
      { id: 'a', quote: '甲' },
      { id: 'b', quote: '乙' },
    ])
    expect(different.map((s) => [s.text, s.commitmentIds])).toEqual([
      ['甲', ['a']],
      ['乙', ['b']],
    ])
  })

  it('ignores empty and missing quotes', () => {
    expect(
      segmentParagraph('甲乙', [
        { id: 'empty', quote: '' },
        { id: 'missing', quote: '丁' },
      ]),
    ).toEqual([{ text: '甲乙', start: 0, end: 2, commitmentIds: [] }])
  })
})

describe('coverageStats', () => {
  it('counts covered paragraphs and non-whitespace characters, overlaps once', () => {
    const stats = coverageStats(
      ['标题 一', '甲乙丙丁', '未追踪'],
      [
        { id: 'a', quote: '甲乙丙' },
        { id: 'b', quote: '乙丙丁' },
      ],
    )
    expect(stats).toEqual({
      paragraphs: 3,
      coveredParagraphs: 1,
      characters: 10,
      coveredCharacters: 4,
      share: 0.4,
    })
  })

  it('is zero, not NaN, for an empty text', () => {
    expect(coverageStats([], [{ id: 'a', quote: '甲' }]).share).toBe(0)
  })
})

describe('the shipped letter 153005', () => {
  const text = readShippedText('km-153005/source.txt')
  const { commitments } = readShipped<CommitmentsFile>('km-153005/commitments.json')
  const paragraphs = splitParagraphs(text)

  it('has one paragraph per non-empty line, from the title to the date', () => {
    expect(paragraphs[0]).toBe('关于昆明市第十五届人大三次会议 第153005号建议答复的函')
    expect(paragraphs[paragraphs.length - 1]).toBe('2023年6月19日')
  })

  it.each(commitments.map((c) => [c.id, c.quote] as const))(
    'finds the quote of %s',
    (_id, quote) => {
      const found = findQuote(text, quote)
      expect(found).not.toBeNull()
      expect(paragraphs[found!.paragraphIndex]!.slice(found!.start, found!.end)).toBe(quote)
    },
  )

  it('places the 5334万元 promise in the paragraph on funding, 三(二)', () => {
    const found = findQuote(text, '确保市级第二批一体化项目缺口资金5334万元及时、足额拨付')
    expect(paragraphs[found!.paragraphIndex]!.startsWith('(二)强化投入保障')).toBe(true)
  })

  it('segments every paragraph back into itself and marks every commitment somewhere', () => {
    const quotes = commitments.map(({ id, quote }) => ({ id, quote }))
    const marked = new Set<string>()
    for (const paragraph of paragraphs) {
      const segments = segmentParagraph(paragraph, quotes)
      expect(segments.map((s) => s.text).join('')).toBe(paragraph)
      for (const segment of segments) segment.commitmentIds.forEach((id) => marked.add(id))
    }
    expect(marked.size).toBe(commitments.length)
  })

  it('leaves the courtesy lines untracked and reports partial coverage', () => {
    const quotes = commitments.map(({ id, quote }) => ({ id, quote }))
    const thanks = paragraphs.find((p) => p.startsWith('感谢您对昆明市科技工作的关心和支持'))!
    expect(segmentParagraph(thanks, quotes)).toHaveLength(1)
    const stats = coverageStats(paragraphs, quotes)
    expect(stats.paragraphs).toBe(paragraphs.length)
    expect(stats.coveredParagraphs).toBeGreaterThan(0)
    expect(stats.coveredParagraphs).toBeLessThan(stats.paragraphs)
    expect(stats.share).toBeGreaterThan(0)
    expect(stats.share).toBeLessThan(1)
  })
})
